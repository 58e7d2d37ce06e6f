// Unit tests of the SDK parts that need no network: the per-host limiter, feeds, HTML facts.
#include "feeds.h"
#include "hostlimiter.h"
#include "htmldocument.h"

#include <QCoroTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope::Sdk;

namespace {

QCoro::Task<void> holdSlot(HostLimiter &limiter, QString host, int &running, int &peak, int &done)
{
    HostSlot slot = co_await limiter.acquire(host);
    ++running;
    peak = std::max(peak, running);
    co_await QCoro::sleepFor(std::chrono::milliseconds(20));
    --running;
    ++done;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestSdkUtils : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limiterBoundsEachHost()
    {
        HostLimiter limiter(2);
        int runningA = 0, peakA = 0, doneA = 0, runningB = 0, peakB = 0, doneB = 0;
        std::vector<QCoro::Task<void>> tasks;
        for (int i = 0; i < 7; ++i)
            tasks.push_back(holdSlot(limiter, u"a.example"_qs, runningA, peakA, doneA));
        for (int i = 0; i < 3; ++i)
            tasks.push_back(holdSlot(limiter, u"B.example"_qs, runningB, peakB, doneB));
        QTRY_COMPARE(doneA, 7);
        QTRY_COMPARE(doneB, 3);
        QCOMPARE(peakA, 2);
        QCOMPARE(peakB, 2);
        QCOMPARE(limiter.inUse(u"a.example"_qs), 0);
    }

    void feedsOverlay()
    {
        QTemporaryDir shipped, user;
        writeFile(shipped.filePath(u"cloud/ranges.csv"_qs), "cidr,provider,platform,region\n");
        writeFile(shipped.filePath(u"blocklists/a.txt"_qs), "bad.example\n");
        writeFile(shipped.filePath(u".hidden/x"_qs), "x");
        writeFile(user.filePath(u"cloud/ranges.csv"_qs), "cidr,provider,platform,region\n127.0.61.0/24,x,y,z\n");
        const auto feeds = Feeds::load({shipped.path(), user.path()});
        QVERIFY2(feeds, qPrintable(feeds.errorMessage()));
        const QList<FeedFile> files = feeds->files();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).relativePath, u"blocklists/a.txt"_qs);
        QCOMPARE(files.at(1).relativePath, u"cloud/ranges.csv"_qs);
        // the later directory wins, and the hash is of the file in effect
        QCOMPARE(feeds->path(u"cloud/ranges.csv"_qs), user.filePath(u"cloud/ranges.csv"_qs));
        QCOMPARE(files.at(1).sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(feeds->read(u"cloud/ranges.csv"_qs).value(), QCryptographicHash::Sha256)
                         .toHex()));
        QVERIFY(feeds->read(u"cloud/ranges.csv"_qs)->contains("127.0.61.0/24"));
        QCOMPARE(feeds->list(u"blocklists/*.txt"_qs), QStringList{u"blocklists/a.txt"_qs});
        QVERIFY(feeds->list(u"*.txt"_qs).isEmpty()); // '*' stays within one folder
        QVERIFY(!feeds->read(u"vuln/kev.json"_qs));
    }

    void feedsRefuseALinkOutOfTheirFolder()
    {
        QTemporaryDir feeds, elsewhere;
        writeFile(elsewhere.filePath(u"secret.txt"_qs), "not a feed\n");
        writeFile(feeds.filePath(u"blocklists/a.txt"_qs), "bad.example\n");
        QVERIFY(QFile::link(feeds.filePath(u"blocklists/a.txt"_qs), feeds.filePath(u"blocklists/b.txt"_qs)));
        QVERIFY2(Feeds::load({feeds.path()}), "a link inside the folder is fine");
        QVERIFY(QFile::link(elsewhere.filePath(u"secret.txt"_qs), feeds.filePath(u"blocklists/c.txt"_qs)));
        const auto refused = Feeds::load({feeds.path()});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"c.txt"_qs) && refused.errorMessage().contains(u"outside"_qs),
                 qPrintable(refused.errorMessage()));
    }

    void feedsMissingDirectoryIsNamed()
    {
        const auto feeds = Feeds::load({u"/nonexistent/feeds-dir"_qs});
        QVERIFY(!feeds);
        QVERIFY(feeds.errorMessage().contains(u"/nonexistent/feeds-dir"_qs));
    }

    void htmlFacts()
    {
        const auto doc = HtmlDocument::parse(
            u"<html><head><title> 示例省水利厅 </title><META NAME=\"SiteName\" content=\"示例省水利厅\">"
            "<script>var x='<li>2099-01-01</li>';</script></head><body><ul><li><a href=\"/a.html\">通知"
            "</a><span class=\"date\">2026-11-20</span></li><li>第二条 [11-18]</li></ul>"
            "<table><tr><td>表格</td><td>2026/10/01</td></tr></table></body></html>"_qs);
        QCOMPARE(doc.title(), u"示例省水利厅"_qs);
        QCOMPARE(doc.meta(u"sitename"_qs), u"示例省水利厅"_qs);
        QCOMPARE(doc.listItems(), (QStringList{u"通知 2026-11-20"_qs, u"第二条 [11-18]"_qs, u"表格 2026/10/01"_qs}));
        QCOMPARE(doc.links().size(), 1);
        QCOMPARE(doc.links().first().href, u"/a.html"_qs);
        QVERIFY(!doc.text().contains(u"2099"_qs)); // script text is not page text
    }
};

QTEST_GUILESS_MAIN(TestSdkUtils)
#include "tst_sdkutils.moc"
