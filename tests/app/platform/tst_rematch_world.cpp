// 漏洞准实时匹配 end to end, through the real executable inside the test world: the demo province is scanned
// (vuln, supplychain) with feeds that hold no vulnerability data, then `govscope rematch` runs in a network
// namespace with no interface up (`unshare -n`) against feed directories that add, withdraw and restore
// entries. Each run must print exactly the findings it adds (+), closes (-) or changes (~), and the case
// must then hold those findings, with a status-history entry naming the withdrawn entry.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString SL06 = u"www.sljrj.com.cn"_qs;  // SLCMS 3.2.1: CVE-2099-0001 (in KEV)
const QString SL12 = u"jgswglj.sl.gov.cn"_qs; // Apache 2.2.15: CVE-2099-0002; PHP 5.3.3
const QString Check = u"vuln.known_vulnerability"_qs;

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300'000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run govscope(const QStringList &args)
{
    return run(QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"), args);
}

// No interface up, not even lo: any connection attempt fails at once.
Run offline(const QStringList &args)
{
    return run(u"unshare"_qs, QStringList{u"-n"_qs, QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope")} + args);
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QVERIFY(QFile::copy(src, dst));
    }
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

// The world's NVD file with @p keep of its entries, plus a synthetic CVE-2099-0901 for PHP before 5.4 when
// @p addPhp: one observed product the world's own data says nothing about.
QJsonObject nvdWith(const QStringList &keep, bool addPhp)
{
    QJsonObject doc = readJson(qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS") + u"/vuln/world-nvd.json"_qs);
    QJsonArray kept;
    QJsonObject model;
    for (const QJsonValue &v : doc[u"vulnerabilities"_qs].toArray()) {
        const QString id = v[u"cve"_qs][u"id"_qs].toString();
        if (id == u"CVE-2099-0002"_qs)
            model = v.toObject();
        if (keep.contains(id))
            kept.append(v);
    }
    if (addPhp) {
        QJsonObject cve = model[u"cve"_qs].toObject();
        cve[u"id"_qs] = u"CVE-2099-0901"_qs;
        cve[u"descriptions"_qs] = QJsonArray{
            QJsonObject{{u"lang"_qs, u"en"_qs}, {u"value"_qs, u"Synthetic: PHP before 5.4 (rematch test)."_qs}}};
        const QJsonObject match{{u"vulnerable"_qs, true},
                                {u"criteria"_qs, u"cpe:2.3:a:php:php:*:*:*:*:*:*:*:*"_qs},
                                {u"versionEndExcluding"_qs, u"5.4.0"_qs}};
        cve[u"configurations"_qs] = QJsonArray{QJsonObject{
            {u"nodes"_qs, QJsonArray{QJsonObject{{u"operator"_qs, u"OR"_qs}, {u"cpeMatch"_qs, QJsonArray{match}}}}}}};
        kept.append(QJsonObject{{u"cve"_qs, cve}});
    }
    doc[u"vulnerabilities"_qs] = kept;
    doc[u"totalResults"_qs] = kept.size();
    return doc;
}

// A copy of the world's feeds whose vuln/ holds @p nvd (and the world's KEV when @p kev).
QString feedsDir(const QTemporaryDir &root, const QString &name, const std::optional<QJsonObject> &nvd, bool kev)
{
    const QString dir = root.filePath(name);
    copyTree(qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS"), dir);
    QFile::remove(dir + u"/vuln/world-nvd.json"_qs);
    if (!kev)
        QFile::remove(dir + u"/vuln/kev.json"_qs);
    if (nvd)
        writeJson(dir + u"/vuln/world-nvd.json"_qs, *nvd);
    return dir;
}

// "+ 17 vuln.known_vulnerability host  …" → "+ vuln.known_vulnerability host"; the id goes to @p ids.
QStringList changeLines(const QString &out, QHash<QString, qint64> *ids = nullptr)
{
    QStringList lines;
    static const QRegularExpression re(u"^([+~-]) (\\d+) (\\S+) (\\S+)  (.+)$"_qs);
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const auto m = re.match(line);
        if (!m.hasMatch()) {
            lines << u"unparsed: "_qs + line;
            continue;
        }
        lines << m.captured(1) + u' ' + m.captured(3) + u' ' + m.captured(4);
        if (ids)
            ids->insert(m.captured(4), m.captured(2).toLongLong());
    }
    lines.sort();
    return lines;
}

// target → (status, severity, title) of the known-vulnerability findings.
QHash<QString, QStringList> knownVulnFindings(const QString &casePath)
{
    const Run listed = govscope({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
    QHash<QString, QStringList> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        if (v[u"check"_qs].toString() == Check)
            out.insert(v[u"target"_qs].toString(),
                       {v[u"status"_qs].toString(), v[u"severity"_qs].toString(), v[u"title"_qs].toString()});
    return out;
}

} // namespace

class TestRematchWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The "done when": scanned without NVD and KEV, the full feeds then name both known-vulnerability
    // findings of the world, and withdrawing the data closes both — with the network gone.
    void fullFeedsAddThenWithdrawalCloses()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD_FEEDS"), "run inside tests/world");
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(u"data"_qs).toUtf8());
        const QString casePath = dir.filePath(u"full.govcase"_qs);
        for (const char *list : {"orgs", "apps", "accounts", "leads"}) {
            const Run imported =
                govscope({u"import"_qs, casePath,
                          QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/%1.csv").arg(QLatin1String(list)),
                          u"--as"_qs, QLatin1String(list)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QString bare = feedsDir(dir, u"bare"_qs, std::nullopt, false);
        const Run scan = govscope(
            {u"scan"_qs, casePath, u"--family"_qs, u"vuln,supplychain"_qs, u"--feeds"_qs, bare, u"--allow-private"_qs});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
        QVERIFY(knownVulnFindings(casePath).isEmpty());

        Run r = offline({u"rematch"_qs, casePath, u"--feeds"_qs, qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(changeLines(r.out),
                 (QStringList{u"+ vuln.known_vulnerability "_qs + SL12, u"+ vuln.known_vulnerability "_qs + SL06}));
        QVERIFY2(r.out.contains(u"CVE-2099-0001"_qs) && r.out.contains(u"CVE-2099-0002"_qs), qPrintable(r.out));
        auto found = knownVulnFindings(casePath);
        // the same verdicts as a scan with the full feeds (tests/app/demo: SL06 critical by KEV, SL12 high)
        QCOMPARE(found.value(SL06).mid(0, 2), (QStringList{u"open"_qs, u"critical"_qs}));
        QCOMPARE(found.value(SL12).mid(0, 2), (QStringList{u"open"_qs, u"high"_qs}));

        r = offline({u"rematch"_qs, casePath, u"--feeds"_qs, bare});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(changeLines(r.out),
                 (QStringList{u"- vuln.known_vulnerability "_qs + SL12, u"- vuln.known_vulnerability "_qs + SL06}));
        QVERIFY2(r.out.contains(u"vuln/world-nvd.json (removed)"_qs), qPrintable(r.out));
        found = knownVulnFindings(casePath);
        QCOMPARE(found.value(SL06).value(0), u"fixed"_qs);
        QCOMPARE(found.value(SL12).value(0), u"fixed"_qs);
    }

    void rematchAddsAndClosesWithoutNetwork()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD_FEEDS"), "run inside tests/world");
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(u"data"_qs).toUtf8()); // no installed feeds of the machine's user
        const QString casePath = dir.filePath(u"demo.govcase"_qs);
        for (const char *list : {"orgs", "apps", "accounts", "leads"}) {
            const Run imported =
                govscope({u"import"_qs, casePath,
                          QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/%1.csv").arg(QLatin1String(list)),
                          u"--as"_qs, QLatin1String(list)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        // the scan sees the products but has no vulnerability data to match them with: the world's feeds without
        // vuln/, installed with `feeds import` into the data directory that a scan without --feeds reads
        const QString bare = feedsDir(dir, u"bare"_qs, std::nullopt, false);
        const Run installed = govscope({u"feeds"_qs, u"import"_qs, bare});
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.err));
        const Run scan =
            govscope({u"scan"_qs, casePath, u"--family"_qs, u"vuln,supplychain"_qs, u"--allow-private"_qs});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
        QVERIFY(knownVulnFindings(casePath).isEmpty());
        {
            // the scan recorded the installed feed versions it used
            QFile f(bare + u"/fingerprints/world.json"_qs);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"feeds"_qs);
            db.setDatabaseName(casePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT sha256 FROM scan_feeds WHERE path = 'fingerprints/world.json'"_qs) && q.next());
            QCOMPARE(q.value(0).toString(), sha);
            QVERIFY(q.exec(u"SELECT count(*) FROM scan_feeds WHERE path LIKE 'vuln/%'"_qs) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"feeds"_qs);

        // the network really is gone for the rematch runs
        const Run probe =
            run(u"unshare"_qs, {u"-n"_qs, u"curl"_qs, u"-sS"_qs, u"-m"_qs, u"3"_qs, u"https://www.sl.gov.cn/"_qs});
        QVERIFY(probe.exitCode != 0);

        // 1. the world's CVE-2099-0001 (SLCMS, known exploited) arrives: SL06's finding appears
        const QString first = feedsDir(dir, u"first"_qs, nvdWith({u"CVE-2099-0001"_qs}, false), true);
        Run r = offline({u"rematch"_qs, casePath, u"--feeds"_qs, first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QHash<QString, qint64> ids;
        QCOMPARE(changeLines(r.out, &ids), QStringList{u"+ vuln.known_vulnerability "_qs + SL06});
        QVERIFY2(r.out.contains(u"CVE-2099-0001"_qs) && r.out.contains(u"vuln/world-nvd.json"_qs), qPrintable(r.out));
        auto found = knownVulnFindings(casePath);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.value(SL06).mid(0, 2), (QStringList{u"open"_qs, u"critical"_qs}));

        // 2. a synthetic CVE for the PHP that SL12 runs is added, CVE-2099-0001 withdrawn
        const QString second = feedsDir(dir, u"second"_qs, nvdWith({u"CVE-2099-0002"_qs}, true), true);
        r = offline({u"rematch"_qs, casePath, u"--feeds"_qs, second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(changeLines(r.out, &ids),
                 (QStringList{u"+ vuln.known_vulnerability "_qs + SL12, u"- vuln.known_vulnerability "_qs + SL06}));
        QVERIFY2(r.out.contains(u"CVE-2099-0901"_qs), qPrintable(r.out));
        // the closing line names the withdrawn entry and the feed file whose new version lacks it
        QVERIFY2(r.out.contains(u"withdrawn: CVE-2099-0001; feed: vuln/world-nvd.json (changed)"_qs),
                 qPrintable(r.out));
        found = knownVulnFindings(casePath);
        QCOMPARE(found.value(SL06).value(0), u"fixed"_qs);
        QCOMPARE(found.value(SL12).value(0), u"open"_qs);
        QVERIFY2(found.value(SL12).value(2).contains(u"CVE-2099-0901"_qs) &&
                     found.value(SL12).value(2).contains(u"CVE-2099-0002"_qs),
                 qPrintable(found.value(SL12).value(2)));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
            db.setDatabaseName(casePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT status, who, why FROM finding_status_history WHERE finding = %1 ORDER BY id DESC "
                           "LIMIT 1"_qs.arg(ids.value(SL06))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"fixed"_qs);
            QCOMPARE(q.value(1).toString(), u"govscope rematch"_qs);
            const QString why = q.value(2).toString();
            QVERIFY2(why.contains(u"withdrawn"_qs) && why.contains(u"CVE-2099-0001"_qs) &&
                         why.contains(u"SLCMS 3.2.1"_qs),
                     qPrintable(why));
            QVERIFY(q.exec(u"SELECT count(*) FROM observations"_qs) && q.next());
            QVERIFY(q.value(0).toInt() > 0);
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_qs);

        // 3. the world's own data again: SL06 reopens, SL12 loses the synthetic entry
        r = offline({u"rematch"_qs, casePath, u"--feeds"_qs, qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(changeLines(r.out),
                 (QStringList{u"+ vuln.known_vulnerability "_qs + SL06, u"~ vuln.known_vulnerability "_qs + SL12}));
        found = knownVulnFindings(casePath);
        QCOMPARE(found.value(SL06).mid(0, 2), (QStringList{u"reopened"_qs, u"critical"_qs}));
        QCOMPARE(found.value(SL12).mid(0, 2), (QStringList{u"open"_qs, u"high"_qs}));
        QVERIFY(!found.value(SL12).value(2).contains(u"CVE-2099-0901"_qs));

        // 4. nothing changed since: nothing to say
        r = offline({u"rematch"_qs, casePath, u"--feeds"_qs, qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestRematchWorld)
#include "tst_rematch_world.moc"
