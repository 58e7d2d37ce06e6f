// `govscope report` and `govscope verify` as a person or a script runs them: the real executable.

#include "manifest.h"
#include "reportfixture.h"
#include "ziptools.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Govscope::Tests::ReportFixture;

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_case;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    struct Run
    {
        int code = -1;
        QString out, err;
    };

    Run govscope(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"GOVSCOPE_KEY_PASSPHRASE"_qs);
        e.remove(u"GOVSCOPE_PKCS12_PASSPHRASE"_qs);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/bin/govscope"_qs, args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = path(u"cli.govcase"_qs);
        const QString failure = ReportFixture::create(m_case);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no out") << QStringList{u"report"_qs, m_case};
        QTest::addRow("bad lang") << QStringList{u"report"_qs,      m_case,       u"--out"_qs,
                                                 path(u"a.zip"_qs), u"--lang"_qs, u"fr"_qs};
        QTest::addRow("key without cert")
            << QStringList{u"report"_qs, m_case, u"--out"_qs, path(u"a.zip"_qs), u"--key"_qs, u"k.pem"_qs};
        QTest::addRow("key and pkcs12") << QStringList{u"report"_qs,   m_case,  u"--out"_qs,  path(u"a.zip"_qs),
                                                       u"--key"_qs,    u"k"_qs, u"--cert"_qs, u"c"_qs,
                                                       u"--pkcs12"_qs, u"p"_qs};
        QTest::addRow("verify nothing") << QStringList{u"verify"_qs};
        QTest::addRow("verify two files") << QStringList{u"verify"_qs, u"a.zip"_qs, u"b.zip"_qs};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = govscope(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"usage:"_qs));
    }

    void signedRoundTrip()
    {
        const QMap<QString, QString> env{{u"GOVSCOPE_KEY_PASSPHRASE"_qs, u"cli-passphrase"_qs}};
        Run r = govscope({u"report"_qs, u"--new-key"_qs, path(u"me.key"_qs), u"--new-cert"_qs, path(u"me.pem"_qs),
                          u"--subject"_qs, u"CN=王审计,O=示例省网信办,C=CN"_qs, u"--key-type"_qs, u"rsa"_qs},
                         env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path(u"me.key"_qs)));

        const QString zip = path(u"signed.zip"_qs);
        r = govscope({u"report"_qs, m_case, u"--out"_qs, zip, u"--org"_qs, u"A001,A002"_qs, u"--key"_qs,
                      path(u"me.key"_qs), u"--cert"_qs, path(u"me.pem"_qs), u"--auditor"_qs, u"王审计"_qs},
                     env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"signed by"_qs));
        QVERIFY(r.out.contains(u"2 organisations"_qs));

        // Without a CA the signature is valid but the signer only a claim: exit 3, with the fingerprint.
        r = govscope({u"verify"_qs, zip});
        QVERIFY2(r.code == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"signed by C=CN,O=示例省网信办,CN=王审计, not checked against a CA"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"the signer is NOT verified"_qs), qPrintable(r.out));
        QVERIFY2(
            QRegularExpression(u"signing certificate SHA-256 ([0-9a-f]{2}:){31}[0-9a-f]{2}"_qs).match(r.out).hasMatch(),
            qPrintable(r.out));
        r = govscope({u"verify"_qs, zip, u"--ca"_qs, path(u"me.pem"_qs)});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // findings.json is what `govscope findings --format json` prints for the same scope.
        Run findings = govscope({u"findings"_qs, m_case, u"--format"_qs, u"json"_qs});
        QCOMPARE(findings.code, 0);
        const QByteArray inBundle = Govscope::Testing::entry(Govscope::Testing::readZip(zip), u"findings.json"_qs);
        QVERIFY(!inBundle.isEmpty());
        QVERIFY(findings.out.contains(u"false_positive"_qs));
        QVERIFY(!inBundle.contains("false_positive"));

        // Tampered: one byte of one file.
        Govscope::Testing::ZipEntries entries = Govscope::Testing::readZip(zip);
        for (auto &e : entries)
            if (e.first == u"report.html"_qs)
                e.second[100] = char(e.second[100] ^ 1);
        QVERIFY(Govscope::Testing::writeZip(path(u"tampered.zip"_qs), entries));
        r = govscope({u"verify"_qs, path(u"tampered.zip"_qs)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"report.html: contents changed"_qs));
    }

    void reSignedBundleIsNotTakenForTheAuditors()
    {
        // Someone changes report.html, rewrites the manifest and signs it with a certificate they made: every
        // file then matches and the signature is valid, so only the signer tells the forgery apart.
        const QMap<QString, QString> env{{u"GOVSCOPE_KEY_PASSPHRASE"_qs, u"auditor-pass"_qs}};
        QVERIFY(govscope({u"report"_qs, u"--new-key"_qs, path(u"aud.key"_qs), u"--new-cert"_qs, path(u"aud.pem"_qs),
                          u"--subject"_qs, u"CN=审计员,O=示例省网信办,C=CN"_qs},
                         env)
                    .code == 0);
        const QString zip = path(u"genuine.zip"_qs);
        Run r = govscope({u"report"_qs, m_case, u"--out"_qs, zip, u"--key"_qs, path(u"aud.key"_qs), u"--cert"_qs,
                          path(u"aud.pem"_qs)},
                         env);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QProcess openssl;
        openssl.start(u"openssl"_qs,
                      {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs,
                       u"-nodes"_qs, u"-subj"_qs, u"/CN=forger"_qs, u"-days"_qs, u"30"_qs, u"-keyout"_qs,
                       path(u"forger.key"_qs), u"-out"_qs, path(u"forger.pem"_qs)});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        Govscope::Testing::ZipEntries entries = Govscope::Testing::readZip(zip);
        QList<Govscope::Report::ManifestEntry> manifest;
        for (auto &e : entries) {
            if (e.first == u"report.html"_qs)
                e.second.replace("</body>", "<p>altered</p></body>");
            if (e.first != u"manifest.json"_qs && e.first != u"manifest.json.p7s"_qs)
                manifest << Govscope::Report::Manifest::entryFor(e.first, e.second);
        }
        const QByteArray manifestJson = Govscope::Report::Manifest::toJson(manifest);
        {
            QFile f(path(u"forged-manifest.json"_qs));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(manifestJson);
        }
        openssl.start(u"openssl"_qs, {u"cms"_qs, u"-sign"_qs, u"-binary"_qs, u"-outform"_qs, u"DER"_qs, u"-in"_qs,
                                      path(u"forged-manifest.json"_qs), u"-signer"_qs, path(u"forger.pem"_qs),
                                      u"-inkey"_qs, path(u"forger.key"_qs), u"-out"_qs, path(u"forged.p7s"_qs)});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile p7s(path(u"forged.p7s"_qs));
        QVERIFY(p7s.open(QIODevice::ReadOnly));
        const QByteArray signature = p7s.readAll();
        for (auto &e : entries) {
            if (e.first == u"manifest.json"_qs)
                e.second = manifestJson;
            if (e.first == u"manifest.json.p7s"_qs)
                e.second = signature;
        }
        const QString forged = path(u"forged.zip"_qs);
        QVERIFY(Govscope::Testing::writeZip(forged, entries));

        r = govscope({u"verify"_qs, forged});
        QVERIFY2(r.code == 3, qPrintable(r.out + r.err)); // intact and validly signed, by an unverified signer
        QVERIFY2(r.out.contains(u"signed by CN=forger, not checked against a CA"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"NOT verified"_qs), qPrintable(r.out));
        r = govscope({u"verify"_qs, forged, u"--ca"_qs, path(u"aud.pem"_qs)});
        QCOMPARE(r.code, 1);
        r = govscope({u"verify"_qs, zip, u"--ca"_qs, path(u"aud.pem"_qs)});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void unsignedBundleDoesNotVerify()
    {
        const QString zip = path(u"unsigned.zip"_qs);
        Run r = govscope({u"report"_qs, m_case, u"--out"_qs, zip, u"--lang"_qs, u"en"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"unsigned"_qs));
        r = govscope({u"verify"_qs, zip});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"not signed"_qs));
    }

    void wrongPassphraseOnTheCommandLine()
    {
        const QMap<QString, QString> env{{u"GOVSCOPE_KEY_PASSPHRASE"_qs, u"right"_qs}};
        QVERIFY(govscope({u"report"_qs, u"--new-key"_qs, path(u"p.key"_qs), u"--new-cert"_qs, path(u"p.pem"_qs),
                          u"--subject"_qs, u"CN=p"_qs},
                         env)
                    .code == 0);
        const Run r = govscope({u"report"_qs, m_case, u"--out"_qs, path(u"p.zip"_qs), u"--key"_qs, path(u"p.key"_qs),
                                u"--cert"_qs, path(u"p.pem"_qs)},
                               {{u"GOVSCOPE_KEY_PASSPHRASE"_qs, u"wrong"_qs}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"wrong passphrase"_qs) && r.err.contains(u"GOVSCOPE_KEY_PASSPHRASE"_qs),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(path(u"p.zip"_qs)));
    }

    void failedWriteKeepsTheOldBundleAndLeavesNoTemp()
    {
        // A file-size limit makes the ZIP write fail half-way (EFBIG; SIGXFSZ ignored so the program sees it).
        const QString folder = path(u"limited"_qs);
        QVERIFY(QDir().mkpath(folder));
        const QString zip = folder + u"/report.zip"_qs;
        {
            QFile old(zip);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous bundle");
        }
        QProcess p;
        p.start(u"bash"_qs, {u"-c"_qs, u"trap '' XFSZ; ulimit -f 64; exec \"$0\" report \"$1\" --out \"$2\""_qs,
                             QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/bin/govscope"_qs, m_case, zip});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(zip), qPrintable(err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.zip"_qs});
        QFile old(zip);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous bundle"));
    }

    void verifyNamesAMissingFile()
    {
        const Run r = govscope({u"verify"_qs, path(u"nothing-here.zip"_qs)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no such file"_qs));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
