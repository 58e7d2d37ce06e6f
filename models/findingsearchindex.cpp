#include "findingsearchindex.h"

#include "casefile.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcSearchIndex, "govscope.case.searchindex")

namespace {

// A token as one sortable key: the first code point (21 bits) above the second code point + 1, where 0
// in the low half means "no second character".
constexpr int kHalfBits = 22;

char32_t folded(char32_t c)
{
    return (c >= U'A' && c <= U'Z') ? c + (U'a' - U'A') : c;
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

// Code points of @p text; a lone surrogate counts as U+FFFD, as validUnicode() stores it.
void codePointsOf(QStringView text, std::vector<char32_t> &out)
{
    out.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            out.push_back(c.isSurrogate() ? char32_t(QChar::ReplacementCharacter) : char32_t(c.unicode()));
        }
    }
}

void appendHex(QString &out, char32_t c)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    for (int shift = 20; shift >= 0; shift -= 4)
        out.append(QChar(digits[(c >> shift) & 0xf]));
}

Status execPrepared(QSqlQuery &q)
{
    if (!q.exec())
        return makeError(QObject::tr("Search index: %1").arg(q.lastError().text()));
    return Done{};
}

} // namespace

QString FindingSearchIndex::validUnicode(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (out.isNull())
            out = text;
        out[i] = QChar::ReplacementCharacter;
    }
    return out.isNull() ? text : out;
}

QString FindingSearchIndex::tokensOf(const QStringList &texts)
{
    std::vector<quint64> keys;
    std::vector<char32_t> cps;
    for (const QString &text : texts) {
        codePointsOf(text, cps);
        for (size_t i = 0; i < cps.size(); ++i) {
            if (isSpace(cps[i]))
                continue;
            const bool pair = i + 1 < cps.size() && !isSpace(cps[i + 1]);
            const quint64 second = pair ? quint64(folded(cps[i + 1])) + 1 : 0;
            keys.push_back((quint64(folded(cps[i])) << kHalfBits) | second);
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QString out;
    out.reserve(qsizetype(keys.size()) * 13);
    for (quint64 key : keys) {
        if (!out.isEmpty())
            out.append(u' ');
        appendHex(out, char32_t(key >> kHalfBits));
        if (const quint64 second = key & ((quint64(1) << kHalfBits) - 1))
            appendHex(out, char32_t(second - 1));
    }
    return out;
}

std::optional<QString> FindingSearchIndex::matchFor(const QString &term)
{
    std::vector<char32_t> cps;
    codePointsOf(term, cps);
    if (cps.empty() || cps.size() > 2 || std::any_of(cps.begin(), cps.end(), isSpace))
        return std::nullopt;
    QString token;
    for (char32_t c : cps)
        appendHex(token, folded(c));
    // One character: every token that starts with it (its pairs and its lone form).
    return cps.size() == 1 ? u"\"%1\" *"_qs.arg(token) : u"\"%1\""_qs.arg(token);
}

Status FindingSearchIndex::add(QSqlDatabase &db, qint64 id, const QStringList &texts)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO findings_bigram (rowid, pairs) VALUES (?, ?)"_qs);
    q.addBindValue(id);
    q.addBindValue(tokensOf(texts));
    return execPrepared(q);
}

Status FindingSearchIndex::remove(QSqlDatabase &db, qint64 id, const QStringList &oldTexts)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO findings_bigram (findings_bigram, rowid, pairs) VALUES ('delete', ?, ?)"_qs);
    q.addBindValue(id);
    q.addBindValue(tokensOf(oldTexts));
    return execPrepared(q);
}

Status FindingSearchIndex::rebuild(QSqlDatabase &db)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = exec(db, u"INSERT INTO findings_bigram (findings_bigram) VALUES ('delete-all')"_qs); !s)
        return s;
    // findings_fts_content is FTS5's own copy of the text (id, c0 title, c1 target, c2 evidence).
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, c0, c1, c2 FROM findings_fts_content"_qs))
        return makeError(QObject::tr("Search index: cannot read the findings' text: %1").arg(read.lastError().text()));
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO findings_bigram (rowid, pairs) VALUES (?, ?)"_qs);
    qint64 rows = 0;
    while (read.next()) {
        insert.addBindValue(read.value(0).toLongLong());
        insert.addBindValue(tokensOf({read.value(1).toString(), read.value(2).toString(), read.value(3).toString()}));
        if (Status s = execPrepared(insert); !s)
            return s;
        ++rows;
    }
    if (rows > 0) // a new case has none; say nothing then
        qCInfo(lcSearchIndex) << "indexed" << rows << "findings by character pairs in" << timer.elapsed() << "ms";
    return Done{};
}

} // namespace Govscope::Models
