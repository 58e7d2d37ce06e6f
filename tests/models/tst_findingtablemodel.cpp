// FindingTableModel on a real temporary case: paging with fetchMore, SQL filter and sort, refresh after
// writes, severity colours, and Qt's model contract throughout.

#include "casefile.h"
#include "casewriter.h"
#include "findingrepository.h"
#include "itemmodels/findingdisplay.h"
#include "itemmodels/findingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

constexpr int kFindings = 1234;
const QStringList kFamilies{u"domain"_qs, u"mail"_qs, u"vuln"_qs};

NewFinding makeFinding(int i)
{
    NewFinding f;
    f.org = u"ORG%1"_qs.arg(i % 7);
    f.family = kFamilies.at(i % 3);
    f.check = f.family + u".check_%1"_qs.arg(i % 5);
    f.severity = Severity(i % 5);
    f.target = u"host%1.example.gov.cn"_qs.arg(i, 4, 10, QLatin1Char('0'));
    // Every 100th finding is about a counterfeit (仿冒) site: the text search must find exactly those.
    f.title = i % 100 == 0 ? u"仿冒网站 %1"_qs.arg(i) : u"Finding %1"_qs.arg(i, 4, 10, QLatin1Char('0'));
    f.evidence << NewEvidence{u"dns"_qs, u"resolved to 127.0.1.%1"_qs.arg(i % 250), {}, {}};
    return f;
}

} // namespace

class TestFindingTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsFirstPageThenMoreOnDemand();
    void filtersInSql_data();
    void filtersInSql();
    void sortsInSql_data();
    void sortsInSql();
    void refreshUpdatesInPlaceOrEdits();
    void severityColours();
    void siteTextInToolTipsIsPlain();
    void reportsUnreadableCase();
    void passesModelTesterWhileLoadingEverything();

private:
    void waitLoaded();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<FindingTableModel> m_model;
};

void TestFindingTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"findings.govcase"_qs);
    const Status opened = CaseFile::open(m_path, CaseFile::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    CaseWriter writer(m_path);
    writer.submit([](QSqlDatabase &db) -> Status {
        for (int i = 0; i < kFindings; ++i)
            if (auto id = FindingRepository::record(db, 1, makeFinding(i)); !id)
                return id.error();
        return Done{};
    });
    writer.flushAndWait();
    QCOMPARE(writer.failedJobs(), 0);
}

void TestFindingTableModel::init()
{
    // No tester here: QAbstractItemModelTester calls fetchMore() on every change, which would load
    // every page and hide the paging under test. The tester gets its own test below.
    m_model = std::make_unique<FindingTableModel>();
    m_model->setCasePath(m_path);
    waitLoaded();
}

void TestFindingTableModel::cleanup()
{
    m_model.reset();
}

void TestFindingTableModel::waitLoaded()
{
    QTRY_VERIFY(!m_model->isLoading());
}

void TestFindingTableModel::loadsFirstPageThenMoreOnDemand()
{
    QCOMPARE(m_model->rowCount(), FindingTableModel::PageSize);
    QCOMPARE(m_model->totalCount(), kFindings);
    QVERIFY(m_model->canFetchMore({}));
    // Default order: severity highest first, newest (highest id) first among equals.
    const auto severityAt = [&](int row) {
        return m_model->index(row, 0).data(FindingTableModel::SeverityRole).toInt();
    };
    QCOMPARE(severityAt(0), int(Severity::Critical));
    QVERIFY(m_model->findingAt(0)->id > m_model->findingAt(1)->id);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    waitLoaded();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 2 * FindingTableModel::PageSize);
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        waitLoaded();
    }
    QCOMPARE(m_model->rowCount(), kFindings);
    QSet<qint64> ids;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        ids.insert(m_model->findingAt(r)->id);
        if (r > 0)
            QVERIFY(severityAt(r) <= severityAt(r - 1));
    }
    QCOMPARE(ids.size(), kFindings); // pages neither overlap nor skip
    QCOMPARE(m_model->rowOfId(m_model->findingAt(777)->id), 777);
}

