// Android binary XML (AndroidManifest.xml inside an APK): string pool, resource map and element chunks,
// each with sizes and offsets the file declares.

#include "axmlparser.h"
#include "fuzzsupport.h"

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Govscope::Models::Import::AxmlParser::parseManifest(GovscopeFuzz::bytesOf(data, size));
    return 0;
}
