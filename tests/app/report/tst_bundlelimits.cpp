// `govscope verify` on a hostile bundle: what the verifier keeps in memory (manifest.json, its signature) is
// capped, and a bundle over the cap is refused with the file named, in bounded memory.

#include "bundleverifier.h"
#include "manifest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Govscope::Report;

namespace {

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// A bundle whose entry @p bigName is @p mib MiB of zeros, written 1 MiB at a time so that the test itself
// never holds it (deflated, it is a few hundred KB on disk).
bool writeBundle(const QString &path, const QString &bigName, int mib)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray report = "report";
    const QByteArray manifest = Manifest::toJson({Manifest::entryFor(u"report.html"_qs, report)});
    const QList<std::pair<QString, QByteArray>> small{{u"report.html"_qs, report},
                                                      {QString::fromLatin1(Manifest::kFileName), manifest},
                                                      {QString::fromLatin1(Manifest::kSignatureName), "x"}};
    for (const auto &[name, bytes] : small) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        if (name == bigName) {
            const QByteArray chunk(1024 * 1024, '\0');
            for (int i = 0; i < mib; ++i)
                file.write(chunk);
        } else {
            file.write(bytes);
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

class TestBundleLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedPartIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mib");
        QTest::addColumn<QString>("limit");
        QTest::addRow("signature") << QString::fromLatin1(Manifest::kSignatureName) << 300 << u"1024 KiB"_qs;
        QTest::addRow("manifest") << QString::fromLatin1(Manifest::kFileName) << 100 << u"16384 KiB"_qs;
    }

    // Issue 12: a 300 MB signature file was refused only after 536 MB of memory.
    void oversizedPartIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, mib);
        QFETCH(QString, limit);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.zip"_qs);
        QVERIFY(writeBundle(path, name, mib));
        const qint64 before = peakRssKiB();
        const Verification v = BundleVerifier::verify(path, QString());
        const qint64 grown = peakRssKiB() - before;
        qInfo("%s of %d MiB: peak RSS grew %lld KiB", qPrintable(name), mib, grown);
        QVERIFY(!v.ok());
        const QString problems = v.problems.join(u'\n');
        QVERIFY2(problems.contains(name + u": is larger than "_qs + limit), qPrintable(problems));
        QVERIFY2(grown < 64 * 1024, qPrintable(u"grew %1 KiB"_qs.arg(grown)));
    }
};

QTEST_GUILESS_MAIN(TestBundleLimits)
#include "tst_bundlelimits.moc"