void TestFindingTableModel::filtersInSql_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("minSeverity");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    int vuln = 0, high = 0, vulnCritical = 0;
    for (int i = 0; i < kFindings; ++i) {
        vuln += i % 3 == 2;
        high += i % 5 >= 3;
        vulnCritical += i % 3 == 2 && i % 5 == 4;
    }
    QTest::addRow("family") << u"vuln"_qs << -1 << QString() << vuln;
    QTest::addRow("min severity high") << QString() << int(Severity::High) << QString() << high;
    QTest::addRow("family and severity") << u"vuln"_qs << int(Severity::Critical) << QString() << vulnCritical;
    QTest::addRow("two Chinese characters") << QString() << -1 << u"仿冒"_qs << (kFindings + 99) / 100;
    QTest::addRow("trigram search on target") << QString() << -1 << u"host0042"_qs << 1;
    QTest::addRow("search in evidence") << QString() << -1 << u"127.0.1.249"_qs << kFindings / 250;
    QTest::addRow("nothing matches") << QString() << -1 << u"no such thing"_qs << 0;
}

void TestFindingTableModel::filtersInSql()
{
    QFETCH(QString, family);
    QFETCH(int, minSeverity);
    QFETCH(QString, text);
    QFETCH(int, expected);

    FindingFilter filter;
    filter.family = family;
    if (minSeverity >= 0)
        filter.minSeverity = Severity(minSeverity);
    filter.text = text;
    QSignalSpy total(m_model.get(), &FindingTableModel::totalCountChanged);
    m_model->setFilter(filter);
    waitLoaded();
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(m_model->rowCount(), qMin(expected, int(FindingTableModel::PageSize)));
    QCOMPARE(m_model->canFetchMore({}), expected > FindingTableModel::PageSize);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Finding *f = m_model->findingAt(r);
        if (!family.isEmpty())
            QCOMPARE(f->family, family);
        if (minSeverity >= 0)
            QVERIFY(int(f->severity) >= minSeverity);
    }
}

void TestFindingTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addRow("title ascending") << int(FindingTableModel::TitleColumn) << Qt::AscendingOrder;
    QTest::addRow("title descending") << int(FindingTableModel::TitleColumn) << Qt::DescendingOrder;
    QTest::addRow("target ascending") << int(FindingTableModel::TargetColumn) << Qt::AscendingOrder;
    QTest::addRow("id descending") << int(FindingTableModel::IdColumn) << Qt::DescendingOrder;
    QTest::addRow("severity ascending") << int(FindingTableModel::SeverityColumn) << Qt::AscendingOrder;
}

void TestFindingTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // A filter set after the sort keeps the sort: the sort survives filter changes.
    m_model->sort(column, order);
    FindingFilter filter;
    filter.family = u"mail"_qs;
    m_model->setFilter(filter);
    waitLoaded();
    QVERIFY(m_model->rowCount() > 100);
    const auto key = [&](int row) -> QVariant {
        const Finding *f = m_model->findingAt(row);
        switch (column) {
        case FindingTableModel::TitleColumn:
            return f->title;
        case FindingTableModel::TargetColumn:
            return f->target;
        case FindingTableModel::SeverityColumn:
            return int(f->severity);
        }
        return f->id;
    };
    for (int r = 1; r < m_model->rowCount(); ++r) {
        QCOMPARE(m_model->findingAt(r)->family, u"mail"_qs);
        const int cmp = QVariant::compare(key(r - 1), key(r)) == QPartialOrdering::Less      ? -1
                        : QVariant::compare(key(r - 1), key(r)) == QPartialOrdering::Greater ? 1
                                                                                             : 0;
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp <= 0, qPrintable(u"row %1"_qs.arg(r)));
        else
            QVERIFY2(cmp >= 0, qPrintable(u"row %1"_qs.arg(r)));
    }
}

