// The real `govscope scan --family counterfeit` on the demo case inside the test world (issue 11, "Done
// when"): every counterfeit *site* finding carries the candidate's and the original's screenshots as PNG
// blobs (URL and capture time in the summary), and no blank capture stands behind a finding (a blank page
// never scores as similar; the threshold is above 0.5). GOVSCOPE_SCAN_BINARY may point at another build.

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run govscope(const QString &program, const QStringList &args)
{
    QProcess p;
    // An ASan build (GOVSCOPE_SCAN_BINARY in scripts/test.sh): Qt WebEngine's uninstrumented Chromium leaks
    // at exit, which LeakSanitizer would turn into exit 1 (tests/app/fullscan does the same).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"ASAN_OPTIONS"_qs))
        env.insert(u"ASAN_OPTIONS"_qs, u"detect_leaks=0:abort_on_error=1"_qs);
    if (!env.contains(u"UBSAN_OPTIONS"_qs))
        env.insert(u"UBSAN_OPTIONS"_qs, u"print_stacktrace=1:halt_on_error=1"_qs);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(600'000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QString plainBinary()
{
    return QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope");
}

QString scanBinary()
{
    const QString override = qEnvironmentVariable("GOVSCOPE_SCAN_BINARY");
    return override.isEmpty() ? plainBinary() : override;
}

/// More than one colour in the image: the capture shows a page, not an empty canvas.
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

class TestCounterfeitScreenshotsWorld : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QJsonArray findings;

private Q_SLOTS:
    void initTestCase()
    {
        const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
        QVERIFY2(!feeds.isEmpty(), "run inside tests/world (GOVSCOPE_WORLD_FEEDS is not set)");
        const QString casePath = dir.filePath(u"demo.govcase"_qs);
        for (const char *list : {"orgs", "apps", "accounts", "leads"}) {
            const Run imported = govscope(
                plainBinary(), {u"import"_qs, casePath,
                                QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/%1.csv").arg(QLatin1String(list)),
                                u"--as"_qs, QLatin1String(list)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const Run scan = govscope(scanBinary(), {u"scan"_qs, casePath, u"--family"_qs, u"counterfeit"_qs, u"--feeds"_qs,
                                                 feeds, u"--allow-private"_qs});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
        const Run listed = govscope(plainBinary(), {u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        findings = QJsonDocument::fromJson(listed.out).array();

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"case"_qs);
        db.setDatabaseName(casePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        QVERIFY2(db.open(), qPrintable(casePath));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(u"case"_qs).close();
        QSqlDatabase::removeDatabase(u"case"_qs);
    }

    void everySiteFindingShowsCandidateAndOriginal()
    {
        const QRegularExpression url(u"(https?://[^\\s,()]+)"_qs);
        const QRegularExpression captureTime(u"\\b\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\b"_qs);
        int siteFindings = 0;
        for (const QJsonValue &v : std::as_const(findings)) {
            const QJsonObject f = v.toObject();
            const QString check = f[u"check"_qs].toString();
            if (check != u"counterfeit.lookalike_site"_qs && check != u"counterfeit.impostor_markers"_qs)
                continue;
            ++siteFindings;
            const QString target = f[u"target"_qs].toString();
            QStringList hosts; // the host each PNG screenshot shows
            for (const QJsonValue &ev : f[u"evidence"_qs].toArray()) {
                const QJsonObject e = ev.toObject();
                if (e[u"kind"_qs].toString() != u"screenshot"_qs)
                    continue;
                const QString summary = e[u"summary"_qs].toString();
                const QString what = target + u": "_qs + summary;
                QCOMPARE(e[u"mime"_qs].toString(), u"image/png"_qs);
                const QString sha = e[u"sha256"_qs].toString();
                QVERIFY2(sha.size() == 64, qPrintable(what));
                const auto m = url.match(summary);
                QVERIFY2(m.hasMatch(), qPrintable(what));
                QVERIFY2(captureTime.match(summary).hasMatch(), qPrintable(what));
                QVERIFY2(!summary.contains(u"blank"_qs) && !summary.contains(u"空白"_qs), qPrintable(what));

                QSqlQuery q(QSqlDatabase::database(u"case"_qs));
                q.prepare(u"SELECT data FROM blobs WHERE sha256 = ?"_qs);
                q.addBindValue(sha);
                QVERIFY2(q.exec() && q.next(), qPrintable(u"no blob for "_qs + what));
                const QByteArray png = q.value(0).toByteArray();
                QVERIFY2(png.startsWith("\x89PNG\r\n\x1a\n"), qPrintable(what));
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()), sha);
                const QImage image = QImage::fromData(png, "PNG");
                QVERIFY2(!image.isNull(), qPrintable(what));
                QCOMPARE(image.size(), QSize(1366, 768));
                QVERIFY2(hasContent(image), qPrintable(u"a blank capture stands behind "_qs + what));
                hosts << QUrl(m.captured(1)).host();
            }
            QVERIFY2(hosts.size() >= 2, qPrintable(target + u": fewer than two PNG screenshots"_qs));
            QVERIFY2(hosts.contains(target), qPrintable(target + u": no screenshot of the candidate"_qs));
            QVERIFY2(std::any_of(hosts.cbegin(), hosts.cend(), [&](const QString &h) { return h != target; }),
                     qPrintable(target + u": no screenshot of the original"_qs));
        }
        QVERIFY2(siteFindings >= 2, "the demo plants two counterfeit sites"); // tests/world/README.md
    }
};

QTEST_GUILESS_MAIN(TestCounterfeitScreenshotsWorld)
#include "tst_counterfeitscreenshots_world.moc"
