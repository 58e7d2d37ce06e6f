#include "casefile.h"
#include "casewriter.h"
#include "import/catalogrepository.h"
#include "import/headermap.h"
#include "listimporter.h"
#include "orgrepository.h"
#include "ziptools.h"

#include <QElapsedTimer>

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

const QString kOrgHeader = u"id,name,kind,level,role,region,parent,websites,mail_domains,webmail,authorized"_qs;

} // namespace

class TestListImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &bytes, const QString &suffix = u".csv"_qs)
    {
        const QString path = m_dir.filePath(u"list%1%2"_qs.arg(++m_files).arg(suffix));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString newCase()
    {
        const QString path = m_dir.filePath(u"case%1.govcase"_qs.arg(++m_files));
        const Status s = CaseFile::open(path, CaseFile::Mode::CreateIfMissing);
        if (!s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return path;
    }

    static int count(const QString &casePath, const QString &table)
    {
        Connection c(casePath, true);
        QSqlQuery q(c.db());
        q.exec(u"SELECT count(*) FROM "_qs + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void orgsWithChineseHeadersInGb18030()
    {
        const QString text =
            u"编号,名称,类型,层级,角色,行政区划代码,上级编号,网站,邮件域名,webmail,授权主动检测,联系人\n"
            "A001,深圳市人民政府,党政机关,市级,政府,440300,,https://www.sz.gov.cn；www.sz.cn,"
            "SZ.GOV.CN;@mail.sz.gov.cn,https://mail.sz.gov.cn/,是,张三\n"
            "A002,深圳市教育局,party_gov,city,department,440300,A001,\"jyj.sz.gov.cn  edu.sz.cn\",,,no,\n"_qs;
        const QString path = writeFile(QStringEncoder("GB18030").encode(text));
        auto parsed = ListImporter::parse(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->format, u"CSV (GB18030)"_qs);
        QCOMPARE(parsed->kind, ListKind::Orgs);
        QVERIFY2(parsed->errors.isEmpty(), qPrintable(parsed->errors.value(0).message));
        QCOMPARE(parsed->orgs.size(), 2);
        const Organization &a = parsed->orgs.at(0);
        QCOMPARE(a.name, u"深圳市人民政府"_qs);
        QCOMPARE(a.kind, OrgKind::PartyGov);
        QCOMPARE(a.level, OrgLevel::City);
        QCOMPARE(a.role, OrgRole::Government);
        QCOMPARE(a.region, u"440300"_qs);
        QCOMPARE(a.websites, (QStringList{u"https://www.sz.gov.cn"_qs, u"www.sz.cn"_qs}));
        QCOMPARE(a.mailDomains, (QStringList{u"sz.gov.cn"_qs, u"mail.sz.gov.cn"_qs}));
        QCOMPARE(a.webmail, QStringList{u"https://mail.sz.gov.cn/"_qs});
        QVERIFY(a.authorized);
        const Organization &b = parsed->orgs.at(1);
        QCOMPARE(b.role, OrgRole::Department);
        QCOMPARE(b.parent, u"A001"_qs);
        QCOMPARE(b.websites, (QStringList{u"jyj.sz.gov.cn"_qs, u"edu.sz.cn"_qs}));
        QVERIFY(!b.authorized);
    }

    void orgsFromXlsx()
    {
        const QString sheet =
            Testing::inlineRow(1, {u"编号*"_qs, u"名称"_qs, u"类型"_qs, u"行政区划代码"_qs}) +
            u"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>B1</t></is></c>"
            "<c r=\"B2\" t=\"inlineStr\"><is><t>某县政府</t></is></c>"
            "<c r=\"C2\" t=\"inlineStr\"><is><t>党政机关</t></is></c><c r=\"D2\"><v>990100</v></c></row>"_qs;
        auto parsed = ListImporter::parse(writeFile(Testing::makeXlsx(sheet), u".xlsx"_qs));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->format, u"XLSX"_qs);
        QCOMPARE(parsed->orgs.size(), 1);
        QCOMPARE(parsed->orgs.at(0).region, u"990100"_qs);
    }

    void workbookFromAnotherWriter()
    {
        // Written by openpyxl (tests/models/data/make_orgs_openpyxl.py): merged title row, numbers typed as
        // numbers, booleans, character references, a second sheet that must be ignored.
        auto parsed = ListImporter::parse(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/models/data/orgs_openpyxl.xlsx"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->kind, ListKind::Orgs);
        QCOMPARE(parsed->orgs.size(), 3);
        const Organization &p1 = parsed->orgs.at(0);
        QCOMPARE(p1.id, u"P001"_qs);
        QCOMPARE(p1.region, u"990000"_qs);
        QVERIFY(p1.authorized);
        QCOMPARE(p1.websites, QStringList{u"https://www.example.gov.cn/"_qs});
        QCOMPARE(parsed->orgs.at(1).websites, (QStringList{u"jyt.example.gov.cn"_qs, u"edu.example.cn"_qs}));
        QCOMPARE(parsed->orgs.at(1).region, u"990000"_qs); // typed as 990000.0
        QVERIFY(!parsed->orgs.at(1).authorized);
        QCOMPARE(parsed->orgs.at(2).id, u"1003"_qs); // a numeric id stays "1003"
        QCOMPARE(parsed->orgs.at(2).kind, OrgKind::Institution);
        QCOMPARE(parsed->errors.size(), 1);
        QCOMPARE(parsed->errors.at(0).line, 6);
        QVERIFY2(parsed->errors.at(0).message.contains(u"'99010' is not a 6-digit"_qs),
                 qPrintable(parsed->errors.at(0).message));
    }

    void titleRowsAboveTheHeader_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("detected") << QString();
        QTest::addRow("given") << u"orgs"_qs;
    }
    void titleRowsAboveTheHeader()
    {
        QFETCH(QString, kind);
        const QString sheet = Testing::inlineRow(1, {u"某省政务应用清单"_qs}) +
                              Testing::inlineRow(2, {u"填报日期：2026年11月"_qs, u""_qs, u"单位：省网信办"_qs}) +
                              Testing::inlineRow(4, {u"编号"_qs, u"名称"_qs, u"类型"_qs}) +
                              Testing::inlineRow(5, {u"A1"_qs, u"某省人民政府"_qs, u"党政机关"_qs}) +
                              Testing::inlineRow(6, {u"A2"_qs, u""_qs, u"党政机关"_qs});
        auto parsed = ListImporter::parse(writeFile(Testing::makeXlsx(sheet), u".xlsx"_qs),
                                          kind.isEmpty() ? std::nullopt : listKindFrom(kind));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->kind, ListKind::Orgs);
        QCOMPARE(parsed->orgs.size(), 1);
        QCOMPARE(parsed->orgs.at(0).name, u"某省人民政府"_qs);
        QCOMPARE(parsed->errors.size(), 1);
        QCOMPARE(parsed->errors.at(0).line, 6);
    }

    void detectKind_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("kind");
        QTest::addRow("orgs english") << u"ID, Name ,KIND,websites"_qs << u"orgs"_qs;
        QTest::addRow("orgs chinese") << u"编号,名称,类型"_qs << u"orgs"_qs;
        QTest::addRow("apps by package") << u"name,package"_qs << u"apps"_qs;
        QTest::addRow("apps by apk") << u"名称,安装包"_qs << u"apps"_qs;
        QTest::addRow("apps by signer") << u"name,signer_sha256"_qs << u"apps"_qs;
        QTest::addRow("accounts") << u"platform,name,account_id"_qs << u"accounts"_qs;
        QTest::addRow("accounts chinese") << u"平台,名称,运营主体"_qs << u"accounts"_qs;
        QTest::addRow("leads") << u"url,source,note"_qs << u"leads"_qs;
        QTest::addRow("leads chinese") << u"网址,备注"_qs << u"leads"_qs;
        QTest::addRow("unknown") << u"foo,bar"_qs << QString();
        QTest::addRow("orgs without kind") << u"id,name"_qs << QString();
    }
    void detectKind()
    {
        QFETCH(QString, header);
        QFETCH(QString, kind);
        const auto detected = Import::ColumnMap::detectKind(header.split(u','));
        QCOMPARE(detected ? toId(*detected) : QString(), kind);
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("good");
        const QString ok = u"Z9,好单位,党政机关,,,,,,,,\n"_qs;
        auto org = [&](const QString &row) -> QString { return kOrgHeader + u'\n' + row + u'\n' + ok; };
        QTest::addRow("missing id") << u"orgs"_qs << org(u",无编号,党政机关"_qs) << 2 << u"column 'id'"_qs << 1;
        QTest::addRow("missing name") << u"orgs"_qs << org(u"A1,,党政机关"_qs) << 2 << u"column 'name'"_qs << 1;
        QTest::addRow("unknown kind") << u"orgs"_qs << org(u"A1,x,政府机关"_qs) << 2 << u"not a kind"_qs << 1;
        QTest::addRow("empty kind") << u"orgs"_qs << org(u"A1,x,"_qs) << 2 << u"the kind is empty"_qs << 1;
        QTest::addRow("unknown level") << u"orgs"_qs << org(u"A1,x,企业,地球级"_qs) << 2 << u"not a level"_qs << 1;
        QTest::addRow("unknown role") << u"orgs"_qs << org(u"A1,x,企业,,老板"_qs) << 2 << u"not a role"_qs << 1;
        QTest::addRow("short region") << u"orgs"_qs << org(u"A1,x,企业,,,44030"_qs) << 2 << u"6-digit"_qs << 1;
        QTest::addRow("own parent") << u"orgs"_qs << org(u"A1,x,企业,,,,A1"_qs) << 2 << u"own parent"_qs << 1;
        QTest::addRow("bad website") << u"orgs"_qs << org(u"A1,x,企业,,,,,ftp://x.gov.cn"_qs) << 2
                                     << u"column 'websites': 'ftp://x.gov.cn' is not a website"_qs << 1;
        QTest::addRow("bad website host")
            << u"orgs"_qs << org(u"A1,x,企业,,,,,http://bad_host!/"_qs) << 2 << u"not a website"_qs << 1;
        QTest::addRow("bad mail domain") << u"orgs"_qs << org(u"A1,x,企业,,,,,,localhost"_qs) << 2
                                         << u"column 'mail_domains'"_qs << 1;
        QTest::addRow("bad authorized") << u"orgs"_qs << org(u"A1,x,企业,,,,,,,,maybe"_qs) << 2 << u"yes or no"_qs << 1;
        QTest::addRow("too many columns")
            << u"orgs"_qs << org(u"A1,x,企业,,,,,,,,,extra"_qs) << 2 << u"12 cells but the header has 11"_qs << 1;
        QTest::addRow("duplicate id") << u"orgs"_qs << org(u"Z9,again,企业"_qs) << 3 << u"same row as line 2"_qs << 1;
        QTest::addRow("huge cell") << u"orgs"_qs << org(u"A1,"_qs + QString(65 * 1024 + 1, u'名')) << 2
                                   << u"larger than 64 KiB"_qs << 1;
        QTest::addRow("quoted newline keeps line")
            << u"orgs"_qs << QString(kOrgHeader + u"\nA1,\"two\nlines\",企业\nA2,x,坏\n"_qs) << 4 << u"not a kind"_qs
            << 1;
        QTest::addRow("bad signer") << u"apps"_qs << u"name,package,signer_sha256\n政务通,gov.app,abc\n好,a.b,\n"_qs
                                    << 2 << u"not a SHA-256"_qs << 1;
        QTest::addRow("app without name or package") << u"apps"_qs << u"store,name,package\nhuawei,,\nx,y,z\n"_qs << 2
                                                     << u"neither a name nor a package"_qs << 1;
        QTest::addRow("missing apk") << u"apps"_qs << u"name,apk\nA,missing.apk\nB,\n"_qs << 2
                                     << u"missing.apk cannot be opened"_qs << 1;
        QTest::addRow("icon that is no image")
            << u"apps"_qs << u"name,icon\nA," GOVSCOPE_SOURCE_DIR "/CMakeLists.txt\nB,\n"_qs << 2
            << u"is not an image"_qs << 1;
        // A hostile list naming a device: read without end before (its size() is 0), refused now.
        QTest::addRow("icon that is a device")
            << u"apps"_qs << u"name,icon\nA,/dev/zero\nB,\n"_qs << 2 << u"not a regular file"_qs << 1;
        QTest::addRow("apk that is a device")
            << u"apps"_qs << u"name,apk\nA,/dev/zero\nB,\n"_qs << 2 << u"not a regular file"_qs << 1;
        QTest::addRow("unknown platform")
            << u"accounts"_qs << u"platform,name,account_id\n火星号,x,1\nwechat_mp,y,2\n"_qs << 2
            << u"not a platform"_qs << 1;
        QTest::addRow("account without name")
            << u"accounts"_qs << u"平台,名称,账号\n微信公众号,,1\n抖音,y,2\n"_qs << 2 << u"column '名称'"_qs << 1;
        QTest::addRow("bad url") << u"leads"_qs << u"url,note\nhttp://,x\nhttp://fake-gov.example.com/,y\n"_qs << 2
                                 << u"not a web address"_qs << 1;
        QTest::addRow("javascript url") << u"leads"_qs << u"url\njavascript:alert(1)\nfake.example.com\n"_qs << 2
                                        << u"not a web address"_qs << 1;
        QTest::addRow("duplicate lead") << u"leads"_qs << u"url\nhttp://a.example.com/\nhttp://a.example.com/\n"_qs << 3
                                        << u"same row as line 2"_qs << 1;
    }
    void badRows()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        QFETCH(int, good);
        auto parsed = ListImporter::parse(writeFile(text.toUtf8()), listKindFrom(kind));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->errors.size(), 1);
        QCOMPARE(parsed->errors.at(0).line, line);
        QVERIFY2(parsed->errors.at(0).message.contains(message), qPrintable(parsed->errors.at(0).message));
        QCOMPARE(parsed->rows(), good);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << QString() << u"is empty"_qs;
        QTest::addRow("blank lines") << QByteArray("\n\r\n  \n") << QString() << u"is empty"_qs;
        QTest::addRow("unknown header") << QByteArray("foo,bar\n1,2\n") << QString() << u"cannot tell"_qs;
        QTest::addRow("missing required column")
            << QByteArray("id,name\nA,B\n") << u"orgs"_qs << u"needs the columns"_qs;
        QTest::addRow("two columns for one field")
            << QByteArray("id,编号,name,kind\n") << QString() << u"both mean 'id'"_qs;
        QTest::addRow("old xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest") << QString() << u".xls"_qs;
        QTest::addRow("unclosed quote in header") << QByteArray("id,\"name\n") << QString() << u"header row"_qs;
    }
    void refusedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = writeFile(bytes);
        auto parsed = ListImporter::parse(path, kind.isEmpty() ? std::nullopt : listKindFrom(kind));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(path), qPrintable(parsed.errorMessage()));
    }

    void headerOnlyIsZeroRows()
    {
        auto parsed = ListImporter::parse(writeFile("\xEF\xBB\xBF" + kOrgHeader.toUtf8() + "\r\n"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->format, u"CSV (UTF-8 with BOM)"_qs);
        QCOMPARE(parsed->rows(), 0);
        QVERIFY(parsed->errors.isEmpty());
    }

    void oversizedFileIsRefused()
    {
        const QString path = m_dir.filePath(u"huge.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(101LL * 1024 * 1024)); // sparse: costs no disk
        f.close();
        auto parsed = ListImporter::parse(path);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(u"larger than 100 MB"_qs), qPrintable(parsed.errorMessage()));
        QFile::remove(path);
    }

    void reimportUpdatesWithoutDuplicates()
    {
        const QString casePath = newCase();
        CaseWriter writer(casePath);
        const QString first = kOrgHeader + u"\nA1,旧名称,党政机关,省级,政府,440000,,www.a.gov.cn,a.gov.cn,,是\n"
                                           "A2,乙,事业单位,市级,部门,440300,A1,www.b.cn,,,否\n"_qs;
        auto one = ListImporter::importFile(writeFile(first.toUtf8()), std::nullopt, writer);
        QVERIFY2(one.ok(), qPrintable(one.errorMessage()));
        QCOMPARE(one->inserted, 2);
        QCOMPARE(one->updated, 0);

        const QString second = kOrgHeader + u"\nA1,新名称,党政机关,省级,政府,440000,,www.new.gov.cn,,,是\n"
                                            "A3,丙,企业,县级,,440303,A2,,,,否\n"_qs;
        auto two = ListImporter::importFile(writeFile(second.toUtf8()), std::nullopt, writer);
        QVERIFY2(two.ok(), qPrintable(two.errorMessage()));
        QCOMPARE(two->inserted, 1);
        QCOMPARE(two->updated, 1);
        // The same file again changes nothing but counts as updates.
        auto three = ListImporter::importFile(writeFile(second.toUtf8()), std::nullopt, writer);
        QVERIFY(three.ok());
        QCOMPARE(three->inserted, 0);
        QCOMPARE(three->updated, 2);

        QCOMPARE(count(casePath, u"orgs"_qs), 3);
        Connection c(casePath, true);
        auto a1 = OrgRepository::byId(c.db(), u"A1"_qs);
        QVERIFY(a1.ok());
        QCOMPARE(a1->name, u"新名称"_qs);
        QCOMPARE(a1->websites, QStringList{u"www.new.gov.cn"_qs});
        auto assets = OrgRepository::assets(c.db(), u"A1"_qs);
        QVERIFY(assets.ok());
        QStringList values;
        for (const Asset &a : *assets)
            values.append(a.value);
        QVERIFY2(!values.contains(u"www.a.gov.cn"_qs), qPrintable(values.join(u' ')));
        QVERIFY(values.contains(u"www.new.gov.cn"_qs));
    }

    void importLeavesTheSameRowsAsOrgRepository()
    {
        const QString text = kOrgHeader + u"\nA1,甲,党政机关,省级,政府,440000,,https://www.a.gov.cn/;a.cn,a.gov.cn,"
                                          "https://mail.a.gov.cn/,是\nA2,乙,企业,,,,,,,,\n"_qs;
        auto parsed = ListImporter::parse(writeFile(text.toUtf8()));
        QVERIFY(parsed.ok());
        const QString viaImport = newCase();
        {
            CaseWriter writer(viaImport);
            QVERIFY(ListImporter::write(*parsed, writer).ok());
        }
        const QString viaRepository = newCase();
        {
            Connection c(viaRepository);
            for (const Organization &o : parsed->orgs)
                QVERIFY(OrgRepository::upsert(c.db(), o).ok());
        }
        auto dump = [](const QString &path) {
            Connection c(path, true);
            QStringList rows;
            QSqlQuery q(c.db());
            q.exec(u"SELECT id, name, kind, level, role, region, parent, websites, mail_domains, webmail, apps, "
                   "accounts, authorized FROM orgs ORDER BY id"_qs);
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 13; ++i)
                    cells.append(q.value(i).isNull() ? u"NULL"_qs : q.value(i).toString());
                rows.append(cells.join(u'|'));
            }
            q.exec(u"SELECT org, type, value, source FROM assets ORDER BY org, type, value"_qs);
            while (q.next())
                rows.append(u"%1|%2|%3|%4"_qs.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString()));
            return rows;
        };
        const QStringList imported = dump(viaImport);
        QCOMPARE(imported.size(), 2 + 7); // 2 orgs; 2 websites + 2 hosts, 1 mail domain, webmail + its mail host
        QCOMPARE(imported, dump(viaRepository));
    }

    void catalogues()
    {
        const QString casePath = newCase();
        CaseWriter writer(casePath);
        const QString sha = QString(64, u'a');
        const QString apps = u"应用商店,名称,开发者,包名,版本,签名,官方,所属单位\n"
                             "华为,粤省事,数字广东,gov.gd.yss,1.0,"_qs +
                             sha + u",是,A1\n小米,粤省事,数字广东,gov.gd.yss,1.0,,yes,A1\n"_qs;
        auto a = ListImporter::importFile(writeFile(apps.toUtf8()), std::nullopt, writer);
        QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
        QCOMPARE(a->parsed.kind, ListKind::Apps);
        QCOMPARE(a->inserted, 2);
        const QString apps2 = u"store,name,package,version,official\n华为,粤省事,gov.gd.yss,2.0,no\n"_qs;
        auto a2 = ListImporter::importFile(writeFile(apps2.toUtf8()), std::nullopt, writer);
        QVERIFY(a2.ok());
        QCOMPARE(a2->updated, 1);

        const QString accounts = u"平台,名称,账号ID,运营主体,官方\n微信公众号,深圳发布,gh_123,深圳市政府新闻办,是\n"
                                 "douyin,深圳发布,,深圳市政府新闻办,是\n"_qs;
        auto b = ListImporter::importFile(writeFile(accounts.toUtf8()), std::nullopt, writer);
        QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
        QCOMPARE(b->inserted, 2);
        auto b2 = ListImporter::importFile(writeFile(accounts.toUtf8()), std::nullopt, writer);
        QCOMPARE(b2->updated, 2);

        const QString leads = u"网址,单位,来源,备注\nfake-sz-gov.example.com/login,A1,举报,仿冒\n"
                              "https://x.example.net/,,巡查,\n"_qs;
        auto c = ListImporter::importFile(writeFile(leads.toUtf8()), std::nullopt, writer);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c->inserted, 2);
        auto c2 = ListImporter::importFile(writeFile(leads.toUtf8()), std::nullopt, writer);
        QCOMPARE(c2->updated, 2);

        Connection conn(casePath, true);
        auto storedApps = CatalogRepository::apps(conn.db());
        QVERIFY(storedApps.ok());
        QCOMPARE(storedApps->size(), 2);
        QCOMPARE(storedApps->at(0).version, u"2.0"_qs);
        QVERIFY(!storedApps->at(0).official);
        QCOMPARE(storedApps->at(1).signerSha256, QString());
        auto storedAccounts = CatalogRepository::accounts(conn.db());
        QCOMPARE(storedAccounts->size(), 2);
        QCOMPARE(storedAccounts->at(0).platform, u"wechat_mp"_qs);
        QCOMPARE(storedAccounts->at(0).accountId, u"gh_123"_qs);
        QVERIFY(storedAccounts->at(0).official);
        auto storedLeads = CatalogRepository::leads(conn.db());
        QCOMPARE(storedLeads->size(), 2);
        QCOMPARE(storedLeads->at(0).url, u"http://fake-sz-gov.example.com/login"_qs);
        QCOMPARE(storedLeads->at(0).note, u"仿冒"_qs);
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<bool>("whileWriting");
        QTest::addRow("while reading") << false;
        QTest::addRow("while writing") << true;
    }
    void cancelWritesNothing()
    {
        QFETCH(bool, whileWriting);
        QByteArray csv = kOrgHeader.toUtf8() + '\n';
        for (int i = 0; i < 2000; ++i)
            csv += "C" + QByteArray::number(i) + ",x,other,,,,,,,,\n";
        const QString file = writeFile(csv);
        const QString casePath = newCase();
        CaseWriter writer(casePath);
        std::atomic<bool> writing = false;
        int calls = 0;
        ImportControl control;
        control.progress = [&](int done, int total) {
            ++calls;
            QVERIFY(done <= total);
        };
        // Cancel after the first progress report of the chosen phase.
        control.cancelled = [&] { return whileWriting ? writing.load() && calls > 1 : calls > 1; };
        auto parsed = ListImporter::parse(file, std::nullopt, whileWriting ? ImportControl{} : control);
        if (!whileWriting) {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.errorMessage().contains(u"cancelled"_qs), qPrintable(parsed.errorMessage()));
            return;
        }
        QVERIFY(parsed.ok());
        writing = true;
        auto summary = ListImporter::write(std::move(*parsed), writer, control);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().contains(u"cancelled; nothing was imported"_qs),
                 qPrintable(summary.errorMessage()));
        QCOMPARE(count(casePath, u"orgs"_qs), 0);
        QCOMPARE(count(casePath, u"assets"_qs), 0);
    }

    void tenThousandOrgsAreFast()
    {
        QByteArray csv = kOrgHeader.toUtf8() + '\n';
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral(
                       "G%1,测试单位%1,党政机关,县级,部门,4403%2,G%3,https://www%1.example.gov.cn/;w%1.example.cn,"
                       "d%1.gov.cn,https://mail%1.example.gov.cn/,否\n")
                       .arg(i)
                       .arg(i % 100, 2, 10, QChar(u'0'))
                       .arg(i / 10)
                       .toUtf8();
        const QString file = writeFile(csv);
        const QString casePath = newCase();
        CaseWriter writer(casePath);
        QElapsedTimer timer;
        timer.start();
        auto parsed = ListImporter::parse(file);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const qint64 parseMs = timer.elapsed();
        int lastDone = 0;
        ImportControl control;
        control.progress = [&](int done, int) { lastDone = done; };
        auto summary = ListImporter::write(std::move(*parsed), writer, control);
        const qint64 totalMs = timer.elapsed();
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->parsed.errors.size(), 1); // G0 names itself as parent
        QCOMPARE(summary->inserted, 9999);
        QCOMPARE(lastDone, 9999);
        QCOMPARE(count(casePath, u"orgs"_qs), 9999);
        qInfo("import of 10,000 orgs: parse %lld ms, parse+write %lld ms", parseMs, totalMs);
        QVERIFY2(totalMs < 3000, qPrintable(u"took %1 ms"_qs.arg(totalMs)));
    }
};

QTEST_GUILESS_MAIN(TestListImporter)
#include "tst_listimporter.moc"
