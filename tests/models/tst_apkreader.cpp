#include "apkreader.h"
#include "axmlparser.h"
#include "blobstore.h"
#include "casefile.h"
#include "casewriter.h"
#include "data/apktestutil.h"
#include "import/catalogrepository.h"
#include "listimporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;
using namespace Govscope::Models::Import;
using namespace Govscope::Testing;

class TestApkReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray testManifest(bool utf8 = false)
    {
        return AxmlWriter::manifest({{u"versionCode"_qs, u"7"_qs},
                                     {u"versionName"_qs, u"3.1.4"_qs},
                                     {u"package"_qs, u"cn.gov.example.zwfw"_qs}},
                                    utf8);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void manifest_data()
    {
        QTest::addColumn<bool>("utf8");
        QTest::addRow("utf16 string pool") << false;
        QTest::addRow("utf8 string pool") << true;
    }
    void manifest()
    {
        QFETCH(bool, utf8);
        auto info = AxmlParser::parseManifest(testManifest(utf8));
        QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
        QCOMPARE(info->package, u"cn.gov.example.zwfw"_qs);
        QCOMPARE(info->versionName, u"3.1.4"_qs);
    }

    void damagedManifest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray good = testManifest();
        QTest::addRow("empty") << QByteArray() << u"not binary XML"_qs;
        QTest::addRow("text xml") << QByteArray("<manifest package=\"x\"/>") << u"not binary XML"_qs;
        QTest::addRow("truncated") << good.left(good.size() - 30) << u"impossible size"_qs;
        QTest::addRow("no package") << AxmlWriter::manifest({{u"versionName"_qs, u"1"_qs}}, false)
                                    << u"no package attribute"_qs;
        QByteArray badOffset = good;
        qToLittleEndian<quint32>(0x7fffffff, badOffset.data() + 8 + 28); // first string offset
        QTest::addRow("string offset out of range") << badOffset << u"first element is not <manifest>"_qs;
    }
    void damagedManifest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto info = AxmlParser::parseManifest(bytes);
        QVERIFY(!info.ok());
        QVERIFY2(info.errorMessage().contains(message), qPrintable(info.errorMessage()));
    }

    void readsPackageSignerAndIcon()
    {
        TestSignature signature;
        const QByteArray apk = makeApk(testManifest(), &signature);
        QVERIFY(!signature.pkcs7Der.isEmpty());
        QBuffer buffer;
        buffer.setData(apk);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = ApkReader::read(&buffer, u"test.apk"_qs);
        QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
        QCOMPARE(info->package, u"cn.gov.example.zwfw"_qs);
        QCOMPARE(info->versionName, u"3.1.4"_qs);
        QCOMPARE(info->signerSha256, signature.certSha256);
        QCOMPARE(info->icon, testPng()); // the xxhdpi icon, not the mdpi one
    }

    void signingBlockWinsOverV1_data()
    {
        QTest::addColumn<quint32>("scheme");
        QTest::addRow("v2") << quint32(0x7109871a);
        QTest::addRow("v3") << quint32(0xf05368c0);
    }
    void signingBlockWinsOverV1()
    {
        QFETCH(quint32, scheme);
        const QByteArray cert = "DER of the v2/v3 signer certificate";
        TestSignature v1;
        const QByteArray apk = withSigningBlock(makeApk(testManifest(), &v1), cert, scheme);
        QBuffer buffer;
        buffer.setData(apk);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = ApkReader::read(&buffer, u"v2.apk"_qs);
        QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
        QCOMPARE(info->package, u"cn.gov.example.zwfw"_qs); // the ZIP still reads with the block inserted
        QCOMPARE(info->signerSha256,
                 QString::fromLatin1(QCryptographicHash::hash(cert, QCryptographicHash::Sha256).toHex()));
        QVERIFY(info->signerSha256 != v1.certSha256);
    }

    void damagedSigningBlock()
    {
        QByteArray apk = withSigningBlock(makeApk(testManifest()), "cert", 0x7109871a);
        const qsizetype magic = apk.indexOf("APK Sig Block 42");
        QVERIFY(magic > 0);
        qToLittleEndian<quint64>(1ull << 40, apk.data() + magic - 8); // an impossible block size
        QBuffer buffer;
        buffer.setData(apk);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = ApkReader::read(&buffer, u"bad.apk"_qs);
        QVERIFY(!info.ok());
        QVERIFY2(info.errorMessage().contains(u"APK Signing Block is damaged"_qs), qPrintable(info.errorMessage()));
    }

    void refusedApks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("not a zip") << QByteArray("MZ not an apk") << u"not a readable ZIP"_qs;
        QTest::addRow("no manifest") << makeZip({{u"classes.dex"_qs, "x"}}) << u"no AndroidManifest.xml"_qs;
        QTest::addRow("bad manifest") << makeZip({{u"AndroidManifest.xml"_qs, "<manifest/>"}})
                                      << u"AndroidManifest.xml is damaged"_qs;
        QTest::addRow("bad signature block")
            << makeZip({{u"AndroidManifest.xml"_qs, testManifest()}, {u"META-INF/CERT.RSA"_qs, "not der"}})
            << u"META-INF/CERT.RSA: the signature block is not PKCS#7"_qs;
    }
    void refusedApks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto info = ApkReader::read(&buffer, u"bad.apk"_qs);
        QVERIFY(!info.ok());
        QVERIFY2(info.errorMessage().contains(message), qPrintable(info.errorMessage()));
        QVERIFY(info.errorMessage().contains(u"bad.apk"_qs));
    }

    void appListWithApkColumn()
    {
        TestSignature signature;
        writeFile(u"apks/zwfw.apk"_qs, makeApk(testManifest(), &signature));
        writeFile(u"apks/other.apk"_qs, makeApk(testManifest()));
        const QString list = writeFile(u"apps.csv"_qs, u"store,name,package,signer_sha256,apk,official\n"
                                                       "huawei,政务服务,,,apks/zwfw.apk,是\n"
                                                       "xiaomi,政务服务,wrong.package,,apks/other.apk,是\n"
                                                       "oppo,政务服务,,,apks/missing.apk,是\n"_qs.toUtf8());
        auto parsed = ListImporter::parse(list);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->apps.size(), 1);
        QCOMPARE(parsed->errors.size(), 2);
        QCOMPARE(parsed->errors.at(0).line, 3);
        QVERIFY2(parsed->errors.at(0).message.contains(u"differs from the package cn.gov.example.zwfw"_qs),
                 qPrintable(parsed->errors.at(0).message));
        QCOMPARE(parsed->errors.at(1).line, 4);
        QVERIFY2(parsed->errors.at(1).message.contains(u"missing.apk"_qs), qPrintable(parsed->errors.at(1).message));

        const QString casePath = m_dir.filePath(u"apps.govcase"_qs);
        QVERIFY(CaseFile::open(casePath, CaseFile::Mode::CreateIfMissing).ok());
        {
            CaseWriter writer(casePath);
            auto summary = ListImporter::write(std::move(*parsed), writer);
            QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
            QCOMPARE(summary->inserted, 1);
        }
        Connection c(casePath, true);
        auto apps = CatalogRepository::apps(c.db());
        QVERIFY(apps.ok());
        QCOMPARE(apps->size(), 1);
        const App &app = apps->at(0);
        QCOMPARE(app.package, u"cn.gov.example.zwfw"_qs);
        QCOMPARE(app.signerSha256, signature.certSha256);
        QCOMPARE(app.version, u"3.1.4"_qs);
        QVERIFY(app.official);
        auto icon = BlobStore::get(c.db(), app.icon);
        QVERIFY2(icon.ok(), qPrintable(icon.errorMessage()));
        QCOMPARE(*icon, testPng());
    }
};

QTEST_GUILESS_MAIN(TestApkReader)
#include "tst_apkreader.moc"
