// Cli::Rematcher on a case made here: which stored fingerprints match which feed entries for the two checks
// that keep observations, and what apply() writes (new, reopened, closed with why, false positives untouched).

#include "casefile.h"
#include "cli/rematcher.h"
#include "feeds.h"
#include "findingrepository.h"
#include "fingerprintrepository.h"
#include "orgrepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;

namespace {

const QString Known = u"vuln.known_vulnerability"_qs;
const QString Component = u"supplychain.vulnerable_component"_qs;

QByteArray nvd(const QString &id, const QString &cpe, const QString &below, const QString &severity)
{
    return u"{\"vulnerabilities\":[{\"cve\":{\"id\":\"%1\",\"descriptions\":[{\"lang\":\"en\",\"value\":\"Synthetic\"}]"
           u","
           "\"metrics\":{\"cvssMetricV31\":[{\"cvssData\":{\"baseScore\":8.1,\"baseSeverity\":\"%4\"}}]},"
           "\"configurations\":[{\"nodes\":[{\"operator\":\"OR\",\"cpeMatch\":[{\"vulnerable\":true,\"criteria\":\"%"
           "2\","
           "\"versionEndExcluding\":\"%3\"}]}]}]}}]}"_qs.arg(id, cpe, below, severity)
               .toUtf8();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

Models::Fingerprint tech(const QString &name, const QString &version, const QString &cpe, int category)
{
    return {u"technology"_qs, name, version, cpe, {category}, u"header"_qs};
}

} // namespace

class TestRematcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Parses the feeds directory @p name and re-matches the case.
    Result<QList<Cli::RematchChange>> rematch(QSqlDatabase &db, const QString &name)
    {
        auto feeds = Sdk::Feeds::load({m_dir.filePath(name)});
        if (!feeds)
            return feeds.error();
        auto parsed = Sdk::ComponentFeeds::of(*feeds);
        if (!parsed)
            return parsed.error();
        const Cli::Rematcher r(**parsed, feeds->list(u"jslibs/*.json"_qs));
        return r.apply(db, feeds->files());
    }

