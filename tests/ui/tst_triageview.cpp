// The counterfeit triage view, offscreen, driven with the keyboard as an analyst would: a case with three
// look-alike findings carrying real PNG screenshots (two new in the latest scan, one from the scan
// before), the queue in its order, C confirms with a typed reason, F marks a false positive; each
// verdict lands in the case with who and why and the next suspect is shown at once (timed). Screenshots
// of the view go to <build>/screenshots.

#include "casefile.h"
#include "casewriter.h"
#include "findingrepository.h"
#include "language.h"
#include "mainwindow.h"
#include "orgrepository.h"
#include "scanrepository.h"
#include "triage/comparisonview.h"
#include "triage/imagediff.h"
#include "triage/pairloader.h"
#include "triage/signallist.h"
#include "triage/suspectqueue.h"
#include "triage/triagesuspect.h"
#include "triage/triageview.h"
#include "triage/verdictbar.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsPixmapItem>
#include <QGraphicsView>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;
using Ui::Triage::TriageView;

namespace {

constexpr int kTimeoutMs = 15000;
const QString kOrg = u"SL01"_qs;

/// A government portal's front page as a browser would capture it, 1366×768. @p form replaces the news
/// column by a login form (the phishing variant); @p tint shifts the banner colour (a recoloured copy).
QByteArray portalPng(const QString &site, bool form, const QColor &tint)
{
    QImage image(1366, 768, QImage::Format_RGB32);
    image.fill(QColor(0xf5, 0xf5, 0xf0));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(0, 0, 1366, 120, tint);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(44);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(60, 0, 900, 120), Qt::AlignVCenter | Qt::AlignLeft, u"示例省人民政府"_qs);
    font.setPixelSize(18);
    font.setBold(false);
    p.setFont(font);
    p.drawText(QRect(900, 0, 420, 120), Qt::AlignVCenter | Qt::AlignRight, site);
    p.fillRect(0, 120, 1366, 44, QColor(0x8e, 0x16, 0x16));
    const QStringList menu{u"首页"_qs, u"政务公开"_qs, u"政务服务"_qs, u"互动交流"_qs, u"走进示例省"_qs};
    for (int i = 0; i < menu.size(); ++i)
        p.drawText(QRect(60 + i * 200, 120, 200, 44), Qt::AlignCenter, menu[i]);
    // a photo banner
    QLinearGradient sky(0, 180, 0, 420);
    sky.setColorAt(0, QColor(0x6f, 0xa8, 0xdc));
    sky.setColorAt(1, QColor(0xd0, 0xe4, 0xf5));
    p.fillRect(60, 184, 760, 300, sky);
    p.setBrush(QColor(0x4a, 0x7a, 0x3a));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(300, 520), 380, 120);
    p.setBrush(QColor(0xc8, 0x3c, 0x2c));
    p.drawRect(520, 330, 120, 120);
    p.fillRect(0, 484, 60, 1, Qt::transparent);
    p.setPen(Qt::black);
    font.setPixelSize(20);
    p.setFont(font);
    const QRect side(860, 184, 446, 300);
    if (form) {
        p.fillRect(side, Qt::white);
        p.setPen(QColor(0xb7, 0x1c, 0x1c));
        p.drawRect(side.adjusted(0, 0, -1, -1));
        p.drawText(side.adjusted(20, 12, -20, 0), Qt::AlignTop | Qt::AlignHCenter, u"统一身份认证登录"_qs);
        p.setPen(Qt::gray);
        for (int i = 0; i < 3; ++i)
            p.drawRect(side.left() + 30, side.top() + 70 + i * 60, side.width() - 60, 40);
        p.drawText(side.left() + 40, side.top() + 97, u"身份证号"_qs);
        p.drawText(side.left() + 40, side.top() + 157, u"密码"_qs);
        p.drawText(side.left() + 40, side.top() + 217, u"银行卡号"_qs);
        p.fillRect(side.left() + 30, side.bottom() - 50, side.width() - 60, 36, QColor(0xb7, 0x1c, 0x1c));
        p.setPen(Qt::white);
        p.drawText(QRect(side.left() + 30, side.bottom() - 50, side.width() - 60, 36), Qt::AlignCenter, u"登录"_qs);
    } else {
        p.drawText(side.adjusted(0, 0, 0, 0), Qt::AlignTop | Qt::AlignLeft, u"要闻动态"_qs);
        font.setPixelSize(16);
        p.setFont(font);
        for (int i = 0; i < 8; ++i)
            p.drawText(side.left(), side.top() + 50 + i * 31, u"· 示例省召开第%1次政务公开工作会议"_qs.arg(i + 1));
    }
    font.setPixelSize(16);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int c = 0; c < 3; ++c) {
        const QRect box(60 + c * 420, 510, 400, 180);
        p.fillRect(box, QColor(0xff, 0xff, 0xff));
        p.drawText(box.adjusted(12, 10, -12, -10), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                   QStringList{u"政策文件"_qs, u"办事指南"_qs, u"公告公示"_qs}[c] +
                       u"\n示例文本：本栏目发布示例省政府的公开信息。"_qs);
    }
    p.fillRect(0, 710, 1366, 58, QColor(0x33, 0x33, 0x33));
    p.setPen(Qt::white);
    p.drawText(QRect(0, 710, 1366, 58), Qt::AlignCenter, u"示例省人民政府办公厅主办  政府网站标识码 0000000000"_qs);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A look-alike finding as counterfeit.lookalike_site records it: the scores as text, then the two shots.
