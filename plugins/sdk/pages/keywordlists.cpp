#include "keywordlists.h"

#include "feeds.h"

#include <QFileInfo>
#include <QObject>

namespace Govscope::Sdk {

namespace {

constexpr int QuoteContext = 12; // characters either side of a term in evidence quotes

QString quoteAround(const QString &text, qsizetype at, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, at - QuoteContext);
    const qsizetype to = qMin(text.size(), at + length + QuoteContext);
    return (from > 0 ? u"…"_qs : QString()) + text.mid(from, to - from).simplified() +
           (to < text.size() ? u"…"_qs : QString());
}

} // namespace

Result<KeywordLists> KeywordLists::load(const Feeds &feeds)
{
    KeywordLists lists;
    for (const QString &path : feeds.list(u"keywords/*.txt"_qs)) {
        const Result<QByteArray> bytes = feeds.read(path);
        if (!bytes)
            return bytes.error();
        if (const Status added = lists.add(QFileInfo(path).completeBaseName(), *bytes, path); !added)
            return added.error();
    }
    return lists;
}

Status KeywordLists::add(const QString &contentClass, const QByteArray &text, const QString &origin)
{
    QStringList terms;
    for (const QString &raw : QString::fromUtf8(text).split(u'\n')) {
        const QString term = raw.section(u'#', 0, 0).trimmed();
        if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive))
            terms << term;
    }
    if (terms.isEmpty())
        return makeError(QObject::tr("%1 holds no terms: add one term a line or remove the file").arg(origin));
    m_lists.append({contentClass, terms});
    return Done{};
}

QStringList KeywordLists::classes() const
{
    QStringList out;
    for (const auto &[name, terms] : m_lists)
        out << name;
    return out;
}

QList<KeywordHit> KeywordLists::match(const QString &text) const
{
    QList<KeywordHit> hits;
    for (const auto &[name, terms] : m_lists) {
        KeywordHit hit{name, {}, {}};
        for (const QString &term : terms) {
            const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            hit.terms << term;
            hit.quotes << quoteAround(text, at, term.size());
        }
        if (!hit.terms.isEmpty())
            hits << hit;
    }
    return hits;
}

} // namespace Govscope::Sdk
