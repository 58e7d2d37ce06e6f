// The JSON feeds, one per target (GOVSCOPE_FUZZ_FEED): NVD CVE (1 = 2.0 API format), CISA KEV (2),
// retire.js repository (3), webappanalyzer/Wappalyzer fingerprints (4). Feeds are downloaded from the internet
// and may be tampered with on the way or on the mirror.

#include "fuzzsupport.h"
#include "retirejs.h"
#include "techfingerprints.h"
#include "vulnfeeds.h"

#ifndef GOVSCOPE_FUZZ_FEED
#error "GOVSCOPE_FUZZ_FEED must name the feed (1 NVD, 2 KEV, 3 retire.js, 4 webappanalyzer)"
#endif

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Govscope::Sdk;
    const QByteArray json = GovscopeFuzz::bytesOf(data, size);
#if GOVSCOPE_FUZZ_FEED == 1
    (void)VulnFeeds::parseNvd(json, u"nvd.json"_qs);
#elif GOVSCOPE_FUZZ_FEED == 2
    (void)VulnFeeds::parseKev(json, u"kev.json"_qs);
#elif GOVSCOPE_FUZZ_FEED == 3
    (void)RetireRepository::parse(json, u"jsrepository.json"_qs);
#elif GOVSCOPE_FUZZ_FEED == 4
    (void)TechFingerprints::parse(json, u"technologies.json"_qs);
#endif
    return 0;
}
