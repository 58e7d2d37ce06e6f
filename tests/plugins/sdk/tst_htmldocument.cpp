// HtmlDocument on hostile pages: bounded in memory, time and output, and saying when it read only part.

#include "htmldocument.h"
#include "htmlforms.h"
#include "pageanchors.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/resource.h>

using namespace Govscope::Sdk;

namespace {

// Peak resident memory of this process so far, from /proc/self/status (VmHWM, in KiB).
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

// A hard ceiling, so that a regression fails this test (allocation fails) instead of eating the shared
// machine: before the fix the nested-div page grew past 12 GB. ASan reserves terabytes of address space.
void capAddressSpace()
{
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    const rlimit limit{rlim_t(3) << 30, rlim_t(3) << 30};
    setrlimit(RLIMIT_AS, &limit);
#endif
}

QString repeated(const QString &prefix, const QString &unit, int count, const QString &suffix = {})
{
    QString s = prefix;
    s.reserve(prefix.size() + unit.size() * count + suffix.size());
    for (int i = 0; i < count; ++i)
        s += unit;
    return s + suffix;
}

} // namespace

class TestHtmlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { capAddressSpace(); }

    // The page of issue 12: 200 KB of 40,000 unclosed <div>s.
    void nestedUnclosedDivs()
    {
        const QString page = repeated(u"<html><head><title>深</title></head><body>"_qs, u"<div>"_qs, 40000, u"底部"_qs);
        QElapsedTimer clock;
        clock.start();
        const HtmlDocument doc = HtmlDocument::parse(page);
        const qint64 ms = clock.elapsed();
        const qint64 peak = peakRssKiB();
        qInfo("40,000 nested divs: %lld ms, peak RSS %lld KiB", ms, peak);
        QVERIFY2(peak > 0 && peak < 300 * 1024, qPrintable(u"peak RSS %1 KiB"_qs.arg(peak)));
        QVERIFY2(ms < 5000, qPrintable(u"%1 ms"_qs.arg(ms)));
        QCOMPARE(doc.title(), u"深"_qs);
        QVERIFY(doc.truncated());
        QVERIFY2(doc.truncation().contains(u"1024"_qs), qPrintable(doc.truncation()));
    }

    // The forms and anchors readers walk their own Gumbo trees: the same page must be bounded there too, and
    // what comes before the cut still read (a login form, the links of the header).
    void formsAndAnchorsOfNestedPage()
    {
        const QString page = repeated(u"<html><body><a href=/home>首页</a><form action=/login><input name=u>"
                                      u"<input type=password name=p></form>"_qs,
                                      u"<div>"_qs, 40000, u"<a href=/tail>尾</a>"_qs);
        QElapsedTimer clock;
        clock.start();
        const QList<HtmlForm> forms = parseForms(page);
        const QList<PageAnchor> anchors = PageAnchors::parse(page);
        const qint64 ms = clock.elapsed();
        const qint64 peak = peakRssKiB();
        qInfo("forms and anchors of 40,000 nested divs: %lld ms, peak RSS %lld KiB", ms, peak);
        QVERIFY2(peak > 0 && peak < 300 * 1024, qPrintable(u"peak RSS %1 KiB"_qs.arg(peak)));
        QVERIFY2(ms < 5000, qPrintable(u"%1 ms"_qs.arg(ms)));
        QCOMPARE(forms.size(), 1);
        QVERIFY(forms.first().hasPassword());
        QVERIFY(!anchors.isEmpty());
        QCOMPARE(anchors.first().href, u"/home"_qs);
    }

    void hostilePatterns_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addRow("nested lists") << u"<ul><li>项"_qs;
        QTest::addRow("formatting inside divs") << u"<div><b>x"_qs;
        QTest::addRow("three formatting tags") << u"<i><b><u>"_qs;
        QTest::addRow("self-closed divs") << u"<div/>"_qs;
        QTest::addRow("anchors") << u"<a href=/x>"_qs;
        QTest::addRow("tables") << u"<table><tr><td>"_qs;
    }

    // Patterns whose cost grows faster than their size in Gumbo or in the tree walk (nested <li>s each
    // collecting the text of all below). 4 MiB of each, the most a page may be.
    void hostilePatterns()
    {
        QFETCH(QString, unit);
        const QString page = repeated(u"<html><body>"_qs, unit, int(4 * 1024 * 1024 / unit.toUtf8().size()));
        QElapsedTimer clock;
        clock.start();
        const HtmlDocument doc = HtmlDocument::parse(page);
        const qint64 ms = clock.elapsed();
        const qint64 peak = peakRssKiB();
        qInfo("%s: %lld ms, peak RSS %lld KiB, %lld items, %lld links, %lld chars: %s", QTest::currentDataTag(), ms,
              peak, qlonglong(doc.listItems().size()), qlonglong(doc.links().size()), qlonglong(doc.text().size()),
              qPrintable(doc.truncation()));
        QVERIFY2(peak < 300 * 1024, qPrintable(u"peak RSS %1 KiB"_qs.arg(peak)));
        // The parser's and the walk's clocks are 3 s each; Release needs far less.
        QVERIFY2(ms < 8000, qPrintable(u"%1 ms"_qs.arg(ms)));
        QVERIFY(doc.truncated());
    }

    void oversizedPageIsCutAndSaysSo()
    {
        HtmlLimits limits;
        limits.maxBytes = 1024;
        const HtmlDocument doc =
            HtmlDocument::parse(repeated(u"<html><body><p>开头"_qs, u"字"_qs, 2000, u"<p>结尾"_qs), limits);
        QVERIFY(doc.truncated());
        QVERIFY(doc.text().startsWith(u"开头"_qs));
        QVERIFY(!doc.text().contains(u"结尾"_qs));
        QVERIFY(doc.text().size() <= 1024 / 3);
    }

    void slowParseFallsBackToText()
    {
        HtmlLimits limits;
        limits.maxTime = std::chrono::milliseconds(1);
        limits.maxDepth = 100'000; // let Gumbo meet the deep page, so that its clock stops it
        const QString page = repeated(u"<html><head><title>慢页</title></head><body>正文"_qs, u"<ul><li>"_qs, 20000);
        QElapsedTimer clock;
        clock.start();
        const HtmlDocument doc = HtmlDocument::parse(page, limits);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(doc.truncated());
        QVERIFY2(doc.truncation().contains(u"ms"_qs), qPrintable(doc.truncation()));
        QCOMPARE(doc.title(), u"慢页"_qs);
        QVERIFY(doc.text().contains(u"正文"_qs));
    }

    void parserMemoryBudgetFallsBackToText()
    {
        HtmlLimits limits;
        limits.maxParserBytes = 64 * 1024;
        const HtmlDocument doc = HtmlDocument::parse(repeated(u"<html><body>"_qs, u"<p>段落</p>"_qs, 20000), limits);
        QVERIFY(doc.truncated());
        QVERIFY2(doc.truncation().contains(u"MiB"_qs), qPrintable(doc.truncation()));
        QVERIFY(doc.text().contains(u"段落"_qs));
    }

    void ordinaryPageIsWhole()
    {
        // Unclosed <p>s and <li>s, an inline SVG of self-closed paths and a script with tags in it: none of
        // these nest, so none may count towards the depth limit.
        QString page = u"<html><head><title>示例</title><script>var s='"_qs + repeated({}, u"<div>"_qs, 3000) +
                       u"';</script></head><body><svg>"_qs + repeated({}, u"<path d='M0 0'/>"_qs, 3000) + u"</svg>"_qs +
                       repeated({}, u"<p>段落"_qs, 3000) + u"<ul>"_qs +
                       repeated({}, u"<li><a href=/n>新闻</a>"_qs, 3000) + u"</ul></body></html>"_qs;
        const HtmlDocument doc = HtmlDocument::parse(page);
        QVERIFY2(!doc.truncated(), qPrintable(doc.truncation()));
        QCOMPARE(doc.title(), u"示例"_qs);
        QCOMPARE(doc.listItems().size(), 3000);
        QCOMPARE(doc.links().size(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestHtmlDocument)
#include "tst_htmldocument.moc"
