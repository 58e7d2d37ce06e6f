// Findings across scans (status history, triage), evidence blobs, full-text search and filters.

#include "blobstore.h"
#include "casefile.h"
#include "findingrepository.h"
#include "findingsearchindex.h"
#include "schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

NewFinding finding(const QString &org, const QString &family, const QString &check, const QString &target,
                   const QString &title, Severity severity, QList<NewEvidence> evidence = {})
{
    return NewFinding{org, family, check, target, title, severity, std::move(evidence)};
}

QList<FindingStatus> statusesOf(const QList<StatusChange> &history)
{
    QList<FindingStatus> list;
    for (const StatusChange &c : history)
        list << c.status;
    return list;
}

// LIKE '%term%' as the search promises it: a substring of one text, ASCII letters in any case.
QString asciiLowered(QString s)
{
    for (QChar &c : s)
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + 32);
    return s;
}

bool likeMatches(const QStringList &texts, const QString &term)
{
    const QString needle = asciiLowered(term);
    for (const QString &t : texts)
        if (asciiLowered(t).contains(needle))
            return true;
    return false;
}

// The default order, computed here rather than trusted to SQL: severity high to low, then newest first.
bool defaultOrderBefore(const Finding &a, const Finding &b)
{
    return a.severity != b.severity ? a.severity > b.severity : a.id > b.id;
}

QList<qint64> idsOf(const QList<Finding> &list)
{
    QList<qint64> ids;
    for (const Finding &f : list)
        ids << f.id;
    return ids;
}

} // namespace

class TestFindingRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;
    int m_cases = 0;

    QSqlDatabase &db() { return m_conn->db(); }

    qint64 record(qint64 scan, const NewFinding &f)
    {
        auto id = FindingRepository::record(db(), scan, f);
        if (!id)
            qFatal("record failed: %s", qPrintable(id.errorMessage()));
        return *id;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            qFatal("%s failed", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    // A small, fixed population for search and filter tests.
    void populate()
    {
        record(1, finding(u"A001"_qs, u"counterfeit"_qs, u"counterfeit.clone_site"_qs, u"www.gov-cn.example.com"_qs,
                          u"仿冒网站：假冒省政府门户"_qs, Severity::Critical,
                          {{u"http"_qs, u"页面标题与官方门户相同"_qs, {}, {}}}));
        record(1, finding(u"A001"_qs, u"domain"_qs, u"domain.non_gov_uses_gov_suffix"_qs, u"www.shop.gov.cn"_qs,
                          u"Non-government body uses the gov.cn suffix"_qs, Severity::High));
        record(1,
               finding(u"A002"_qs, u"mail"_qs, u"mail.no_dmarc"_qs, u"mail.city.gov.cn"_qs, u"邮件域名未配置DMARC"_qs,
                       Severity::Medium, {{u"dns"_qs, u"no _dmarc TXT record"_qs, {}, {}}}));
        record(1, finding(u"A002"_qs, u"datasec"_qs, u"datasec.exposed_db"_qs, u"10.0.0.5:6379"_qs,
                          u"Redis 50% \"open\" to everyone; 100_000 keys"_qs, Severity::Critical));
        record(1, finding(u"A003"_qs, u"links"_qs, u"links.dead"_qs, u"http://old.county.gov.cn/'x'"_qs,
                          u"Dead link O'Brien AND NOT NEAR(x) *"_qs, Severity::Low));
        record(1, finding(u"A003"_qs, u"domain"_qs, u"domain.expiring"_qs, u"county.gov.cn"_qs, u"域名即将到期"_qs,
                          Severity::Info));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        const QString p = m_dir.filePath(u"case%1.govcase"_qs.arg(++m_cases));
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing));
        m_conn = std::make_unique<Connection>(p);
        QVERIFY(m_conn->ok());
    }

    void cleanup() { m_conn.reset(); }

    void statusFollowsScansAndTriage()
    {
        const auto f =
            finding(u"A001"_qs, u"mail"_qs, u"mail.no_spf"_qs, u"city.gov.cn"_qs, u"No SPF"_qs, Severity::Medium);
        const qint64 id = record(1, f);
        auto first = FindingRepository::byId(db(), id);
        QVERIFY(first);
        QCOMPARE(first->status, FindingStatus::Open);
        QCOMPARE(first->firstSeen, first->lastSeen);

        QTest::qSleep(5);           // timestamps have millisecond resolution
        QCOMPARE(record(2, f), id); // seen again: same id, newer last_seen, first_seen kept
        auto second = FindingRepository::byId(db(), id);
        QCOMPARE(second->status, FindingStatus::Open);
        QCOMPARE(second->firstSeen, first->firstSeen);
        QVERIFY(second->lastSeen > first->lastSeen);

        QVERIFY(FindingRepository::markUnseenFixed(db(), 3, {u"A001"_qs}, {u"mail"_qs}));
        QCOMPARE(FindingRepository::byId(db(), id)->status, FindingStatus::Fixed);
        QCOMPARE(record(4, f), id);
        QCOMPARE(FindingRepository::byId(db(), id)->status, FindingStatus::Reopened);

        QVERIFY(FindingRepository::setStatus(db(), id, FindingStatus::Confirmed, u"李审计"_qs, u"核实属实"_qs));
        QCOMPARE(record(5, f), id);
        QCOMPARE(FindingRepository::byId(db(), id)->status, FindingStatus::Confirmed); // triage is kept

        auto history = FindingRepository::history(db(), id);
        QVERIFY(history);
        QCOMPARE(statusesOf(*history), (QList<FindingStatus>{FindingStatus::Open, FindingStatus::Fixed,
                                                             FindingStatus::Reopened, FindingStatus::Confirmed}));
        QCOMPARE(history->last().who, u"李审计"_qs);
        QCOMPARE(history->last().why, u"核实属实"_qs);
        QCOMPARE(history->first().who, u"govscope"_qs);
        QVERIFY(history->first().at.isValid());
    }

    void falsePositiveStaysFalsePositive()
    {
        const auto f = finding(u"A001"_qs, u"domain"_qs, u"domain.x"_qs, u"a.gov.cn"_qs, u"t"_qs, Severity::High);
        const qint64 id = record(1, f);
        QVERIFY(FindingRepository::setStatus(db(), id, FindingStatus::FalsePositive, u"王五"_qs,
                                             u"该域名已备案，属正常"_qs));
        QCOMPARE(record(2, f), id); // seen again
        QCOMPARE(FindingRepository::byId(db(), id)->status, FindingStatus::FalsePositive);
        QVERIFY(FindingRepository::markUnseenFixed(db(), 3, {u"A001"_qs}, {u"domain"_qs}));
        QCOMPARE(FindingRepository::byId(db(), id)->status, FindingStatus::FalsePositive);
        QCOMPARE(record(4, f), id);
        QCOMPARE(FindingRepository::byId(db(), id)->status, FindingStatus::FalsePositive);
        const auto history = FindingRepository::history(db(), id);
        QCOMPARE(statusesOf(*history), (QList<FindingStatus>{FindingStatus::Open, FindingStatus::FalsePositive}));
        QCOMPARE(history->last().why, u"该域名已备案，属正常"_qs);
    }

    void markUnseenFixedOnlyTouchesScannedScope()
    {
        const qint64 a = record(1, finding(u"A001"_qs, u"mail"_qs, u"mail.a"_qs, u"x"_qs, u"t"_qs, Severity::Low));
        const qint64 b = record(1, finding(u"A001"_qs, u"domain"_qs, u"domain.a"_qs, u"x"_qs, u"t"_qs, Severity::Low));
        const qint64 c = record(1, finding(u"A002"_qs, u"mail"_qs, u"mail.a"_qs, u"x"_qs, u"t"_qs, Severity::Low));
        const qint64 d = record(2, finding(u"A001"_qs, u"mail"_qs, u"mail.b"_qs, u"x"_qs, u"t"_qs, Severity::Low));
        QVERIFY(FindingRepository::markUnseenFixed(db(), 2, {u"A001"_qs}, {u"mail"_qs}));
        QCOMPARE(FindingRepository::byId(db(), a)->status, FindingStatus::Fixed); // scanned, not seen
        QCOMPARE(FindingRepository::byId(db(), b)->status, FindingStatus::Open);  // family not scanned
        QCOMPARE(FindingRepository::byId(db(), c)->status, FindingStatus::Open);  // org not scanned
        QCOMPARE(FindingRepository::byId(db(), d)->status, FindingStatus::Open);  // seen in scan 2
    }

    void triageOfMissingFindingFails()
    {
        const Status s = FindingRepository::setStatus(db(), 4242, FindingStatus::Confirmed, u"x"_qs, u"y"_qs);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(u"4242"_qs));
        QVERIFY(!FindingRepository::byId(db(), 4242));
        QCOMPARE(scalar(u"SELECT count(*) FROM finding_status_history"_qs), 0);
    }

    void notesAreStored()
    {
        const qint64 id = record(1, finding(u"A1"_qs, u"mail"_qs, u"m"_qs, u"t"_qs, u"t"_qs, Severity::Low));
        QVERIFY(FindingRepository::addNote(db(), id, u"赵六"_qs, u"已电话通知该单位"_qs));
        QCOMPARE(scalar(u"SELECT count(*) FROM triage_notes WHERE finding = %1 AND who = '赵六'"_qs.arg(id)), 1);
    }

    void evidenceBlobsAreStoredOnce()
    {
        const QByteArray shot = QByteArray("\x89PNG fake screenshot ", 21).repeated(100);
        const qint64 a = record(1, finding(u"A1"_qs, u"counterfeit"_qs, u"c"_qs, u"x.com"_qs, u"t"_qs, Severity::High,
                                           {{u"screenshot"_qs, u"首页截图"_qs, shot, u"image/png"_qs},
                                            {u"text"_qs, u"no content"_qs, {}, {}}}));
        const qint64 b = record(1, finding(u"A2"_qs, u"counterfeit"_qs, u"c"_qs, u"y.com"_qs, u"t"_qs, Severity::High,
                                           {{u"screenshot"_qs, u"同一截图"_qs, shot, u"image/png"_qs}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM blobs"_qs), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM evidence"_qs), 3);
        const auto ea = FindingRepository::evidence(db(), a);
        const auto eb = FindingRepository::evidence(db(), b);
        QCOMPARE(ea->size(), 2);
        QCOMPARE(ea->at(0).blob, eb->at(0).blob);
        QCOMPARE(ea->at(0).blob, BlobStore::hashOf(shot));
        QVERIFY(ea->at(1).blob.isEmpty());
        QCOMPARE(ea->at(0).mime, u"image/png"_qs);
        QCOMPARE(*BlobStore::get(db(), ea->at(0).blob), shot);
        QCOMPARE(BlobStore::hashOf("abc"), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
        QVERIFY(!BlobStore::get(db(), BlobStore::hashOf("never stored")));

        // Seen again with new evidence: the old rows are replaced, the search text follows.
        record(2, finding(u"A1"_qs, u"counterfeit"_qs, u"c"_qs, u"x.com"_qs, u"t"_qs, Severity::High,
                          {{u"http"_qs, u"重定向到博彩页面"_qs, {}, {}}}));
        const auto replaced = FindingRepository::evidence(db(), a);
        QCOMPARE(replaced->size(), 1);
        QCOMPARE(replaced->at(0).summary, u"重定向到博彩页面"_qs);
        FindingFilter byText;
        byText.text = u"博彩页"_qs;
        QCOMPARE(*FindingRepository::count(db(), byText), 1);
        byText.text = u"同一截图"_qs;
        QCOMPARE(*FindingRepository::count(db(), byText), 1);
        byText.text = u"首页截图"_qs;
        QCOMPARE(*FindingRepository::count(db(), byText), 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::addRow("english word") << u"government"_qs << 1;
        QTest::addRow("english, any case") << u"GOV.CN"_qs << 4;
        QTest::addRow("chinese 3+ (trigram)") << u"省政府门户"_qs << 1;
        QTest::addRow("chinese 3 in evidence") << u"官方门户"_qs << 1;
        QTest::addRow("chinese 2 (LIKE)") << u"仿冒"_qs << 1;
        QTest::addRow("chinese 2 in title") << u"域名"_qs << 2;
        QTest::addRow("two latin letters, any case") << u"NT"_qs << 3; // goverNment, couNTy twice
        QTest::addRow("target substring") << u"6379"_qs << 1;
        QTest::addRow("double quotes") << u"\"open\""_qs << 1;
        QTest::addRow("lone quote") << u"\""_qs << 1;
        QTest::addRow("apostrophe") << u"O'Brien"_qs << 1;
        QTest::addRow("fts operators") << u"AND NOT NEAR(x)"_qs << 1;
        QTest::addRow("asterisk") << u") *"_qs << 1;
        QTest::addRow("percent, literal") << u"50%"_qs << 1;
        QTest::addRow("percent alone") << u"%"_qs << 1;
        QTest::addRow("underscore alone") << u"_"_qs << 2;
        QTest::addRow("backslash") << u"\\"_qs << 0;
        QTest::addRow("no match") << u"不存在的词"_qs << 0;
        QTest::addRow("blank does not filter") << u"   "_qs << 6;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        populate();
        FindingFilter filter;
        filter.text = text;
        const auto count = FindingRepository::count(db(), filter);
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(*count, expected);
        const auto list = FindingRepository::find(db(), filter);
        QVERIFY2(list, qPrintable(list.errorMessage()));
        QCOMPARE(list->size(), expected);
    }

    void filters_data()
    {
        QTest::addColumn<FindingFilter>("filter");
        QTest::addColumn<int>("expected");
        QTest::addRow("none") << FindingFilter{} << 6;
        QTest::addRow("family") << FindingFilter{.family = u"domain"_qs} << 2;
        QTest::addRow("org") << FindingFilter{.org = u"A002"_qs} << 2;
        QTest::addRow("check") << FindingFilter{.check = u"mail.no_dmarc"_qs} << 1;
        QTest::addRow("min high") << FindingFilter{.minSeverity = Severity::High} << 3;
        QTest::addRow("min info") << FindingFilter{.minSeverity = Severity::Info} << 6;
        QTest::addRow("family + min severity")
            << FindingFilter{.family = u"domain"_qs, .minSeverity = Severity::Low} << 1;
        QTest::addRow("status open") << FindingFilter{.status = FindingStatus::Open} << 5;
        QTest::addRow("status false positive") << FindingFilter{.status = FindingStatus::FalsePositive} << 1;
        QTest::addRow("exclude false positives") << FindingFilter{.excludeFalsePositives = true} << 5;
        QTest::addRow("org + text") << FindingFilter{.org = u"A001"_qs, .text = u"gov"_qs} << 2;
        QTest::addRow("unknown family") << FindingFilter{.family = u"nope"_qs} << 0;
    }

    void filters()
    {
        QFETCH(FindingFilter, filter);
        QFETCH(int, expected);
        populate();
        FindingFilter mail{.check = u"mail.no_dmarc"_qs};
        const qint64 dmarc = FindingRepository::find(db(), mail)->first().id;
        QVERIFY(FindingRepository::setStatus(db(), dmarc, FindingStatus::FalsePositive, u"a"_qs, u"b"_qs));
        QCOMPARE(*FindingRepository::count(db(), filter), expected);
        const auto list = FindingRepository::find(db(), filter);
        QCOMPARE(list->size(), expected);
        for (const Finding &f : *list) {
            QVERIFY(filter.family.isEmpty() || f.family == filter.family);
            QVERIFY(filter.org.isEmpty() || f.org == filter.org);
            QVERIFY(!filter.minSeverity || f.severity >= *filter.minSeverity);
            QVERIFY(!filter.status || f.status == *filter.status);
            QVERIFY(!filter.excludeFalsePositives || f.status != FindingStatus::FalsePositive);
        }
    }

    // Every one- and two-character term over an alphabet of CJK, a non-BMP character, ASCII in both
    // cases and LIKE/FTS5 specials: the index must return exactly the rows a substring scan finds.
    void shortTermsMatchLikeSemantics()
    {
        const QStringList alphabet{u"仿"_qs, u"冒"_qs, u"泄"_qs, u"露"_qs, u"a"_qs,  u"B"_qs,
                                   u"b"_qs,  u"%"_qs,  u"_"_qs,  u"'"_qs,  u"\""_qs, u"*"_qs,
                                   u"."_qs,  u"𠀀"_qs, u" "_qs,  u"\n"_qs, u"é"_qs};
        QRandomGenerator rng(7);
        auto randomText = [&](int maxLength) {
            QString t;
            const int n = int(rng.bounded(maxLength + 1));
            for (int i = 0; i < n; ++i)
                t += alphabet[int(rng.bounded(alphabet.size()))];
            return t;
        };
        QHash<qint64, QStringList> texts;
        QVERIFY(db().transaction());
        for (int i = 0; i < 300; ++i) {
            QList<NewEvidence> evidence;
            for (int e = int(rng.bounded(3)); e > 0; --e)
                evidence.append({u"http"_qs, randomText(6), {}, {}});
            const NewFinding f = finding(u"O%1"_qs.arg(i % 7), u"domain"_qs, u"c%1"_qs.arg(i), u"t%1"_qs.arg(i),
                                         randomText(8), Severity(i % 5), evidence);
            QStringList summaries;
            for (const NewEvidence &e : evidence)
                summaries << e.summary;
            // The target carries digits only, outside the alphabet, so the texts below decide.
            texts.insert(record(1, f), {f.title, summaries.join(u'\n')});
        }
        QVERIFY(db().commit());

        QStringList terms;
        for (const QString &a : alphabet) {
            if (a.trimmed().isEmpty())
                continue;
            terms << a;
            for (const QString &b : alphabet)
                if (!b.trimmed().isEmpty())
                    terms << a + b;
        }
        int nonEmpty = 0;
        for (const QString &term : terms) {
            QSet<qint64> expected;
            for (auto it = texts.cbegin(); it != texts.cend(); ++it)
                if (likeMatches(it.value(), term))
                    expected.insert(it.key());
            FindingFilter filter;
            filter.text = term;
            const auto found = FindingRepository::find(db(), filter);
            QVERIFY2(found, qPrintable(found.errorMessage()));
            const QList<qint64> ids = idsOf(*found);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
            QCOMPARE(*FindingRepository::count(db(), filter), qint64(expected.size()));
            QVERIFY(std::is_sorted(found->cbegin(), found->cend(), defaultOrderBefore));
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY2(nonEmpty > terms.size() / 2, "the random texts should make most terms match something");
    }

    void shortTermsInRealisticText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::addRow("one chinese char") << u"冒"_qs << 1;
        QTest::addRow("one chinese char, several rows") << u"域"_qs << 2;
        QTest::addRow("last char of a title") << u"期"_qs << 1;
        QTest::addRow("two chinese chars in evidence") << u"官方"_qs << 1;
        QTest::addRow("mixed cjk + ascii") << u"置D"_qs << 1;
        QTest::addRow("mixed ascii + cjk, other case") << u"c邮"_qs << 0;
        QTest::addRow("ascii + cjk across a word") << u"名未"_qs << 1;
        QTest::addRow("one ascii letter, any case") << u"Z"_qs << 0;
        QTest::addRow("digit") << u"9"_qs << 1;
        QTest::addRow("full-width colon") << u"站："_qs << 1;
        QTest::addRow("pair across a space is not a pair") << u"kr"_qs << 0;
        QTest::addRow("no such pair") << u"冒仿"_qs << 0;
    }

    void shortTermsInRealisticText()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        populate();
        FindingFilter filter;
        filter.text = text;
        QCOMPARE(*FindingRepository::count(db(), filter), expected);
        QCOMPARE(FindingRepository::find(db(), filter)->size(), expected);
    }

    void reRecordedFindingIsFoundByItsNewText()
    {
        const NewFinding before =
            finding(u"A1"_qs, u"datasec"_qs, u"datasec.exposed_db"_qs, u"db.example"_qs, u"数据泄露风险 Redis"_qs,
                    Severity::High, {{u"tcp"_qs, u"端口开放"_qs, {}, {}}});
        const qint64 id = record(1, before);
        NewFinding after = before;
        after.title = u"弱口令 MySQL"_qs;
        after.evidence = {{u"tcp"_qs, u"登录成功"_qs, {}, {}}};
        QCOMPARE(record(2, after), id);
        for (const QString &gone : {u"泄露"_qs, u"泄"_qs, u"Redis"_qs, u"端口"_qs, u"re"_qs})
            QVERIFY2(*FindingRepository::count(db(), {.text = gone}) == 0, qPrintable(gone));
        for (const QString &now : {u"口令"_qs, u"弱"_qs, u"MySQL"_qs, u"my"_qs, u"登录"_qs, u"db"_qs})
            QVERIFY2(*FindingRepository::count(db(), {.text = now}) == 1, qPrintable(now));
        // Seen again unchanged: the indexes are left as they are and still answer.
        QCOMPARE(record(3, after), id);
        QCOMPARE(*FindingRepository::count(db(), {.text = u"口令"_qs}), 1);
        QCOMPARE(*FindingRepository::count(db(), {.text = u"弱口令 MySQL"_qs}), 1);
        // The pair index holds one row per finding, not a stale one beside the new one.
        QCOMPARE(scalar(u"SELECT count(*) FROM findings_bigram WHERE findings_bigram MATCH '\"005f31\" *'"_qs), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM findings_bigram WHERE findings_bigram MATCH '\"006cc4\" *'"_qs), 0);
    }

    // A contentless FTS5 row is deleted by repeating its tokens, computed then from the text read back from
    // the case: text that does not survive UTF-8 (a lone surrogate) must give the same tokens both ways.
    void textThatUtf8ChangesStillReindexes()
    {
        const QString lone = u"坏"_qs + QChar(0xD800) + u"字x"_qs;
        const qint64 id = record(1, finding(u"A1"_qs, u"links"_qs, u"links.dead"_qs, u"t"_qs, lone, Severity::Low));
        const QString stored = FindingRepository::byId(db(), id)->title;
        QCOMPARE(stored, u"坏\uFFFD字x"_qs);
        QCOMPARE(FindingSearchIndex::tokensOf({stored}), FindingSearchIndex::tokensOf({lone}));
        QCOMPARE(*FindingRepository::count(db(), {.text = u"字x"_qs}), 1);
        record(2, finding(u"A1"_qs, u"links"_qs, u"links.dead"_qs, u"t"_qs, u"好字"_qs, Severity::Low));
        QCOMPARE(*FindingRepository::count(db(), {.text = u"坏"_qs}), 0);
        QCOMPARE(*FindingRepository::count(db(), {.text = u"好字"_qs}), 1);
        QSqlQuery check(db());
        QVERIFY2(check.exec(u"INSERT INTO findings_bigram (findings_bigram) VALUES ('integrity-check')"_qs),
                 qPrintable(check.lastError().text()));
    }

    // Past the threshold where a search stops sorting every match and walks findings in index order:
    // the pages must be exactly the slices of the order computed here, with and without other filters.
    void commonTermsPageInTheSameOrder()
    {
        QRandomGenerator rng(11);
        QVERIFY(db().transaction());
        for (int i = 0; i < 24000; ++i) {
            const bool common = rng.bounded(10) < 9;
            const QString title = common ? u"仿冒网站 DMARC %1"_qs.arg(i) : u"其他 %1"_qs.arg(i);
            record(1, finding(u"O%1"_qs.arg(i % 50), i % 3 ? u"mail"_qs : u"counterfeit"_qs, u"c"_qs, u"t%1"_qs.arg(i),
                              title, Severity(rng.bounded(5))));
        }
        QVERIFY(db().commit());
        for (qint64 id = 5; id < 2000; id += 7) // false positives among common and rare hits
            QVERIFY(FindingRepository::setStatus(db(), id, FindingStatus::FalsePositive, u"a"_qs, u"b"_qs));

        const QList<FindingFilter> filters{
            {.text = u"仿冒"_qs},
            {.text = u"DMARC"_qs},
            {.text = u"dmarc"_qs, .sortKey = FindingFilter::SortKey::Id, .descending = false},
            {.family = u"mail"_qs, .text = u"仿冒网站"_qs},
            {.minSeverity = Severity::High, .excludeFalsePositives = true, .text = u"冒"_qs},
            {.excludeFalsePositives = true, .text = u"仿冒"_qs},
            {.excludeFalsePositives = true, .text = u"其他"_qs},
            {.text = u"其他"_qs},
            {.text = u"仿冒"_qs, .sortKey = FindingFilter::SortKey::Title, .descending = true},
        };
        for (const FindingFilter &filter : filters) {
            const auto all = FindingRepository::find(db(), filter);
            QVERIFY2(all, qPrintable(all.errorMessage()));
            const qint64 total = *FindingRepository::count(db(), filter);
            QCOMPARE(all->size(), total);
            // Reference: the same rows from the unfiltered text, filtered and sorted here.
            const auto everything = FindingRepository::find(db(), {});
            QList<Finding> reference;
            for (const Finding &f : *everything)
                if (likeMatches({f.title, f.target}, filter.text.trimmed()) &&
                    (filter.family.isEmpty() || f.family == filter.family) &&
                    (!filter.minSeverity || f.severity >= *filter.minSeverity) &&
                    (!filter.excludeFalsePositives || f.status != FindingStatus::FalsePositive))
                    reference << f;
            if (filter.sortKey == FindingFilter::SortKey::Default)
                std::sort(reference.begin(), reference.end(), defaultOrderBefore);
            else if (filter.sortKey == FindingFilter::SortKey::Id)
                std::sort(reference.begin(), reference.end(), [](auto &a, auto &b) { return a.id < b.id; });
            else
                std::sort(reference.begin(), reference.end(),
                          [](auto &a, auto &b) { return a.title != b.title ? a.title > b.title : a.id > b.id; });
            QCOMPARE(idsOf(*all), idsOf(reference));
            for (int offset : {0, 200, 7000}) {
                const auto page = FindingRepository::find(db(), filter, offset, 200);
                QCOMPARE(idsOf(*page), idsOf(reference.mid(offset, 200)));
            }
        }
    }

    // A case written before the pair index (schema 1) gets it built from its findings on open.
    void migrationIndexesExistingFindings()
    {
        QTemporaryDir schema1;
        QVERIFY(QFile::copy(QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/sql/001_initial.sql"),
                            schema1.filePath(u"001_initial.sql"_qs)));
        const QString p = m_dir.filePath(u"schema1-%1.govcase"_qs.arg(++m_cases));
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing, SchemaMigrator(schema1.path())));
        {
            Connection old(p);
            QVERIFY(old.ok());
            QVERIFY(exec(old.db(),
                         u"INSERT INTO findings (id, org, family, check_id, severity, status, target, title, "
                         "first_seen, last_seen) VALUES (?, 'A', 'mail', 'mail.no_dmarc', 2, 'open', ?, ?, '', '')"_qs,
                         {7, u"mail.city.gov.cn"_qs, u"邮件域名未配置DMARC"_qs}));
            QVERIFY(exec(old.db(), u"INSERT INTO findings_fts (rowid, title, target, evidence) VALUES (?,?,?,?)"_qs,
                         {7, u"邮件域名未配置DMARC"_qs, u"mail.city.gov.cn"_qs, u"无 TXT 记录"_qs}));
            QSqlQuery q(old.db());
            QVERIFY(q.exec(u"PRAGMA user_version"_qs) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QVERIFY(CaseFile::open(p));
        m_conn = std::make_unique<Connection>(p);
        QCOMPARE(scalar(u"PRAGMA user_version"_qs), qint64(CaseFile::currentSchemaVersion()));
        for (const QString &term : {u"邮件"_qs, u"录"_qs, u"txt"_qs, u"G"_qs, u"未配置"_qs}) {
            const auto found = FindingRepository::find(db(), {.text = term});
            QVERIFY2(found && found->size() == 1 && found->first().id == 7, qPrintable(term));
        }
        QCOMPARE(*FindingRepository::count(db(), {.text = u"仿冒"_qs}), 0);
        // Updates after the migration remove the migrated tokens correctly.
        record(2, finding(u"A"_qs, u"mail"_qs, u"mail.no_dmarc"_qs, u"mail.city.gov.cn"_qs, u"新标题"_qs,
                          Severity::Medium));
        QCOMPARE(*FindingRepository::count(db(), {.text = u"邮件"_qs}), 0);
        QCOMPARE(*FindingRepository::count(db(), {.text = u"标题"_qs}), 1);
    }

    void orderAndPaging()
    {
        populate();
        const auto all = FindingRepository::find(db(), {});
        QCOMPARE(all->size(), 6);
        for (qsizetype i = 1; i < all->size(); ++i) {
            const Finding &a = all->at(i - 1), &b = all->at(i);
            QVERIFY(a.severity > b.severity || (a.severity == b.severity && a.id > b.id));
        }
        const auto page = FindingRepository::find(db(), {}, 2, 3);
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->at(0).id, all->at(2).id);
        QCOMPARE(page->at(2).id, all->at(4).id);
        QVERIFY(FindingRepository::find(db(), {}, 10, 5)->isEmpty());
        const auto withEvidence = FindingRepository::find(db(), {.check = u"mail.no_dmarc"_qs}, 0, -1, true);
        QCOMPARE(withEvidence->first().evidence.size(), 1);
        QCOMPARE(withEvidence->first().evidence.first().kind, u"dns"_qs);
        QVERIFY(FindingRepository::find(db(), {.check = u"mail.no_dmarc"_qs})->first().evidence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindingRepository)
#include "tst_findingrepository.moc"
