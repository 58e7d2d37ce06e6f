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

constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

const QRegularExpression kUnescape(uR"(unescape\s*\(\s*(["'])(.*?)\1\s*\))"_qs,
                                   CaseInsensitive | QRegularExpression::DotMatchesEverythingOption);
// The badge images CONAC serves (red_error.png is the red badge of a site whose record needs attention).
const QRegularExpression kImage(uR"((?:dcs|biaozhi)\.conac\.cn/[^"'\s<>]*?(red|blue)(?:_error)?\.png)"_qs,
                                CaseInsensitive);
// Any link to the verification host: sites copy the rendered badge with their own image, or link bare.
const QRegularExpression kLink(uR"(href\s*=\s*["']?\s*((?:https?:)?//bszs\.conac\.cn(?![\w.-])[^"'\s<>]*))"_qs,
                               CaseInsensitive);
const QRegularExpression kVerifyId(uR"([?&;]id=([0-9a-f]{32})(?![0-9a-f]))"_qs, CaseInsensitive);
const QRegularExpression
    kScript(uR"(<script[^>]+src\s*=\s*["']?\s*((?:https?:)?//(?:dcs|biaozhi)\.conac\.cn/[^"'\s>]+))"_qs,
            CaseInsensitive);

// The strings that document.write(unescape("…")) would render, percent-decoded, wherever they stand.
QString unescaped(const QString &markup)
{
    QString out;
    for (auto it = kUnescape.globalMatch(markup); it.hasNext();)
        out += QUrl::fromPercentEncoding(it.next().captured(2).toUtf8()) + u'\n';
    return out;
}

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
    const QString rendered = markup + u'\n' + unescaped(markup);
    for (auto it = kImage.globalMatch(rendered); it.hasNext();) {
        if (it.next().captured(1).compare(u"red"_qs, Qt::CaseInsensitive) == 0)
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
        const QRegularExpressionMatch link = kLink.match(*source);
        const QRegularExpressionMatch image = kImage.match(*source);
        if (!link.hasMatch() && !image.hasMatch())
            continue;
        facts.present = true;
        facts.form = source == &page ? u"static"_qs : u"document.write"_qs;
        facts.verifyId = kVerifyId.match(link.captured(1)).captured(1).toUpper();
        const QRegularExpressionMatch &first = link.hasMatch() ? link : image;
        facts.snippet = around(*source, first.capturedStart(), first.capturedLength());
        facts.colour = colourIn(*source);
        if (facts.colour == BadgeColour::None) // a link without CONAC's image: present, colour not shown
            facts.colour = BadgeColour::Unknown;
        return facts;
    }
    const QString all = page + u'\n' + written;
    const QRegularExpressionMatch script = kScript.match(all);
    if (script.hasMatch()) {
        facts.present = true;
        facts.form = u"script"_qs;
        facts.scriptUrl =
            script.captured(1).startsWith(u"//"_qs) ? u"https:"_qs + script.captured(1) : script.captured(1);
        facts.colour = BadgeColour::Unknown; // the script decides; the caller fetches it
        facts.snippet = around(all, script.capturedStart(), script.capturedLength());
    }
    return facts;
}

} // namespace Badge

} // namespace Govscope::Identifier
