#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

class Feeds;

/// The terms of one content class found in a text, with short quotes around them for evidence.
struct KeywordHit
{
    QString contentClass; ///< "gambling", "porn", "fraud" — the list's file name
    QStringList terms;    ///< distinct terms found, in list order
    QStringList quotes;   ///< "…context term context…", one per term
};

/// Content-class keyword lists (`keywords/<class>.txt`, one term a line, `#` comments): gambling,
/// pornography, fraud. Matching counts distinct terms, so one word in passing (a news item about
/// fighting fraud) weighs less than a page built around the vocabulary.
class KeywordLists final
{
public:
    static Result<KeywordLists> load(const Feeds &feeds);
    /// Adds the list of @p contentClass; an empty list is an error naming @p origin.
    Status add(const QString &contentClass, const QByteArray &text, const QString &origin);

    bool isEmpty() const { return m_lists.isEmpty(); }
    QStringList classes() const;
    /// Per class with at least one term in @p text, the terms found (case-insensitive).
    QList<KeywordHit> match(const QString &text) const;

private:
    QList<std::pair<QString, QStringList>> m_lists;
};

} // namespace Govscope::Sdk
