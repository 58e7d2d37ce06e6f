// A CNVD XML export from the feeds folder, and the free-text product matcher on what it yields.

#include "cnvdfeed.h"
#include "fuzzsupport.h"

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto records = Govscope::Sdk::CnvdFeed::parse(GovscopeFuzz::bytesOf(data, size), u"fuzz.xml"_qs);
    if (records.ok())
        for (const Govscope::Sdk::CnvdRecord &r : *records) {
            (void)r.affects(u"nginx"_qs, u"1.20.1"_qs);
            (void)r.highOrCritical();
        }
    return 0;
}
