#include "conacmarkers.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace Govscope::Sdk::ConacMarkers {

namespace {

const QRegularExpression &unescapeCall()
{
    static const QRegularExpression re(uR"(unescape\s*\(\s*(["'])(.*?)\1\s*\))"_qs,
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    return re;
}

struct Pattern
{
    QString form;
    QRegularExpression re;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list{
        {u"bszs.conac.cn link"_qs,
         QRegularExpression(uR"(bszs\.conac\.cn/sitename\?method=show)"_qs, QRegularExpression::CaseInsensitiveOption)},
        {u"dcs.conac.cn image"_qs, QRegularExpression(uR"(dcs\.conac\.cn/image/(?:red|blue)\.png)"_qs,
                                                      QRegularExpression::CaseInsensitiveOption)},
        {u"dcs.conac.cn script"_qs,
         QRegularExpression(uR"(<script[^>]+src\s*=\s*["']?(?:https?:)?//dcs\.conac\.cn/js/)"_qs,
                            QRegularExpression::CaseInsensitiveOption)},
        {u"_ideConac span"_qs,
         QRegularExpression(uR"((?:id|class)\s*=\s*["']?_ideConac)"_qs, QRegularExpression::CaseInsensitiveOption)}};
    return list;
}

} // namespace

ConacMarker find(const QString &html)
{
    QString text = html;
    // static copies hide the markup in document.write(unescape("%3Ca%20href…"))
    for (auto it = unescapeCall().globalMatch(html); it.hasNext();)
        text += u'\n' + QUrl::fromPercentEncoding(it.next().captured(2).toUtf8());
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(text);
        if (!m.hasMatch())
            continue;
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 80);
        return ConacMarker{true, p.form, text.mid(from, m.capturedLength() + 160).simplified()};
    }
    return {};
}

} // namespace Govscope::Sdk::ConacMarkers
