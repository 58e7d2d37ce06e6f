// An organisation (or app, account, lead) list as `govscope import` reads it: CSV in any encoding or XLSX,
// the kind detected from the header. Lists come from agencies nobody vouches for.

#include "fuzzsupport.h"
#include "listimporter.h"

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A folder that does not exist: relative icon and apk paths of a list resolve there and fail.
    (void)Govscope::Models::ListImporter::parse(GovscopeFuzz::bytesOf(data, size),
                                                u"/nonexistent-govscope-fuzz/list.csv"_qs);
    return 0;
}
