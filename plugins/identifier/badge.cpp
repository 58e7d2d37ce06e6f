#include "badge.h"

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

const QRegularExpression kUnescape(uR"(unescape\s*\(\s*(["'])(.*?)\1\s*\))"_qs,
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::DotMatchesEverythingOption);
const QRegularExpression kImage(uR"(dcs\.conac\.cn/image/(red|blue)\.png)"_qs,
                                QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kLink(uR"(bszs\.conac\.cn/sitename\?method=show(?:&amp;|&)id=([0-9a-f]{32}))"_qs,
                               QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kScript(uR"(<script[^>]+src\s*=\s*["']?((?:https?:)?//dcs\.conac\.cn/js/[^"'\s>]+\.js))"_qs,
                                 QRegularExpression::CaseInsensitiveOption);

// The strings that document.write(unescape("…")) would render, percent-decoded.
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

BadgeFacts find(const QString &html)
{
    BadgeFacts facts;
    const QString decoded = unescaped(html);
    // What inline document.write(unescape()) renders first (its encoded text may match as static
    // markup too, since '/' and '.' stay unencoded), then the static markup.
    for (const QString *source : {&decoded, &html}) {
        const QRegularExpressionMatch link = kLink.match(*source);
        const QRegularExpressionMatch image = kImage.match(*source);
        if (!link.hasMatch() && !image.hasMatch())
            continue;
        facts.present = true;
        facts.form = source == &html ? u"static"_qs : u"document.write"_qs;
        facts.verifyId = link.captured(1).toUpper();
        const QRegularExpressionMatch &first = link.hasMatch() ? link : image;
        facts.snippet = around(*source, first.capturedStart(), first.capturedLength());
        facts.colour = colourIn(*source);
        if (facts.colour == BadgeColour::None) // a link without the image: present, colour not shown
            facts.colour = BadgeColour::Unknown;
        return facts;
    }
    const QRegularExpressionMatch script = kScript.match(html);
    if (script.hasMatch()) {
        facts.present = true;
        facts.form = u"script"_qs;
        facts.scriptUrl =
            script.captured(1).startsWith(u"//"_qs) ? u"https:"_qs + script.captured(1) : script.captured(1);
        facts.colour = BadgeColour::Unknown; // the script decides; the caller fetches it
        facts.snippet = around(html, script.capturedStart(), script.capturedLength());
    }
    return facts;
}

} // namespace Badge

} // namespace Govscope::Identifier
