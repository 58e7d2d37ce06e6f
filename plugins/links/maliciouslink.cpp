#include "maliciouslink.h"

#include <QObject>

namespace Govscope::Links {

QString MaliciousVerdict::summary() const
{
    QStringList parts;
    if (listed)
        parts << QObject::tr("listed as %1 (%2)").arg(listed->entry, listed->source);
    for (const Sdk::KeywordHit &hit : content)
        parts << QObject::tr("%1 content: %2").arg(hit.contentClass, hit.terms.join(u", "_qs));
    return parts.join(u"; "_qs);
}

Models::Message MaliciousVerdict::summaryText() const
{
    QVariantList parts;
    if (listed)
        parts << Models::message(QT_TRANSLATE_NOOP("Finding", "listed as {entry} ({source})"),
                                 {{u"entry"_qs, listed->entry}, {u"source"_qs, listed->source}});
    for (const Sdk::KeywordHit &hit : content)
        parts << Models::message(QT_TRANSLATE_NOOP("Finding", "{class} content: {terms}"),
                                 {{u"class"_qs, hit.contentClass}, {u"terms"_qs, hit.terms}});
    return Models::message(QT_TRANSLATE_NOOP("Finding", "{parts}"), {{u"parts"_qs, parts}});
}

QString MaliciousVerdict::details() const
{
    QStringList lines;
    if (listed)
        lines << QObject::tr("Blocklist entry \"%1\" at %2").arg(listed->entry, listed->source);
    for (const Sdk::KeywordHit &hit : content) {
        lines << QObject::tr("%1 terms found (%2 distinct, threshold %3):")
                     .arg(hit.contentClass)
                     .arg(hit.terms.size())
                     .arg(MaliciousLink::TermThreshold);
        for (qsizetype i = 0; i < hit.terms.size(); ++i)
            lines << u"  %1: %2"_qs.arg(hit.terms.at(i), hit.quotes.at(i));
    }
    return lines.join(u'\n');
}

MaliciousVerdict MaliciousLink::judge(const Sdk::Blocklist &blocklist, const Sdk::KeywordLists &keywords,
                                      const QUrl &link, const QUrl &finalUrl, const QString &pageText)
{
    MaliciousVerdict v;
    v.listed = blocklist.match(link);
    if (!v.listed && finalUrl.isValid() && !finalUrl.isEmpty())
        v.listed = blocklist.match(finalUrl);
    for (const Sdk::KeywordHit &hit : keywords.match(pageText))
        if (hit.terms.size() >= TermThreshold)
            v.content << hit;
    return v;
}

} // namespace Govscope::Links
