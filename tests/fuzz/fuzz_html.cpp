// The HTML page readers on one hostile page: HtmlDocument (title, metas, list items, links, text), the
// forms reader, the anchors reader, the 党政机关 badge markers and the personal-data detector on the text.
// Every one of them is fed whatever a site sends; none may crash, hang or grow without bound.

#include "conacmarkers.h"
#include "fuzzsupport.h"
#include "htmldocument.h"
#include "htmlforms.h"
#include "pageanchors.h"
#include "personaldata.h"

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Sites send any bytes; the scanner decodes them as UTF-8 (invalid sequences become U+FFFD).
    const QString html = QString::fromUtf8(GovscopeFuzz::bytesOf(data, size));
    const Govscope::Sdk::HtmlDocument doc = Govscope::Sdk::HtmlDocument::parse(html);
    (void)doc.meta(u"keywords"_qs);
    (void)Govscope::Sdk::parseForms(html);
    (void)Govscope::Sdk::PageAnchors::parse(html);
    (void)Govscope::Sdk::ConacMarkers::find(html);
    (void)Govscope::Sdk::PersonalData::find(doc.text());
    return 0;
}