NewFinding lookalike(const QString &host, double score, const QByteArray &candidatePng, const QByteArray &originalPng)
{
    NewFinding f;
    f.org = kOrg;
    f.family = u"counterfeit"_qs;
    f.check = u"counterfeit.lookalike_site"_qs;
    f.severity = Severity::High;
    f.target = host;
    f.title = u"%1 copies the site www.sl.gov.cn (similarity %2)"_qs.arg(host).arg(score, 0, 'f', 2);
    const QString stamp = u"2099-01-01T08:00:00Z"_qs;
    f.evidence << NewEvidence{u"org"_qs, u"SL01 示例省人民政府"_qs, {}, {}}
               << NewEvidence{u"similarity"_qs,
                              u"http://%1/ vs http://www.sl.gov.cn/: title 0.92, text 0.80 [tlsh], structure 0.88, "
                              "favicon equal, org name present (page-only 0.84); pHash 6/64 bits, dHash 9/64, aHash "
                              "4/64, block SSIM 0.81, header band 0.93, colour overlap 0.90 → combined %2 "
                              "(threshold 0.70)"_qs.arg(host)
                                  .arg(score, 0, 'f', 2),
                              {},
                              {}}
               << NewEvidence{u"verdict"_qs,
                              u"Scored %1 (threshold 0.70): a copy, mostly by header 0.93, pHash 0.91, text 0.80; the "
                              "screenshots pHash 6 bits apart, block SSIM 0.81."_qs.arg(score, 0, 'f', 2),
                              {},
                              {}}
               << NewEvidence{u"screenshot"_qs, u"candidate: http://%1/ captured %2, 1366×768"_qs.arg(host, stamp),
                              candidatePng, u"image/png"_qs}
               << NewEvidence{u"screenshot"_qs, u"original: http://www.sl.gov.cn/ captured %1, 1366×768"_qs.arg(stamp),
                              originalPng, u"image/png"_qs}
               << NewEvidence{u"candidate"_qs,
                              u"%1 found as homoglyph; owned by no org of the case"_qs.arg(host),
                              {},
                              {}}
               << NewEvidence{u"dns"_qs, u"DNS %1: ok 192.0.2.44"_qs.arg(host), {}, {}};
    return f;
}

Status recordScan(QSqlDatabase &db, const QList<NewFinding> &findings)
{
    auto scan = ScanRepository::create(db, {u"counterfeit"_qs}, {kOrg}, "{}", u"test"_qs);
    if (!scan)
        return scan.error();
    for (const NewFinding &f : findings)
        if (auto id = FindingRepository::record(db, *scan, f); !id)
            return id.error();
    return ScanRepository::finish(db, *scan, u"finished"_qs);
}

QString screenshotDir()
{
    const QString dir = QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/screenshots"_qs;
    QDir().mkpath(dir);
    return dir;
}

