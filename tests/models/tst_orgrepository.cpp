// Organisations and their assets: upsert by id, declared vs discovered assets, counts, hosts of URLs.

#include "casefile.h"
#include "assets.h"
#include "hosts.h"
#include "orgrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

Organization office()
{
    Organization o;
    o.id = u"A001"_qs;
    o.name = u"示例省人民政府办公厅"_qs;
    o.kind = OrgKind::PartyGov;
    o.level = OrgLevel::Province;
    o.role = OrgRole::Government;
    o.region = u"510000"_qs;
    o.websites = {u"https://www.example.gov.cn/index.html"_qs, u"http://old.example.gov.cn"_qs};
    o.mailDomains = {u"Example.GOV.cn"_qs};
    o.webmail = {u"https://mail.example.gov.cn"_qs};
    o.apps = {u"cn.gov.example.app"_qs};
    o.accounts = {u"示例发布"_qs};
    o.authorized = true;
    return o;
}

QStringList describe(const QList<Asset> &assets)
{
    QStringList list;
    for (const Asset &a : assets)
        list << toId(a.type) + u'=' + a.value + u'/' + toId(a.source);
    list.sort();
    return list;
}

} // namespace

class TestOrgRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;
    int m_cases = 0;
    QSqlDatabase &db() { return m_conn->db(); }

private Q_SLOTS:
    void init()
    {
        const QString p = m_dir.filePath(u"case%1.govcase"_qs.arg(++m_cases));
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing));
        m_conn = std::make_unique<Connection>(p);
        QVERIFY(m_conn->ok());
    }
    void cleanup() { m_conn.reset(); }

    void upsertRoundTrips()
    {
        QVERIFY(OrgRepository::upsert(db(), office()));
        const auto read = OrgRepository::byId(db(), u"A001"_qs);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        const Organization &o = *read;
        QCOMPARE(o.name, u"示例省人民政府办公厅"_qs);
        QCOMPARE(o.kind, OrgKind::PartyGov);
        QCOMPARE(o.level, OrgLevel::Province);
        QCOMPARE(o.role, OrgRole::Government);
        QCOMPARE(o.region, u"510000"_qs);
        QCOMPARE(o.websites, office().websites);
        QCOMPARE(o.mailDomains, office().mailDomains);
        QCOMPARE(o.accounts, office().accounts);
        QVERIFY(o.authorized);
        QVERIFY(o.parent.isEmpty());
    }

    void minimalOrgIsAccepted()
    {
        // Only id, name and kind are required; empty fields are stored as '' (the columns are NOT NULL).
        Organization o;
        o.id = u"B9"_qs;
        o.name = u"乡镇卫生院"_qs;
        const Status s = OrgRepository::upsert(db(), o);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(OrgRepository::byId(db(), u"B9"_qs)->level, OrgLevel::Unknown);
        QVERIFY(OrgRepository::assets(db(), u"B9"_qs)->isEmpty());
    }

    void declaredAssetsFollowTheRow()
    {
        QVERIFY(OrgRepository::upsert(db(), office()));
        QCOMPARE(describe(*OrgRepository::assets(db(), u"A001"_qs)),
                 (QStringList{u"account=示例发布/declared"_qs, u"app=cn.gov.example.app/declared"_qs,
                              u"host=old.example.gov.cn/declared"_qs, u"host=www.example.gov.cn/declared"_qs,
                              u"mail_domain=example.gov.cn/declared"_qs, u"mail_host=mail.example.gov.cn/declared"_qs,
                              u"website=http://old.example.gov.cn/declared"_qs,
                              u"website=https://mail.example.gov.cn/declared"_qs,
                              u"website=https://www.example.gov.cn/index.html/declared"_qs}));

        QVERIFY(OrgRepository::addDiscoveredAsset(db(), u"A001"_qs, AssetType::Host, u"vpn.example.gov.cn"_qs));
        QVERIFY(OrgRepository::addDiscoveredAsset(db(), u"A001"_qs, AssetType::Host, u"new.example.gov.cn"_qs));
        QVERIFY(OrgRepository::addDiscoveredAsset(db(), u"A001"_qs, AssetType::Host, u"www.example.gov.cn"_qs));

        // Re-import: fewer websites, and one discovered host is now declared.
        Organization changed = office();
        changed.name = u"示例省人民政府办公厅（更名）"_qs;
        changed.websites = {u"https://new.example.gov.cn"_qs};
        changed.webmail.clear();
        changed.apps.clear();
        changed.accounts.clear();
        QVERIFY(OrgRepository::upsert(db(), changed));
        QCOMPARE(OrgRepository::all(db())->size(), 1); // updated by id, not duplicated
        QCOMPARE(OrgRepository::byId(db(), u"A001"_qs)->name, changed.name);
        QCOMPARE(describe(*OrgRepository::assets(db(), u"A001"_qs)),
                 (QStringList{u"host=new.example.gov.cn/declared"_qs, u"host=vpn.example.gov.cn/discovered"_qs,
                              u"mail_domain=example.gov.cn/declared"_qs,
                              u"website=https://new.example.gov.cn/declared"_qs}));
        QCOMPARE(OrgRepository::assetCounts(db())->value(u"A001"_qs), 4);
    }

    void allIsOrderedAndCountsPerOrg()
    {
        for (const char *id : {"C3", "A1", "B2"}) {
            Organization o;
            o.id = QString::fromLatin1(id);
            o.name = u"单位"_qs + o.id;
            o.parent = o.id == u"A1"_qs ? QString() : u"A1"_qs;
            o.websites = {u"https://%1.gov.cn"_qs.arg(o.id.toLower())};
            QVERIFY(OrgRepository::upsert(db(), o));
        }
        const auto all = OrgRepository::all(db());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, u"A1"_qs);
        QCOMPARE(all->at(2).id, u"C3"_qs);
        QCOMPARE(all->at(1).parent, u"A1"_qs);
        const auto counts = OrgRepository::assetCounts(db());
        QCOMPARE(counts->value(u"B2"_qs), 2); // website + host
        QVERIFY(!OrgRepository::byId(db(), u"Z9"_qs));
        QVERIFY(OrgRepository::byId(db(), u"Z9"_qs).errorMessage().contains(u"Z9"_qs));
    }

    void hostOf_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::addRow("url") << u"https://WWW.Example.gov.cn/a?b=c"_qs << u"www.example.gov.cn"_qs;
        QTest::addRow("bare host") << u"example.gov.cn"_qs << u"example.gov.cn"_qs;
        QTest::addRow("host and port") << u"example.gov.cn:8443"_qs << u"example.gov.cn"_qs;
        QTest::addRow("spaces") << u"  http://a.gov.cn  "_qs << u"a.gov.cn"_qs;
        QTest::addRow("ip") << u"http://203.0.113.7/x"_qs << u"203.0.113.7"_qs;
    }

    void hostOf()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        QCOMPARE(Govscope::Models::hostOf(input), host);
    }
};

QTEST_GUILESS_MAIN(TestOrgRepository)
#include "tst_orgrepository.moc"