void TestFindingTableModel::refreshUpdatesInPlaceOrEdits()
{
    const qint64 firstId = m_model->findingAt(0)->id;
    CaseWriter writer(m_path);
    writer.submit([firstId](QSqlDatabase &db) {
        return FindingRepository::setStatus(db, firstId, FindingStatus::Confirmed, u"tester"_qs, u"checked"_qs);
    });
    QTRY_COMPARE(writer.committedJobs(), 1);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(m_model.get(), &FindingTableModel::refreshed);
    m_model->refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(reset.size(), 0); // same rows: updated in place, so a view keeps its selection
    QVERIFY(changed.size() >= 1);
    QCOMPARE(m_model->findingAt(0)->status, FindingStatus::Confirmed);
    QCOMPARE(m_model->index(0, FindingTableModel::StatusColumn).data().toString(),
             FindingDisplay::statusName(FindingStatus::Confirmed));

    // A new critical finding lands at the top: one row inserted there, the last one pushed off the loaded
    // range; no reset, so a view keeps its scroll position and a selected row its index.
    const QPersistentModelIndex kept = m_model->index(10, 0);
    const qint64 keptId = kept.data(FindingTableModel::FindingIdRole).toLongLong();
    const int loaded = m_model->rowCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    writer.submit([](QSqlDatabase &db) -> Status {
        NewFinding f = makeFinding(5000 * 5 - 1); // i % 5 == 4: critical
        f.target = u"new.example.gov.cn"_qs;
        if (auto id = FindingRepository::record(db, 2, f); !id)
            return id.error();
        return Done{};
    });
    QTRY_COMPARE(writer.committedJobs(), 2);
    m_model->refresh();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), loaded - 1);
    QCOMPARE(m_model->rowCount(), loaded);
    QCOMPARE(kept.row(), 11);
    QCOMPARE(kept.data(FindingTableModel::FindingIdRole).toLongLong(), keptId);
    QCOMPARE(m_model->rowOfId(keptId), 11);
    QCOMPARE(m_model->findingAt(0)->target, u"new.example.gov.cn"_qs);
    QCOMPARE(m_model->totalCount(), kFindings + 1);
    QVERIFY(m_model->rowOfId(firstId) >= 0);

    // Leave the shared case as the other tests expect it.
    writer.submit(
        [](QSqlDatabase &db) { return exec(db, u"DELETE FROM findings WHERE target = 'new.example.gov.cn'"_qs); });
    writer.flushAndWait();
}

void TestFindingTableModel::siteTextInToolTipsIsPlain()
{
    // A hostile page title must show as typed, not draw an image or a link in the workbench.
    const QString hostile = u"<img src=\"http://198.51.100.9/x.png\"><a href=\"x\">点我</a> & more"_qs;
    const QString tip = FindingDisplay::plainToolTip(hostile);
    QCOMPARE(tip, u"<qt>"_qs + hostile.toHtmlEscaped() + u"</qt>"_qs);
    QVERIFY(!tip.contains(u"<img"_qs) && !tip.contains(u"<a "_qs));
    QCOMPARE(FindingDisplay::plainToolTip(u"a\nb"_qs), u"<qt>a<br>b</qt>"_qs);
    QCOMPARE(FindingDisplay::plainToolTip(QString()), QString());
    const QModelIndex title = m_model->index(0, FindingTableModel::TitleColumn);
    QCOMPARE(title.data(Qt::ToolTipRole).toString(),
             FindingDisplay::plainToolTip(title.data(Qt::DisplayRole).toString()));
}

void TestFindingTableModel::severityColours()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex cell = m_model->index(r, FindingTableModel::SeverityColumn);
        const Severity severity = Severity(cell.data(FindingTableModel::SeverityRole).toInt());
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), FindingDisplay::severityColor(severity));
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), FindingDisplay::severityBackground(severity));
    }
    QCOMPARE(FindingDisplay::severityColor(Severity::Critical), QColor(0x8b, 0x00, 0x00));
    QVERIFY(FindingDisplay::severityColor(Severity::Low).blue() > FindingDisplay::severityColor(Severity::Low).red());
    QCOMPARE(FindingDisplay::severityColor(Severity::Info).red(), FindingDisplay::severityColor(Severity::Info).blue());
}

void TestFindingTableModel::reportsUnreadableCase()
{
    QSignalSpy failed(m_model.get(), &FindingTableModel::loadFailed);
    m_model->setCasePath(m_dir.filePath(u"missing/none.govcase"_qs));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"none.govcase"_qs));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestFindingTableModel::passesModelTesterWhileLoadingEverything()
{
    FindingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCasePath(m_path);
    // Page by page under the tester's eye, as a view scrolling to the end would; the tester itself also
    // calls fetchMore() whenever rows arrive.
    do {
        QTRY_VERIFY(!model.isLoading());
        model.fetchMore({});
    } while (model.isLoading() || model.canFetchMore({}));
    QCOMPARE(model.rowCount(), kFindings);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.findingAt(r)->id);
    QCOMPARE(ids.size(), kFindings);

    FindingFilter filter;
    filter.text = u"仿冒"_qs;
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), (kFindings + 99) / 100);
    model.sort(FindingTableModel::TargetColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), (kFindings + 99) / 100);
    QVERIFY(model.findingAt(0)->target < model.findingAt(1)->target);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    model.setCasePath({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFindingTableModel)
#include "tst_findingtablemodel.moc"
