// The command line of spec/interfaces.md, driven through the real executable: exit statuses,
// messages that name the item at fault, the JSON and CSV shapes, and that failures change nothing.

#include "casefile.h"
#include "casewriter.h"
#include "findingrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope::Models;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run govscope(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kOrgs =
    "id,name,kind,level,role,region,parent,websites,mail_domains,webmail,apps,accounts,authorized\n"
    "A001,示例省人民政府,党政机关,省级,政府,990000,,https://www.sl.gov.cn,sl.gov.cn,,,,是\n"
    "A002,示例省教育厅,party_gov,province,department,990000,A001,"
    "https://jyt.sl.gov.cn;https://jyt-sl.cn,jyt.sl.gov.cn,,,,no\n"
    "B001,示例大学,事业单位,省级,,990000,A002,https://www.slu.edu.cn,,,,,否\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run v = govscope({u"--version"_qs});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("govscope "));
        const Run h = govscope({u"--help"_qs});
        QCOMPARE(h.code, 0);
        for (const char *command : {"import", "orgs", "findings"})
            QVERIFY2(h.out.contains(command), command);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_qs} << u"frobnicate"_qs;
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_qs} << u"--frobnicate"_qs;
        QTest::addRow("import without file") << QStringList{u"import"_qs, u"x.govcase"_qs} << u"missing"_qs;
        QTest::addRow("import bad kind") << QStringList{u"import"_qs, u"x.govcase"_qs, u"y.csv"_qs, u"--as"_qs,
                                                        u"cats"_qs}
                                         << u"cats"_qs;
        QTest::addRow("orgs bad format") << QStringList{u"orgs"_qs, u"x.govcase"_qs, u"--format"_qs, u"xml"_qs}
                                         << u"xml"_qs;
        QTest::addRow("findings bad severity")
            << QStringList{u"findings"_qs, u"x.govcase"_qs, u"--min-severity"_qs, u"dire"_qs} << u"dire"_qs;
        QTest::addRow("extra argument") << QStringList{u"orgs"_qs, u"a"_qs, u"b"_qs} << u"'b'"_qs;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = govscope(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void importThenListOrgs()
    {
        QTemporaryDir dir;
        const QString list = dir.filePath(u"orgs.csv"_qs);
        const QString casePath = dir.filePath(u"省.govcase"_qs);
        writeFile(list, kOrgs);
        Run r = govscope({u"import"_qs, casePath, list});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(casePath));

        r = govscope({u"orgs"_qs, casePath, u"--format"_qs, u"json"_qs});
        QCOMPARE(r.code, 0);
        const QJsonArray orgs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(orgs.size(), 3);
        const QJsonObject a2 = orgs.at(1).toObject();
        QCOMPARE(a2.value(u"id"_qs).toString(), u"A002"_qs);
        QCOMPARE(a2.value(u"name"_qs).toString(), u"示例省教育厅"_qs);
        QCOMPARE(a2.value(u"kind"_qs).toString(), u"party_gov"_qs);
        QCOMPARE(a2.value(u"level"_qs).toString(), u"province"_qs);
        QCOMPARE(a2.value(u"role"_qs).toString(), u"department"_qs);
        QCOMPARE(a2.value(u"parent"_qs).toString(), u"A001"_qs);
        QCOMPARE(a2.value(u"websites"_qs).toArray().size(), 2);
        QVERIFY(a2.value(u"authorized"_qs).isBool());
        QVERIFY(orgs.at(0).toObject().value(u"authorized"_qs).toBool());
        bool hasHost = false;
        for (const QJsonValue &v : a2.value(u"assets"_qs).toArray()) {
            const QJsonObject asset = v.toObject();
            QCOMPARE(asset.value(u"source"_qs).toString(), u"declared"_qs);
            hasHost =
                hasHost || (asset.value(u"type"_qs) == u"host"_qs && asset.value(u"value"_qs) == u"jyt.sl.gov.cn"_qs);
        }
        QVERIFY(hasHost);

        // Re-importing updates by id and never duplicates.
        r = govscope({u"import"_qs, casePath, list});
        QCOMPARE(r.code, 0);
        r = govscope({u"orgs"_qs, casePath, u"--format"_qs, u"csv"_qs});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count("\r\n"), 4); // header + 3 orgs
        QVERIFY(r.out.startsWith("id,name,kind,level,role,region,parent,websites"));
    }

    void failuresNameTheFileAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("text file") << QByteArray("hello, world\n") << u"not a Govscope case"_qs;
        QTest::addRow("newer schema") << QByteArray() << u"newer Govscope"_qs;
    }
    void failuresNameTheFileAndChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"bad.govcase"_qs);
        if (content.isEmpty()) {
            QVERIFY(CaseFile::open(casePath, CaseFile::Mode::CreateIfMissing).ok());
            Connection c(casePath);
            QVERIFY(exec(c.db(), u"PRAGMA user_version = 999"_qs).ok());
        } else {
            writeFile(casePath, content);
        }
        const QByteArray before = sha256Of(casePath);
        for (const QString &command : {u"orgs"_qs, u"findings"_qs}) {
            const Run r = govscope({command, casePath});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(casePath) && r.err.contains(mentions), qPrintable(r.err));
        }
        const QString list = dir.filePath(u"orgs.csv"_qs);
        writeFile(list, kOrgs);
        const Run r = govscope({u"import"_qs, casePath, list});
        QCOMPARE(r.code, 1);
        QCOMPARE(sha256Of(casePath), before);
    }

    void missingCaseIsAnErrorAndNotCreated()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"none.govcase"_qs);
        const Run r = govscope({u"findings"_qs, casePath});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(casePath));
        QVERIFY(!QFile::exists(casePath));
    }

    void unreadableListLeavesNoCase()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"new.govcase"_qs);
        const Run r = govscope({u"import"_qs, casePath, dir.filePath(u"absent.csv"_qs)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"absent.csv"_qs), qPrintable(r.err));
        QVERIFY(!QFile::exists(casePath));
    }

    void findingsFiltersAndShape()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"f.govcase"_qs);
        QVERIFY(CaseFile::open(casePath, CaseFile::Mode::CreateIfMissing).ok());
        {
            CaseWriter writer(casePath);
            const QList<NewFinding> findings = {
                {u"A001"_qs,
                 u"domain"_qs,
                 u"domain.dangling_cname"_qs,
                 u"old.sl.gov.cn"_qs,
                 u"悬空 CNAME：old.sl.gov.cn"_qs,
                 Severity::High,
                 {{u"dns"_qs, u"old.sl.gov.cn CNAME gone.example NXDOMAIN"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"entity"_qs,
                 u"entity.stale_site"_qs,
                 u"https://jyt.sl.gov.cn/"_qs,
                 u"首页最新信息为 60 天前"_qs,
                 Severity::Low,
                 {{u"http"_qs, u"newest item 2026-09-26"_qs, {}, {}}}},
            };
            for (const NewFinding &f : findings)
                writer.submit([f](QSqlDatabase &db) -> Govscope::Status {
                    auto id = FindingRepository::record(db, 1, f);
                    if (!id)
                        return id.error();
                    return Govscope::Done{};
                });
            writer.flushAndWait();
        }
        Run r = govscope({u"findings"_qs, casePath});
        QCOMPARE(r.code, 0);
        QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 2);
        const QJsonObject first = all.at(0).toObject(); // highest severity first
        for (const char *key : {"id", "org", "family", "check", "severity", "status", "target", "title", "first_seen",
                                "last_seen", "evidence"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(u"check"_qs).toString(), u"domain.dangling_cname"_qs);
        QCOMPARE(first.value(u"severity"_qs).toString(), u"high"_qs);
        QCOMPARE(first.value(u"status"_qs).toString(), u"open"_qs);
        QCOMPARE(first.value(u"evidence"_qs).toArray().at(0).toObject().value(u"kind"_qs).toString(), u"dns"_qs);

        r = govscope({u"findings"_qs, casePath, u"--family"_qs, u"entity"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = govscope({u"findings"_qs, casePath, u"--min-severity"_qs, u"medium"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = govscope({u"findings"_qs, casePath, u"--org"_qs, u"A002"_qs, u"--status"_qs, u"open"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = govscope({u"findings"_qs, casePath, u"--status"_qs, u"fixed"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = govscope({u"findings"_qs, casePath, u"--search"_qs, u"CNAME"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = govscope({u"findings"_qs, casePath, u"--format"_qs, u"csv"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("id,org,family,check,severity,status,target,title,first_seen,last_seen,evidence\r\n"));
        QCOMPARE(r.out.count("\r\n"), 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