qint64 idOf(QSqlDatabase &db, const QString &target)
{
    FindingFilter filter;
    filter.text = QString();
    auto all = FindingRepository::find(db, filter);
    if (all)
        for (const Finding &f : *all)
            if (f.target == target)
                return f.id;
    return 0;
}

} // namespace

class TestTriageView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsScoresAndRoles();
    void heatMapMarksTheChangedRegion();
    void triagesWithTheKeyboard();

private:
    QTemporaryDir m_dir;
};

void TestTriageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("GOVSCOPE_LANGUAGE", "zh_CN"); // the users' language, for the screenshots
    Ui::Language::install();
}

void TestTriageView::readsScoresAndRoles()
{
    Finding f;
    f.id = 7;
    f.check = u"counterfeit.lookalike_site"_qs;
    f.title = u"x.example.com 仿冒网站 www.sl.gov.cn（相似度 0.77）"_qs;
    QCOMPARE(Ui::Triage::SuspectReader::scoreOf(f), 0.77); // the title alone, in Chinese
    f.evidence << Evidence{1, u"verdict"_qs, u"Scored 0.81 (threshold 0.70): a copy"_qs, {}, {}}
               << Evidence{2, u"screenshot"_qs, u"原站点: http://www.sl.gov.cn/"_qs, u"bbb"_qs, u"image/png"_qs}
               << Evidence{3, u"screenshot"_qs, u"候选站点: http://x.example.com/"_qs, u"aaa"_qs, u"image/png"_qs};
    QCOMPARE(Ui::Triage::SuspectReader::scoreOf(f), 0.81);
    f.evidence << Evidence{4, u"similarity"_qs, u"… → combined 0.86 (threshold 0.70)"_qs, {}, {}};
    QCOMPARE(Ui::Triage::SuspectReader::scoreOf(f), 0.86);
    const auto s = Ui::Triage::SuspectReader::fromFinding(f, {});
    QCOMPARE(s.candidateBlob, u"aaa"_qs); // the role in the summary, not the order, decides
    QCOMPARE(s.originalBlob, u"bbb"_qs);
    QCOMPARE(s.signalList.size(), 4);
    QVERIFY(s.isNew);
}

void TestTriageView::heatMapMarksTheChangedRegion()
{
    const QImage original = QImage::fromData(portalPng(u"www.sl.gov.cn"_qs, false, QColor(0xb7, 0x1c, 0x1c)));
    const QImage phishing = QImage::fromData(portalPng(u"www.sl.gov.cn"_qs, true, QColor(0xb7, 0x1c, 0x1c)));
    QElapsedTimer timer;
    timer.start();
    const auto same = Ui::Triage::ImageDiff::compare(original, original);
    const auto diff = Ui::Triage::ImageDiff::compare(phishing, original);
    qInfo("two heat maps of 1366x768 captures in %lld ms", timer.elapsed());
    QCOMPARE(same.changed, 0.0);
    QVERIFY(diff.changed > 0.02 && diff.changed < 0.3);
    // the form sits right of the banner: hot there, cold over the banner photo
    const double sx = double(diff.heat.width()) / original.width();
    QVERIFY(qAlpha(diff.heat.pixel(int(1080 * sx), int(330 * sx))) > 0 ||
            qAlpha(diff.heat.pixel(int(900 * sx), int(270 * sx))) > 0);
    QCOMPARE(qAlpha(diff.heat.pixel(int(300 * sx), int(300 * sx))), 0);
}

