// The XLSX reader alone (ZIP directory, relationships, workbook, shared strings, first sheet), so that mutations
// of a workbook reach the XML parts without going through the list importer's header detection.

#include "fuzzsupport.h"
#include "xlsxreader.h"

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Govscope::Models::Import::XlsxReader::read(GovscopeFuzz::bytesOf(data, size), u"fuzz.xlsx"_qs);
    return 0;
}
