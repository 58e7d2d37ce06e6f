#include "domainnames.h"

#include <QTest>

using Govscope::Sdk::DomainNames;

class TestDomainNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registrable_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("registrable");
        QTest::addRow("gov.cn site") << u"www.example.gov.cn"_qs << u"gov.cn"_qs << u"example.gov.cn"_qs;
        QTest::addRow("deep gov.cn") << u"zt.nynct.sl.gov.cn"_qs << u"gov.cn"_qs << u"sl.gov.cn"_qs;
        QTest::addRow("upper case, trailing dot") << u"WWW.Example.GOV.CN."_qs << u"gov.cn"_qs << u"example.gov.cn"_qs;
        QTest::addRow("com.cn") << u"www.sljrj.com.cn"_qs << u"com.cn"_qs << u"sljrj.com.cn"_qs;
        QTest::addRow("edu.cn") << u"www.slu.edu.cn"_qs << u"edu.cn"_qs << u"slu.edu.cn"_qs;
        QTest::addRow("plain cn") << u"www.slcdc.cn"_qs << u"cn"_qs << u"slcdc.cn"_qs;
        QTest::addRow("com") << u"www.slyy1.com"_qs << u"com"_qs << u"slyy1.com"_qs;
        QTest::addRow("政务 unicode") << u"www.示例.政务"_qs << u"xn--zfr164b"_qs << u"xn--fsq092h.xn--zfr164b"_qs;
        QTest::addRow("政务 punycode") << u"www.xn--fsq092h.xn--zfr164b"_qs << u"xn--zfr164b"_qs
                                       << u"xn--fsq092h.xn--zfr164b"_qs;
        QTest::addRow("公益") << u"www.示例医院.公益"_qs << u"xn--55qw42g"_qs << u"xn--fsqt3gyx9bdny.xn--55qw42g"_qs;
        QTest::addRow("public suffix itself") << u"gov.cn"_qs << u"gov.cn"_qs << QString();
        QTest::addRow("政务 itself") << u"xn--zfr164b"_qs << u"xn--zfr164b"_qs << QString();
    }
    void registrable()
    {
        QFETCH(QString, host);
        QFETCH(QString, suffix);
        QFETCH(QString, registrable);
        QCOMPARE(DomainNames::publicSuffix(host), suffix);
        QCOMPARE(DomainNames::registrableDomain(host), registrable);
    }

    void publicSuffixes()
    {
        QVERIFY(DomainNames::isPublicSuffix(u"gov.cn"_qs));
        QVERIFY(DomainNames::isPublicSuffix(u"政务"_qs));
        QVERIFY(DomainNames::isPublicSuffix(u"xn--55qw42g"_qs));
        QVERIFY(!DomainNames::isPublicSuffix(u"example.gov.cn"_qs));
    }

    void punycodeRoundTrip_data()
    {
        QTest::addColumn<QString>("unicode");
        QTest::addColumn<QString>("ascii");
        QTest::addRow("政务") << u"政务"_qs << u"xn--zfr164b"_qs;
        QTest::addRow("公益") << u"公益"_qs << u"xn--55qw42g"_qs;
        QTest::addRow("示例.政务") << u"示例.政务"_qs << u"xn--fsq092h.xn--zfr164b"_qs;
        QTest::addRow("ascii stays") << u"www.sl.gov.cn"_qs << u"www.sl.gov.cn"_qs;
    }
    void punycodeRoundTrip()
    {
        QFETCH(QString, unicode);
        QFETCH(QString, ascii);
        QCOMPARE(DomainNames::toAscii(unicode), ascii);
        QCOMPARE(DomainNames::toUnicode(ascii), unicode);
        QCOMPARE(DomainNames::toUnicode(DomainNames::toAscii(unicode)), unicode);
    }

    void predicates_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("govCn");
        QTest::addColumn<bool>("govSuffix");
        QTest::addColumn<bool>("cn");
        QTest::addColumn<bool>("gongyi");
        QTest::addRow("gov.cn") << u"www.sl.gov.cn"_qs << true << true << true << false;
        QTest::addRow("政务") << u"www.示例.政务"_qs << false << true << false << false;
        QTest::addRow("政务 ace") << u"www.xn--fsq092h.xn--zfr164b"_qs << false << true << false << false;
        QTest::addRow("公益") << u"示例医院.公益"_qs << false << false << false << true;
        QTest::addRow("com.cn") << u"www.sljrj.com.cn"_qs << false << false << true << false;
        QTest::addRow("com") << u"www.slyy1.com"_qs << false << false << false << false;
        // a suffix match is by whole labels: notgov.cn is not under gov.cn
        QTest::addRow("label boundary") << u"www.notgov.cn"_qs << false << false << true << false;
        QTest::addRow("gov.cn.evil.com") << u"gov.cn.evil.com"_qs << false << false << false << false;
    }
    void predicates()
    {
        QFETCH(QString, host);
        QFETCH(bool, govCn);
        QFETCH(bool, govSuffix);
        QFETCH(bool, cn);
        QFETCH(bool, gongyi);
        QCOMPARE(DomainNames::underGovCn(host), govCn);
        QCOMPARE(DomainNames::underGovSuffix(host), govSuffix);
        QCOMPARE(DomainNames::underCn(host), cn);
        QCOMPARE(DomainNames::underGongyi(host), gongyi);
    }

    void chineseDomains()
    {
        QVERIFY(DomainNames::isChineseDomain(u"www.示例.政务"_qs));
        QVERIFY(DomainNames::isChineseDomain(u"示例.gov.cn"_qs));
        QVERIFY(!DomainNames::isChineseDomain(u"www.sl.gov.cn"_qs));
    }

    void explainNamesSuffixAndDomain()
    {
        const QString text = DomainNames::explain(u"www.example.gov.cn"_qs);
        QVERIFY2(text.contains(u"gov.cn"_qs) && text.contains(u"example.gov.cn"_qs), qPrintable(text));
    }

    void invalidNames()
    {
        QCOMPARE(DomainNames::toAscii(QString()), QString());
        QCOMPARE(DomainNames::registrableDomain(QString()), QString());
        QVERIFY(!DomainNames::underGovCn(QString()));
    }
};

QTEST_GUILESS_MAIN(TestDomainNames)
#include "tst_domainnames.moc"
