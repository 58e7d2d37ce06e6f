// OrgTreeModel: the tree by parent, cycles and orphans at the top, columns, and Qt's model contract.

#include "itemmodels/orgtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Govscope::Models;

namespace {

Organization org(const QString &id, const QString &name, OrgLevel level, const QString &parent = {})
{
    Organization o;
    o.id = id;
    o.name = name;
    o.level = level;
    o.parent = parent;
    o.kind = OrgKind::PartyGov;
    o.region = u"330000"_qs;
    return o;
}

QStringList childIds(const OrgTreeModel &model, const QModelIndex &parent)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(parent); ++r)
        ids << model.index(r, 0, parent).data(OrgTreeModel::OrgIdRole).toString();
    return ids;
}

} // namespace

class TestOrgTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTreeByParentAndLevel();
    void orphansAndCyclesGoToTheTop();
    void columnsShowKindLevelRegionAndAssets();
    void emptyAndReset();
    void sameOrgsUpdateInPlace();
};

void TestOrgTreeModel::buildsTreeByParentAndLevel()
{
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganizations({org(u"C2"_qs, u"杭州市人民政府"_qs, OrgLevel::City, u"P1"_qs),
                            org(u"T1"_qs, u"西湖街道办事处"_qs, OrgLevel::Township, u"X1"_qs),
                            org(u"P1"_qs, u"浙江省人民政府"_qs, OrgLevel::Province),
                            org(u"D1"_qs, u"浙江省教育厅"_qs, OrgLevel::Province, u"P1"_qs),
                            org(u"X1"_qs, u"西湖区人民政府"_qs, OrgLevel::County, u"C2"_qs)},
                           {});
    QCOMPARE(model.organizationCount(), 5);
    QCOMPARE(childIds(model, {}), QStringList{u"P1"_qs});
    const QModelIndex province = model.indexOf(u"P1"_qs);
    // Siblings by level (provincial department before city), then id.
    QCOMPARE(childIds(model, province), (QStringList{u"D1"_qs, u"C2"_qs}));
    const QModelIndex county = model.indexOf(u"X1"_qs);
    QCOMPARE(county.parent(), model.indexOf(u"C2"_qs));
    QCOMPARE(childIds(model, county), QStringList{u"T1"_qs});
    QCOMPARE(model.indexOf(u"T1"_qs).data().toString(), u"西湖街道办事处"_qs);
    QVERIFY(!model.indexOf(u"nope"_qs).isValid());
}

void TestOrgTreeModel::orphansAndCyclesGoToTheTop()
{
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganizations(
        {org(u"A"_qs, u"甲"_qs, OrgLevel::City, u"B"_qs), org(u"B"_qs, u"乙"_qs, OrgLevel::City, u"A"_qs),
         org(u"O"_qs, u"孤"_qs, OrgLevel::County, u"missing"_qs), org(u"O"_qs, u"duplicate id"_qs, OrgLevel::County)},
        {});
    QCOMPARE(model.organizationCount(), 3);
    // Every org stays reachable: count the whole tree.
    int reachable = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            ++reachable;
            walk(model.index(r, 0, parent));
        }
    };
    walk({});
    QCOMPARE(reachable, 3);
    QVERIFY(childIds(model, {}).contains(u"O"_qs));
    QCOMPARE(model.indexOf(u"O"_qs).data().toString(), u"孤"_qs);
}

void TestOrgTreeModel::columnsShowKindLevelRegionAndAssets()
{
    OrgTreeModel model;
    Organization o = org(u"P1"_qs, u"浙江省人民政府"_qs, OrgLevel::Province);
    o.kind = OrgKind::Institution;
    o.authorized = true;
    model.setOrganizations({o}, {{u"P1"_qs, 7}});
    const QModelIndex name = model.indexOf(u"P1"_qs);
    const auto cell = [&](int column) { return model.index(name.row(), column, name.parent()).data(); };
    QCOMPARE(cell(OrgTreeModel::KindColumn).toString(), OrgTreeModel::kindName(OrgKind::Institution));
    QCOMPARE(cell(OrgTreeModel::LevelColumn).toString(), OrgTreeModel::levelName(OrgLevel::Province));
    QCOMPARE(cell(OrgTreeModel::RegionColumn).toString(), u"330000"_qs);
    QCOMPARE(cell(OrgTreeModel::AssetsColumn).toInt(), 7);
    QVERIFY(name.data(OrgTreeModel::AuthorizedRole).toBool());
    QCOMPARE(model.organization(name)->id, u"P1"_qs);
    QCOMPARE(model.headerData(OrgTreeModel::AssetsColumn, Qt::Horizontal).toString(), u"Assets"_qs);
}

void TestOrgTreeModel::emptyAndReset()
{
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setOrganizations({org(u"P1"_qs, u"省"_qs, OrgLevel::Province)}, {});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.organizationCount(), 0);
}

// The live refresh during a scan reloads the same orgs every half second: resetting would make the view
// re-lay out every row (and lose expansion); only the rows whose counts or names changed may be signalled.
void TestOrgTreeModel::sameOrgsUpdateInPlace()
{
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Organization> orgs{org(u"P1"_qs, u"省"_qs, OrgLevel::Province),
                                   org(u"C1"_qs, u"市"_qs, OrgLevel::City, u"P1"_qs),
                                   org(u"C2"_qs, u"市二"_qs, OrgLevel::City, u"P1"_qs)};
    QVERIFY(model.setOrganizations(orgs, {{u"C1"_qs, 1}}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(!model.setOrganizations(orgs, {{u"C1"_qs, 1}})); // nothing changed: nothing signalled
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 0);

    QList<Organization> renamed = orgs;
    renamed[2].name = u"市二（新）"_qs;
    QVERIFY(!model.setOrganizations(renamed, {{u"C1"_qs, 3}})); // a discovered asset, a new name
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 2);
    const QModelIndex c1 = model.indexOf(u"C1"_qs);
    QCOMPARE(c1.siblingAtColumn(OrgTreeModel::AssetsColumn).data().toInt(), 3);
    QCOMPARE(model.indexOf(u"C2"_qs).data().toString(), u"市二（新）"_qs);

    QList<Organization> moved = renamed;
    moved[2].parent.clear(); // a new place in the tree needs a reset
    QVERIFY(model.setOrganizations(moved, {}));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestOrgTreeModel)
#include "tst_orgtreemodel.moc"
