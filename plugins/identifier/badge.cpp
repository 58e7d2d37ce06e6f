#include "badge.h"

#include "conacmarkers.h"

#include <QRegularExpression>
#include <QUrl>

namespace Govscope::Identifier {

QString toId(BadgeColour colour)
{
    switch (colour) {
    case BadgeColour::None:
        return u"none"_qs;
    case BadgeColour::Red:
        return u"red"_qs;
    case BadgeColour::Blue:
        return u"blue"_qs;
    case BadgeColour::Unknown:
        break;
    }
    return u"unknown"_qs;
}

namespace {

QString around(const QString &text, qsizetype at, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    return text.mid(from, std::min<qsizetype>(length + 160, 600)).simplified();
}

} // namespace

namespace Badge {

BadgeColour colourIn(const QString &markup)
{
    bool red = false, blue = false;
    const QString rendered = markup + u'\n' + Sdk::ConacMarkers::unescaped(markup);
    for (auto it = Sdk::ConacMarkers::Patterns::image().globalMatch(rendered); it.hasNext();) {
        if (it.next().captured(u"colour"_qs).compare(u"red"_qs, Qt::CaseInsensitive) == 0)
            red = true;
        else
            blue = true;
    }
    if (red == blue)
        return red ? BadgeColour::Unknown : BadgeColour::None;
    return red ? BadgeColour::Red : BadgeColour::Blue;
}

BadgeFacts find(const QString &html, const QString &extraMarkup)
{
    using namespace Sdk::ConacMarkers;
    BadgeFacts facts;
    // a badge inside a comment is not shown: read the page without them
    const QString page = withoutComments(html);
    const QString extra = withoutComments(extraMarkup);
    const QString written = scripts(html).written + u'\n' + extra + u'\n' + scripts(extra).written + u'\n' +
                            unescaped(page + u'\n' + extra);
    // What scripts write first (an encoded document.write string can match as static markup too,
    // since '/' and '.' stay unencoded), then the static markup.
    for (const QString *source : {&written, &page}) {
        const QRegularExpressionMatch link = Patterns::link().match(*source);
        const QRegularExpressionMatch image = Patterns::image().match(*source);
        if (!link.hasMatch() && !image.hasMatch())
            continue;
        facts.present = true;
        facts.form = source == &page ? u"static"_qs : u"document.write"_qs;
        facts.verifyId = Patterns::verifyId().match(link.captured(u"url"_qs)).captured(1).toUpper();
        const QRegularExpressionMatch &first = link.hasMatch() ? link : image;
        facts.snippet = around(*source, first.capturedStart(), first.capturedLength());
        facts.colour = colourIn(*source);
        if (facts.colour == BadgeColour::None) // a link without CONAC's image: present, colour not shown
            facts.colour = BadgeColour::Unknown;
        return facts;
    }
    const QString all = page + u'\n' + written;
    const QRegularExpressionMatch script = Patterns::script().match(all);
    if (script.hasMatch()) {
        facts.present = true;
        facts.form = u"script"_qs;
        const QString url = script.captured(u"url"_qs);
        facts.scriptUrl = url.startsWith(u"//"_qs) ? u"https:"_qs + url : url;
        facts.colour = BadgeColour::Unknown; // the script decides; the caller fetches it
        facts.snippet = around(all, script.capturedStart(), script.capturedLength());
    }
    return facts;
}

} // namespace Badge

} // namespace Govscope::Identifier
