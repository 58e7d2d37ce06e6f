#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Govscope::Models {

/// The index behind searches of one or two characters (table findings_bigram, resources/sql/002_*.sql).
///
/// SQLite 3.40's trigram tokenizer cannot answer a term shorter than three characters, so each finding
/// is also indexed by its overlapping character pairs. A pair is written as two six-digit hexadecimal
/// code points, which unicode61 keeps as one token whatever the characters are; a character followed by
/// whitespace or the end of its text is written alone, so every non-space character starts some token.
/// ASCII letters are lowered; everything else is exact. Whitespace is never indexed: a search term is
/// trimmed, so a one- or two-character term never contains any.
///
/// A two-character term is then one token, a one-character term a six-digit prefix — both answered
/// from the index, with the same rows as `LIKE '%term%'` over each text separately.
///
/// The encoding must never change for existing cases: a contentless FTS5 row is deleted by repeating
/// the tokens it was written with.
class FindingSearchIndex final
{
public:
    /// @p text with every unpaired surrogate replaced by U+FFFD. SQLite's UTF-16 to UTF-8 conversion
    /// mangles unpaired surrogates (it pairs a high one with whatever follows), so text read back would
    /// give other tokens than were written and the contentless delete would corrupt the index; record()
    /// stores text through this instead. Returns @p text itself (no copy) when it is valid.
    static QString validUnicode(const QString &text);

    /// Space-separated tokens for the texts of one finding (pairs never span two texts), deduplicated.
    static QString tokensOf(const QStringList &texts);

    /// The FTS5 MATCH expression on findings_bigram for a term of one or two characters (code points);
    /// nothing for longer or empty terms, or terms with whitespace.
    static std::optional<QString> matchFor(const QString &term);

    /// Indexes finding @p id; @p texts are its title, target and joined evidence summaries.
    static Status add(QSqlDatabase &db, qint64 id, const QStringList &texts);
    /// Removes finding @p id, which was indexed with @p oldTexts.
    static Status remove(QSqlDatabase &db, qint64 id, const QStringList &oldTexts);

    /// Indexes every finding from the text kept by findings_fts (for the migration to schema 2).
    static Status rebuild(QSqlDatabase &db);
};

} // namespace Govscope::Models