    QString status(QSqlDatabase &db, qint64 id)
    {
        QSqlQuery q(db);
        q.exec(u"SELECT status FROM findings WHERE id = %1"_qs.arg(id));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void addsClosesAndLeavesDecisionsAlone()
    {
        const QString feeds1 = m_dir.filePath(u"feeds1"_qs);
        write(feeds1 + u"/vuln/a.json"_qs,
              nvd(u"CVE-2099-0801"_qs, u"cpe:2.3:a:example:portal:*:*:*:*:*:*:*:*"_qs, u"2.0"_qs, u"HIGH"_qs));
        write(feeds1 + u"/vuln/kev.json"_qs, "{\"vulnerabilities\":[{\"cveID\":\"CVE-2099-0801\"}]}");
        // a JS framework with a medium NVD entry: not supplychain's (high or critical only), and never vuln's
        write(feeds1 + u"/vuln/js.json"_qs,
              nvd(u"CVE-2099-0802"_qs, u"cpe:2.3:a:example:jsfw:*:*:*:*:*:*:*:*"_qs, u"9.0"_qs, u"MEDIUM"_qs));
        write(feeds1 + u"/jslibs/repo.json"_qs,
              "{\"jquery\":{\"extractors\":{},\"vulnerabilities\":[{\"below\":\"1.9.0\",\"severity\":\"high\","
              "\"identifiers\":{\"CVE\":[\"CVE-2099-0803\"],\"summary\":\"XSS\"}},{\"below\":\"3.0.0\","
              "\"severity\":\"low\",\"identifiers\":{\"CVE\":[\"CVE-2099-0804\"]}}]}}");
        const QString feeds2 = m_dir.filePath(u"feeds2"_qs); // everything withdrawn
        write(feeds2 + u"/vuln/a.json"_qs, "{\"vulnerabilities\":[]}");

        const QString p = m_dir.filePath(u"r.govcase"_qs);
        QVERIFY(Models::CaseFile::open(p, Models::CaseFile::Mode::CreateIfMissing));
        Models::Connection c(p);
        QSqlDatabase &db = c.db();
        Models::Organization org;
        org.id = u"T01"_qs;
        org.name = u"测试单位"_qs;
        org.websites = {u"www.t01.example"_qs, u"old.t01.example"_qs};
        QVERIFY(Models::OrgRepository::upsert(db, org));
        const Models::NewEvidence page{u"http"_qs, u"home page"_qs, "HTTP/1.1 200 OK\r\n", {}};
        QVERIFY(Models::FingerprintRepository::record(
            db, 1,
            {org.id,
             Known,
             u"www.t01.example"_qs,
             {tech(u"Portal"_qs, u"1.5"_qs, u"cpe:2.3:a:example:portal:*:*:*:*:*:*:*:*"_qs, 1),
              tech(u"JsFw"_qs, u"1.0"_qs, u"cpe:2.3:a:example:jsfw:*:*:*:*:*:*:*:*"_qs, 12)},
             page}));
        QVERIFY(Models::FingerprintRepository::record(
            db, 1,
            {org.id,
             Component,
             u"www.t01.example"_qs,
             {Models::Fingerprint{u"jslibrary"_qs, u"jquery"_qs, u"1.8.3"_qs, {}, {}, u"uri /jquery-1.8.3.js"_qs},
              tech(u"JsFw"_qs, u"1.0"_qs, u"cpe:2.3:a:example:jsfw:*:*:*:*:*:*:*:*"_qs, 12)},
             page}));
        // the same platform on a second host, whose finding the auditor ruled a false positive
        QVERIFY(Models::FingerprintRepository::record(
            db, 1,
            {org.id,
             Known,
             u"old.t01.example"_qs,
             {tech(u"Portal"_qs, u"1.2"_qs, u"cpe:2.3:a:example:portal:*:*:*:*:*:*:*:*"_qs, 1)},
             page}));
        Models::NewFinding fp{
            org.id, u"vuln"_qs, Known, u"old.t01.example"_qs, u"old title CVE-2099-0700"_qs, Models::Severity::High,
            {}};
        auto fpId = Models::FindingRepository::record(db, 1, fp);
        QVERIFY(fpId);
        QVERIFY(Models::FindingRepository::setStatus(db, *fpId, Models::FindingStatus::FalsePositive, u"auditor"_qs,
                                                     u"decoy"_qs));

        auto changes = rematch(db, u"feeds1"_qs);
        QVERIFY2(changes, qPrintable(changes.errorMessage()));
        QCOMPARE(changes->size(), 2);
        QHash<QString, Cli::RematchChange> byCheck;
        for (const Cli::RematchChange &ch : *changes) {
            QCOMPARE(ch.kind, Cli::RematchChange::Kind::Added);
            QCOMPARE(ch.target, u"www.t01.example"_qs);
            byCheck.insert(ch.check, ch);
        }
        QCOMPARE(byCheck.value(Known).added, QStringList{u"CVE-2099-0801"_qs}); // not the JS framework's
        QCOMPARE(byCheck.value(Known).feeds, QStringList{u"vuln/a.json"_qs});
        QCOMPARE(byCheck.value(Component).added, QStringList{u"CVE-2099-0803"_qs}); // not the low nor the medium
        auto known = Models::FindingRepository::byId(db, byCheck.value(Known).finding);
        QVERIFY(known);
        QCOMPARE(known->severity, Models::Severity::Critical); // in KEV
        QVERIFY2(known->title.contains(u"Portal 1.5"_qs), qPrintable(known->title));
        auto evidence = Models::FindingRepository::evidence(db, known->id);
        QVERIFY(evidence && evidence->size() == 3); // the re-match, the scan's exchange, the org
        QCOMPARE(status(db, *fpId), u"false_positive"_qs);

        // unchanged feeds: nothing to do
        changes = rematch(db, u"feeds1"_qs);
        QVERIFY(changes && changes->isEmpty());

        // withdrawn: both close, with why; the false positive stays as ruled
        changes = rematch(db, u"feeds2"_qs);
        QVERIFY2(changes, qPrintable(changes.errorMessage()));
        QCOMPARE(changes->size(), 2);
        for (const Cli::RematchChange &ch : *changes) {
            QCOMPARE(ch.kind, Cli::RematchChange::Kind::Closed);
            QCOMPARE(status(db, ch.finding), u"fixed"_qs);
            QVERIFY2(ch.why.contains(u"withdrawn"_qs), qPrintable(ch.why));
        }
        auto history = Models::FindingRepository::history(db, byCheck.value(Known).finding);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->last().who, u"govscope rematch"_qs);
        QVERIFY2(history->last().why.contains(u"CVE-2099-0801"_qs), qPrintable(history->last().why));
        QCOMPARE(status(db, *fpId), u"false_positive"_qs);

        // back again: reopened, not duplicated
        changes = rematch(db, u"feeds1"_qs);
        QVERIFY(changes && changes->size() == 2);
        QCOMPARE(status(db, byCheck.value(Known).finding), u"reopened"_qs);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM findings"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRematcher)
#include "tst_rematcher.moc"