void TestTriageView::triagesWithTheKeyboard()
{
    Ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_dir.filePath(u"仿冒研判.govcase"_qs);
    QSignalSpy opened(&window, &Ui::MainWindow::caseOpened);
    window.newCase(path);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeoutMs);

    const QColor red(0xb7, 0x1c, 0x1c);
    const QByteArray original = portalPng(u"www.sl.gov.cn"_qs, false, red);
    // an older suspect (the scan before), then two new ones: a phishing copy and a recoloured copy
    const QString oldHost = u"www.sl-gov.example.com"_qs, phishHost = u"sl.gov.cn.example.net"_qs,
                  recolourHost = u"www.s1.example.org"_qs;
    window.writer()->submit([&](QSqlDatabase &db) -> Status {
        Organization org;
        org.id = kOrg;
        org.name = u"示例省人民政府"_qs;
        org.kind = OrgKind::PartyGov;
        org.websites = {u"www.sl.gov.cn"_qs};
        if (Status s = OrgRepository::upsert(db, org); !s)
            return s;
        return recordScan(db, {lookalike(oldHost, 0.95, portalPng(oldHost, false, red), original)});
    });
    QTRY_COMPARE_WITH_TIMEOUT(window.writer()->committedJobs(), 1, kTimeoutMs);
    QTest::qWait(20); // the second scan starts after the first finding was seen
    window.writer()->submit([&](QSqlDatabase &db) -> Status {
        return recordScan(
            db, {lookalike(recolourHost, 0.78, portalPng(recolourHost, false, QColor(0x1c, 0x4f, 0xb7)), original),
                 lookalike(phishHost, 0.91, portalPng(phishHost, true, red), original)});
    });
    QTRY_COMPARE_WITH_TIMEOUT(window.writer()->committedJobs(), 2, kTimeoutMs);
    QCOMPARE(window.writer()->failedJobs(), 0);
    qint64 phishId = 0, recolourId = 0, oldId = 0;
    {
        Connection conn(path, true);
        QVERIFY(conn.ok());
        phishId = idOf(conn.db(), phishHost);
        recolourId = idOf(conn.db(), recolourHost);
        oldId = idOf(conn.db(), oldHost);
    }
    QVERIFY(phishId && recolourId && oldId);

    // Ctrl+T, as the analyst would: the tab opens and the queue is read
    TriageView *view = window.triageView();
    QSignalSpy loaded(view, &TriageView::queueLoaded);
    QSignalSpy shown(view, &TriageView::suspectShown);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), view);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().value(0).toInt() == 3, kTimeoutMs);

    // new since the last scan first, best score first among them; the older one, though higher, last
    const auto &queue = view->queue()->suspects();
    QCOMPARE(queue.size(), 3);
    QCOMPARE(queue[0].findingId, phishId);
    QCOMPARE(queue[1].findingId, recolourId);
    QCOMPARE(queue[2].findingId, oldId);
    QVERIFY(queue[0].isNew && queue[1].isNew && !queue[2].isNew);
    QCOMPARE(queue[0].score, 0.91);
    QCOMPARE(view->queue()->topLevelItem(0)->text(Ui::Triage::SuspectQueue::ScoreColumn), u"0.91"_qs);

    QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QVariantList{phishId}), kTimeoutMs);
    QCOMPARE(view->currentFindingId(), phishId);
    QCOMPARE(view->signalList()->count(), 7);
    QVERIFY(view->signalList()->toPlainText().contains(u"combined 0.91"_qs)); // every evidence line shown
    const auto pixmapOf = [](QGraphicsView *v) {
        for (QGraphicsItem *item : v->scene()->items())
            if (auto *p = dynamic_cast<QGraphicsPixmapItem *>(item); p && p->zValue() == 0 && !p->pixmap().isNull())
                return p->pixmap().size();
        return QSize();
    };
    QCOMPARE(pixmapOf(view->comparison()->candidateView()), QSize(1366, 768));
    QCOMPARE(pixmapOf(view->comparison()->originalView()), QSize(1366, 768));
    // synchronised: zoom in and scroll one pane, the other follows
    view->comparison()->zoomIn();
    view->comparison()->zoomIn();
    view->comparison()->candidateView()->horizontalScrollBar()->setValue(120);
    QCOMPARE(view->comparison()->originalView()->horizontalScrollBar()->value(), 120);
    QCOMPARE(view->comparison()->originalView()->transform().m11(), view->comparison()->zoom());
    view->comparison()->fitWidth();

    // the phishing copy with its heat map: the replaced news column lights up
    view->comparison()->setHeatMapVisible(true);
    QTest::qWait(50);
    QVERIFY(view->grab().save(screenshotDir() + u"/triageview-phishing.png"_qs));
    view->comparison()->setHeatMapVisible(false);

    // the next suspect is read ahead while this one is looked at
    QTRY_VERIFY_WITH_TIMEOUT(view->pairs()->cached(recolourId), kTimeoutMs);

    // a reason typed, Return, then C: one keystroke for the verdict
    view->verdictBar()->whoBox()->setText(u"测试员"_qs);
    view->verdictBar()->reasonBox()->setFocus();
    view->verdictBar()->reasonBox()->insert(u"仿冒登录表单，索要身份证号和银行卡号"_qs); // QTest types ASCII only
    QTest::keyClick(view->verdictBar()->reasonBox(), Qt::Key_Return);
    QVERIFY(view->comparison()->candidateView()->hasFocus());
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(view->comparison()->candidateView(), Qt::Key_C);
    QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QVariantList{recolourId}), kTimeoutMs);
    view->repaint(); // painted, not only handed its pictures
    const double nextMs = timer.nsecsElapsed() / 1e6;
    qInfo("keystroke C to the next suspect shown and painted: %.2f ms", nextMs);
    QCOMPARE(view->currentFindingId(), recolourId);
    QVERIFY2(nextMs < 200, qPrintable(u"the next suspect took %1 ms"_qs.arg(nextMs))); // issue 11's target
    QCOMPARE(view->queue()->suspects()[0].status, FindingStatus::Confirmed);
    QVERIFY(view->verdictBar()->reasonBox()->text().isEmpty());

    // in the case, with who and why
    const auto statusInCase = [&](qint64 id) {
        Connection conn(path, true);
        auto f = FindingRepository::byId(conn.db(), id);
        return f ? f->status : FindingStatus::Open;
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusInCase(phishId), FindingStatus::Confirmed, kTimeoutMs);
    {
        Connection conn(path, true);
        auto history = FindingRepository::history(conn.db(), phishId);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->last().status, FindingStatus::Confirmed);
        QCOMPARE(history->last().who, u"测试员"_qs);
        QCOMPARE(history->last().why, u"仿冒登录表单，索要身份证号和银行卡号"_qs);
        QVERIFY(history->last().at.isValid());
    }

    // the recoloured copy, with the heat map and the wipe half way: the screenshot a person looks at
    view->comparison()->setHeatMapVisible(true);
    view->comparison()->setWipe(40);
    QTest::qWait(50);
    QVERIFY(window.grab().save(screenshotDir() + u"/triageview.png"_qs));
    view->comparison()->setHeatMapVisible(false);
    view->comparison()->setWipe(0);

    // F on it without a reason: recorded with the view's own reason, and the older suspect follows
    QTRY_VERIFY_WITH_TIMEOUT(view->pairs()->cached(oldId), kTimeoutMs);
    timer.restart();
    QTest::keyClick(view->queue(), Qt::Key_F);
    QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QVariantList{oldId}), kTimeoutMs);
    view->repaint();
    qInfo("keystroke F to the next suspect shown and painted: %.2f ms", timer.nsecsElapsed() / 1e6);
    QTRY_COMPARE_WITH_TIMEOUT(statusInCase(recolourId), FindingStatus::FalsePositive, kTimeoutMs);
    {
        Connection conn(path, true);
        auto history = FindingRepository::history(conn.db(), recolourId);
        QVERIFY(history && !history->isEmpty());
        QVERIFY(history->last().why.contains(u"0.78"_qs));
    }

    // S skips: nothing recorded; the last undecided one stays shown
    QTest::keyClick(view->queue(), Qt::Key_S);
    QCOMPARE(view->currentFindingId(), oldId);
    QTest::qWait(100);
    QCOMPARE(statusInCase(oldId), FindingStatus::Open);
    QVERIFY(view->grab().save(screenshotDir() + u"/triageview-last.png"_qs));

    // cold: nothing read ahead (the cache dropped), the analyst clicks a suspect; the pictures follow
    // from the thread pool while the GUI thread stays free
    view->pairs()->setCasePath(path);
    timer.restart();
    view->queue()->setCurrentRow(0);
    const double handedMs = timer.nsecsElapsed() / 1e6;
    QTRY_VERIFY_WITH_TIMEOUT(shown.last() == QVariantList{phishId}, kTimeoutMs);
    view->repaint();
    qInfo("cold: click handled in %.2f ms on the GUI thread, screenshots read, diffed and painted after %.2f ms",
          handedMs, timer.nsecsElapsed() / 1e6);
    QCOMPARE(view->currentFindingId(), phishId);
}

QTEST_MAIN(TestTriageView)
#include "tst_triageview.moc"
