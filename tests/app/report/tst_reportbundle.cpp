// The report bundle end to end through the library: content, PDF, signing, verification, tampering, failures.

#include "bundleverifier.h"
#include "checkcatalogue.h"
#include "manifest.h"
#include "reportfixture.h"
#include "reportgenerator.h"
#include "signingidentity.h"
#include "ziptools.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Report;
using Govscope::Tests::ReportFixture;

class TestReportBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_case;
    QString m_signedZip;  // zh, RSA key from the test CA, encrypted PEM
    QString m_englishZip; // en, unsigned
    Testing::ZipEntries m_signed;
    QByteArray m_passphrase = "口令-secret-1";

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return false;
        const QByteArray text = p.readAll();
        if (output)
            *output = text;
        if (p.exitCode() != 0)
            qWarning().noquote() << program << args.join(u' ') << "->" << p.exitCode() << text;
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    bool openssl(const QStringList &args) { return run(u"openssl"_qs, args); }

    ReportOptions options(const QString &out, Language language = Language::Chinese) const
    {
        ReportOptions o;
        o.casePath = m_case;
        o.outPath = out;
        o.language = language;
        o.auditor = u"张审计"_qs;
        return o;
    }

    ReportOptions signedOptions(const QString &out) const
    {
        ReportOptions o = options(out);
        o.signing.keyPem = path(u"signer.key"_qs);
        o.signing.certPem = path(u"signer.pem"_qs);
        o.signing.passphrase = m_passphrase;
        return o;
    }

    QString html() const { return QString::fromUtf8(Testing::entry(m_signed, u"report.html"_qs)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = path(u"示例.govcase"_qs);
        const QString failure = ReportFixture::create(m_case);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        // A CA and a signer it certifies, with the openssl tool, as a recipient's PKI would.
        QVERIFY(openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-keyout"_qs,
                         path(u"ca.key"_qs), u"-out"_qs, path(u"ca.pem"_qs), u"-subj"_qs, u"/CN=Govscope Test CA"_qs,
                         u"-days"_qs, u"30"_qs}));
        QVERIFY(openssl({u"req"_qs, u"-utf8"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-keyout"_qs, path(u"signer.key"_qs),
                         u"-passout"_qs, u"pass:"_qs + QString::fromUtf8(m_passphrase), u"-out"_qs,
                         path(u"signer.csr"_qs), u"-subj"_qs, u"/CN=审计员张三/O=示例省网信办"_qs}));
        QVERIFY(openssl({u"x509"_qs, u"-req"_qs, u"-in"_qs, path(u"signer.csr"_qs), u"-CA"_qs, path(u"ca.pem"_qs),
                         u"-CAkey"_qs, path(u"ca.key"_qs), u"-CAcreateserial"_qs, u"-out"_qs, path(u"signer.pem"_qs),
                         u"-days"_qs, u"30"_qs}));

        m_signedZip = path(u"signed.zip"_qs);
        auto made = ReportGenerator::run(signedOptions(m_signedZip));
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        QCOMPARE(made->signer.contains(u"审计员张三"_qs), true);
        m_signed = Testing::readZip(m_signedZip);
        QVERIFY(!m_signed.isEmpty());

        m_englishZip = path(u"english.zip"_qs);
        auto english = ReportGenerator::run(options(m_englishZip, Language::English));
        QVERIFY2(english.ok(), qPrintable(english.errorMessage()));
    }

    void bundleHoldsTheFilesOfTheSpec()
    {
        QStringList names;
        for (const auto &e : m_signed)
            names << e.first;
        for (const QString &name :
             {u"report.pdf"_qs, u"report.html"_qs, u"findings.json"_qs, u"manifest.json"_qs, u"manifest.json.p7s"_qs})
            QVERIFY2(names.contains(name), qPrintable(name));
        // Three distinct screenshots and one HTTP exchange are cited.
        QCOMPARE(names.filter(u"evidence/"_qs).size(), 4);
        QCOMPARE(names.filter(QRegularExpression(u"^evidence/[0-9a-f]{64}\\.png$"_qs)).size(), 3);
        QCOMPARE(names.filter(QRegularExpression(u"^evidence/[0-9a-f]{64}\\.txt$"_qs)).size(), 1);
        auto manifest = Manifest::parse(Testing::entry(m_signed, u"manifest.json"_qs));
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->size(), names.size() - 2);
    }

    void everySectionIsPresent()
    {
        const QString text = html();
        for (const QString &expected :
             {u"互联网政务应用安全检查报告"_qs, u"检查人员"_qs, u"张审计"_qs, u"检查期间"_qs, u"一、总体情况"_qs,
              u"二、各单位问题统计"_qs, u"三、各单位问题及整改要求"_qs, u"四、附录：检查方法与数据"_qs,
              u"示例省大数据管理局"_qs, u"示例市第一人民医院"_qs, u"示例县教育局"_qs,
              u"本次检查未发现该单位存在问题"_qs, u"仿冒页面："_qs, u"原网站："_qs, u"整改要求："_qs,
              u"《互联网政务应用安全管理规定》"_qs, u"old.dsj.example.gov.cn"_qs,
              QString::fromLatin1(ReportFixture::kFeedSha), u"data:image/png;base64,"_qs})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // Advice and titles come from the check catalogue.
        const Models::CheckMeta *meta = Models::CheckCatalogue::find(u"counterfeit.lookalike_site"_qs);
        QVERIFY(meta);
        QVERIFY(text.contains(meta->titleZh.toHtmlEscaped()));
        QVERIFY(text.contains(meta->adviceZh.toHtmlEscaped()));
        // The trend: the plaintext-mail finding was fixed in scan 2.
        QVERIFY(text.contains(u"已整改"_qs));
        // Each cited evidence image is referenced relatively and present in the bundle.
        const QRegularExpression img(u"<img src=\"(evidence/[0-9a-f]{64}\\.png)\""_qs);
        int images = 0;
        for (auto it = img.globalMatch(text); it.hasNext();) {
            const QString file = it.next().captured(1);
            QVERIFY2(!Testing::entry(m_signed, file).isEmpty(), qPrintable(file));
            ++images;
        }
        QCOMPARE(images, 3);
    }

    void falsePositivesAreLeftOutAndCounted()
    {
        const QString text = html();
        QVERIFY(!text.contains(QString::fromUtf8(ReportFixture::kFalsePositiveTitle)));
        QVERIFY(text.contains(u"已排除误报 1 项"_qs));
        const QJsonArray findings = QJsonDocument::fromJson(Testing::entry(m_signed, u"findings.json"_qs)).array();
        QCOMPARE(findings.size(), 6); // 7 recorded over two scans, 1 false positive
        for (const QJsonValue &v : findings) {
            QVERIFY(v.toObject().value(u"status"_qs).toString() != u"false_positive"_qs);
            for (const char *key : {"id", "org", "family", "check", "severity", "status", "target", "title",
                                    "first_seen", "last_seen", "evidence"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
        QCOMPARE(findings.first().toObject().value(u"severity"_qs).toString(), u"critical"_qs);
    }

    void personalDataIsMasked()
    {
        for (const QString &file : {u"report.html"_qs, u"findings.json"_qs}) {
            const QString text = QString::fromUtf8(Testing::entry(m_signed, file));
            QVERIFY2(!text.contains(QLatin1String(ReportFixture::kRawIdNumber)), qPrintable(file));
            QVERIFY2(!text.contains(QLatin1String(ReportFixture::kRawMobile)), qPrintable(file));
            QVERIFY2(text.contains(u"110101********1234"_qs), qPrintable(file));
            QVERIFY2(text.contains(u"138****5678"_qs), qPrintable(file));
        }
    }

    void englishReportIsInEnglish()
    {
        const Testing::ZipEntries zip = Testing::readZip(m_englishZip);
        const QString text = QString::fromUtf8(Testing::entry(zip, u"report.html"_qs));
        for (const QString &expected : {u"Executive summary"_qs, u"Findings and required rectification"_qs,
                                        u"Legal basis: "_qs, u"Rectification required: "_qs, u"Article"_qs,
                                        u"Appendix: method and feeds"_qs, u"false positives left out: 1"_qs})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const QString &absent : {u"依据"_qs, u"整改要求"_qs, u"总体情况"_qs, u"第五条"_qs, u"已排除误报"_qs})
            QVERIFY2(!text.contains(absent), qPrintable(absent));
        QVERIFY(Testing::entry(zip, u"manifest.json.p7s"_qs).isEmpty()); // unsigned: no signature file
    }

    void pdfHasChineseTextAndPages()
    {
        // Kept in the build folder with the page images, for a person to look at.
        const QString pages = QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/report-pages"_qs;
        QDir(pages).removeRecursively();
        QVERIFY(QDir().mkpath(pages));
        const QString pdf = pages + u"/report.pdf"_qs;
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Testing::entry(m_signed, u"report.pdf"_qs));
        file.close();
        QByteArray text;
        QVERIFY(run(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs}, &text));
        // The text must come out as the ideographs a reader searches for, not Kangxi radicals (see
        // kPdfFontFamily in app/report/pdfrenderer.cpp).
        // pdftotext may drop the narrow spaces between CJK characters, so compare without spaces.
        QString s = QString::fromUtf8(text);
        QVERIFY2(!s.contains(QChar(0x2F79)) && !s.contains(QChar(0x2EDA)), "radical code points in the PDF text");
        s.remove(u' ');
        for (const QString &expected : {u"互联网政务应用安全检查报告"_qs, u"示例省大数据管理局"_qs, u"总体情况"_qs,
                                        u"整改要求"_qs, u"第 1 页"_qs, u"110101********1234"_qs})
            QVERIFY2(s.contains(QString(expected).remove(u' ')), qPrintable(expected));
        QVERIFY(!s.contains(QString::fromUtf8(ReportFixture::kFalsePositiveTitle).remove(u' ')));
        QByteArray fonts;
        QVERIFY(run(u"pdffonts"_qs, {pdf}, &fonts));
        QVERIFY2(fonts.contains("ZenHei") || fonts.contains("Zen Hei"), fonts.constData());
        QVERIFY(run(u"pdftoppm"_qs, {u"-png"_qs, u"-r"_qs, u"60"_qs, pdf, pages + u"/page"_qs}));
        QVERIFY(QDir(pages).entryList({u"page-*.png"_qs}).size() >= 5);
    }

    void signedBundleVerifies()
    {
        const Verification withoutCa = BundleVerifier::verify(m_signedZip, {});
        QVERIFY2(withoutCa.ok(), qPrintable(withoutCa.problems.join(u'\n')));
        QVERIFY(!withoutCa.chainChecked);
        QVERIFY(withoutCa.signer.contains(u"CN=审计员张三"_qs));
        const Verification withCa = BundleVerifier::verify(m_signedZip, path(u"ca.pem"_qs));
        QVERIFY2(withCa.ok(), qPrintable(withCa.problems.join(u'\n')));
        QVERIFY(withCa.chainChecked);
    }

    void opensslAcceptsTheBundle()
    {
        const QString dir = path(u"extracted"_qs);
        QDir().mkpath(dir);
        for (const QString &name : {u"manifest.json"_qs, u"manifest.json.p7s"_qs}) {
            QFile f(dir + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Testing::entry(m_signed, name));
        }
        QVERIFY(openssl({u"cms"_qs, u"-verify"_qs, u"-binary"_qs, u"-inform"_qs, u"DER"_qs, u"-in"_qs,
                         dir + u"/manifest.json.p7s"_qs, u"-content"_qs, dir + u"/manifest.json"_qs, u"-CAfile"_qs,
                         path(u"ca.pem"_qs), u"-out"_qs, u"/dev/null"_qs}));
        // And rejects it against another CA.
        QVERIFY(openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs,
                         u"-nodes"_qs, u"-keyout"_qs, path(u"other-ca.key"_qs), u"-out"_qs, path(u"other-ca.pem"_qs),
                         u"-subj"_qs, u"/CN=Other CA"_qs, u"-days"_qs, u"30"_qs}));
        QProcess p;
        p.start(u"openssl"_qs, {u"cms"_qs, u"-verify"_qs, u"-binary"_qs, u"-inform"_qs, u"DER"_qs, u"-in"_qs,
                                dir + u"/manifest.json.p7s"_qs, u"-content"_qs, dir + u"/manifest.json"_qs,
                                u"-CAfile"_qs, path(u"other-ca.pem"_qs), u"-out"_qs, u"/dev/null"_qs});
        QVERIFY(p.waitForFinished());
        QVERIFY(p.exitCode() != 0);
    }

    void ecdsaIdentityAndPkcs12Sign()
    {
        NewIdentity request;
        request.subject = u"CN=李审计,O=示例省网信办,C=CN"_qs;
        request.passphrase = "ec-pass";
        QVERIFY(createIdentity(request, path(u"ec.key"_qs), path(u"ec.pem"_qs)).ok());
        QCOMPARE(QFile::permissions(path(u"ec.key"_qs)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(!createIdentity(request, path(u"ec.key"_qs), path(u"ec2.pem"_qs)).ok()); // never overwrites
        ReportOptions o = options(path(u"ec.zip"_qs));
        o.signing.keyPem = path(u"ec.key"_qs);
        o.signing.certPem = path(u"ec.pem"_qs);
        o.signing.passphrase = "ec-pass";
        auto made = ReportGenerator::run(o);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        const Verification v = BundleVerifier::verify(o.outPath, path(u"ec.pem"_qs)); // self-signed as its own CA
        QVERIFY2(v.ok(), qPrintable(v.problems.join(u'\n')));
        QVERIFY(v.signer.contains(u"CN=李审计"_qs));

        QVERIFY(
            openssl({u"pkcs12"_qs, u"-export"_qs, u"-inkey"_qs, path(u"signer.key"_qs), u"-passin"_qs,
                     u"pass:"_qs + QString::fromUtf8(m_passphrase), u"-in"_qs, path(u"signer.pem"_qs), u"-certfile"_qs,
                     path(u"ca.pem"_qs), u"-out"_qs, path(u"signer.p12"_qs), u"-passout"_qs, u"pass:p12-pass"_qs}));
        ReportOptions p12 = options(path(u"p12.zip"_qs));
        p12.signing.pkcs12 = path(u"signer.p12"_qs);
        p12.signing.passphrase = "p12-pass";
        auto made12 = ReportGenerator::run(p12);
        QVERIFY2(made12.ok(), qPrintable(made12.errorMessage()));
        const Verification v12 = BundleVerifier::verify(p12.outPath, path(u"ca.pem"_qs));
        QVERIFY2(v12.ok(), qPrintable(v12.problems.join(u'\n')));
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("named"); // what the problem must name
        for (const auto &e : m_signed) {
            if (e.first == u"manifest.json.p7s"_qs)
                continue;
            QTest::addRow("flip byte in %s", qPrintable(e.first)) << u"flip"_qs << e.first << e.first;
        }
        QTest::addRow("manifest edited to match a changed file")
            << u"manifest-edit"_qs << u"findings.json"_qs << u"manifest.json.p7s"_qs;
        QTest::addRow("extra file") << u"extra"_qs << u"evidence/extra.png"_qs << u"evidence/extra.png"_qs;
        QTest::addRow("missing file") << u"missing"_qs << u"findings.json"_qs << u"findings.json"_qs;
        QTest::addRow("signature from another bundle") << u"swap-bundle"_qs << QString() << u"manifest.json.p7s"_qs;
        QTest::addRow("signature by another key (with CA)") << u"swap-key"_qs << QString() << u"manifest.json.p7s"_qs;
        QTest::addRow("signature removed") << u"unsigned"_qs << QString() << u"manifest.json.p7s"_qs;
        QTest::addRow("raw byte flipped in the zip") << u"raw"_qs << QString() << u"report.pdf"_qs;
    }

    void tamperingIsCaught()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(QString, named);
        Testing::ZipEntries entries = m_signed;
        const QString out =
            path(u"tampered-%1.zip"_qs.arg(QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())))));
        QString ca;
        auto replace = [&](const QString &name, const QByteArray &bytes) {
            for (auto &e : entries)
                if (e.first == name)
                    e.second = bytes;
        };
        if (kind == u"flip"_qs) {
            QByteArray bytes = Testing::entry(entries, file);
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            replace(file, bytes);
        } else if (kind == u"manifest-edit"_qs) {
            // Change a file and update the manifest consistently: only the signature can catch it.
            QByteArray changed = Testing::entry(entries, file);
            changed.replace("critical", "low     ");
            replace(file, changed);
            auto manifest = Manifest::parse(Testing::entry(entries, u"manifest.json"_qs));
            QVERIFY(manifest.ok());
            for (ManifestEntry &m : *manifest)
                if (m.path == file)
                    m = Manifest::entryFor(file, changed);
            replace(u"manifest.json"_qs, Manifest::toJson(*manifest));
        } else if (kind == u"extra"_qs) {
            entries.insert(2, {file, ReportFixture::png(u"extra"_qs, Qt::green, 50, 50)});
        } else if (kind == u"missing"_qs) {
            entries.removeIf([&](const auto &e) { return e.first == file; });
        } else if (kind == u"swap-bundle"_qs) {
            // A genuine signature by the same signer, but over another bundle's manifest.
            auto other = ReportGenerator::run(signedOptions(path(u"other.zip"_qs)));
            QVERIFY(other.ok());
            replace(u"manifest.json.p7s"_qs,
                    Testing::entry(Testing::readZip(path(u"other.zip"_qs)), u"manifest.json.p7s"_qs));
        } else if (kind == u"swap-key"_qs) {
            // Someone else re-signs the same manifest with their own key: only the CA check tells.
            NewIdentity request;
            request.subject = u"CN=Mallory"_qs;
            request.passphrase = "m";
            const QString key = path(u"mallory-%1.key"_qs.arg(QDateTime::currentMSecsSinceEpoch()));
            QVERIFY(createIdentity(request, key, key + u".pem"_qs).ok());
            auto mallory = SigningIdentity::fromPem(key, key + u".pem"_qs, "m");
            QVERIFY(mallory.ok());
            replace(u"manifest.json.p7s"_qs, *mallory->signDetached(Testing::entry(entries, u"manifest.json"_qs)));
            ca = path(u"ca.pem"_qs);
        } else if (kind == u"unsigned"_qs) {
            entries.removeIf([](const auto &e) { return e.first == u"manifest.json.p7s"_qs; });
        }
        if (kind == u"raw"_qs) {
            QFile::remove(out);
            QVERIFY(QFile::copy(m_signedZip, out));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x40); // inside report.pdf, the first entry
            f.seek(0);
            f.write(bytes);
        } else {
            QVERIFY(Testing::writeZip(out, entries));
        }
        const Verification v = BundleVerifier::verify(out, ca);
        QVERIFY(!v.ok());
        QVERIFY2(v.problems.join(u'\n').contains(named), qPrintable(v.problems.join(u'\n')));
        // The untampered rewrite of the same entries passes, so the test does not pass by accident.
        if (kind == u"flip"_qs) {
            QVERIFY(Testing::writeZip(out, m_signed));
            QVERIFY(BundleVerifier::verify(out, {}).ok());
        }
    }

    void wrongPassphraseIsAClearError_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("message");
        QTest::addRow("pem wrong") << false << QByteArray("wrong") << u"wrong passphrase"_qs;
        QTest::addRow("pem none") << false << QByteArray() << u"no passphrase was given"_qs;
        QTest::addRow("pkcs12 wrong") << true << QByteArray("wrong") << u"wrong passphrase"_qs;
    }

    void wrongPassphraseIsAClearError()
    {
        QFETCH(bool, pkcs12);
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, message);
        ReportOptions o = signedOptions(path(u"never.zip"_qs));
        if (pkcs12) {
            o.signing = {};
            o.signing.pkcs12 = path(u"signer.p12"_qs);
        }
        o.signing.passphrase = passphrase;
        auto made = ReportGenerator::run(o);
        QVERIFY(!made.ok());
        QVERIFY2(made.errorMessage().contains(message), qPrintable(made.errorMessage()));
        QVERIFY2(made.errorMessage().contains(pkcs12 ? u"signer.p12"_qs : u"signer.key"_qs),
                 qPrintable(made.errorMessage()));
        QVERIFY(!QFile::exists(o.outPath));
    }

    void unwritableOutputLeavesNothing_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addRow("missing folder") << path(u"no/such/folder/r.zip"_qs);
        QTest::addRow("a folder") << path(u"extracted"_qs);
        QTest::addRow("proc") << u"/proc/govscope-report.zip"_qs;
    }

    void unwritableOutputLeavesNothing()
    {
        QFETCH(QString, out);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        auto made = ReportGenerator::run(options(out));
        QVERIFY(!made.ok());
        QVERIFY2(made.errorMessage().contains(out), qPrintable(made.errorMessage()));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        if (!out.endsWith(u"extracted"_qs))
            QVERIFY(!QFile::exists(out));
    }

    void unknownOrgIsNamed()
    {
        ReportOptions o = options(path(u"x.zip"_qs));
        o.orgs = {u"A001"_qs, u"Z999"_qs};
        auto made = ReportGenerator::run(o);
        QVERIFY(!made.ok());
        QVERIFY(made.errorMessage().contains(u"Z999"_qs));
    }

    void oneOrgGivesANotice()
    {
        ReportOptions o = options(path(u"a002.zip"_qs));
        o.orgs = {u"A002"_qs};
        auto made = ReportGenerator::run(o);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        QCOMPARE(made->organisations, 1);
        QCOMPARE(made->falsePositives, 1);
        const QString text = QString::fromUtf8(Testing::entry(Testing::readZip(o.outPath), u"report.html"_qs));
        QVERIFY(text.contains(u"示例市第一人民医院互联网政务应用安全检查及整改通知"_qs));
        QVERIFY(!text.contains(u"示例省大数据管理局"_qs));
    }
};

QTEST_MAIN(TestReportBundle)
#include "tst_reportbundle.moc"
