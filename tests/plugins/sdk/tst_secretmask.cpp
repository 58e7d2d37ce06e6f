// Secrets in served files are masked before they become evidence, with a hash a third party can match.
#include "secretmask.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Govscope::Sdk;

namespace {

QString markerFor(const char *secret)
{
    return u"[secret masked sha256:%1]"_qs.arg(
        QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(16)));
}

} // namespace

class TestSecretMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecretsInTheirCommonForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("secret");
        QTest::addRow("env") << u"APP_ENV=production\nDB_PASSWORD=Fake-Env-2099\n"_qs << QByteArray("Fake-Env-2099");
        QTest::addRow("export, quoted") << u"export API_KEY=\"k-2099-abcdef\"\n"_qs << QByteArray("k-2099-abcdef");
        QTest::addRow("properties") << u"spring.datasource.password = Fake-Prop-2099\n"_qs
                                    << QByteArray("Fake-Prop-2099");
        QTest::addRow("yaml") << u"redis:\n  password: Fake-Yaml-2099\n"_qs << QByteArray("Fake-Yaml-2099");
        QTest::addRow("json") << u"{\"user\": \"a\", \"secretKey\": \"Fake-Json-2099\"}"_qs
                              << QByteArray("Fake-Json-2099");
        QTest::addRow("xml element") << u"<db><password>Fake Xml 2099</password></db>"_qs
                                     << QByteArray("Fake Xml 2099");
        QTest::addRow("connection string")
            << u"DATABASE_URL=mysql://app:Fake-Url-2099@db.example.cn/app"_qs << QByteArray("Fake-Url-2099");
        QTest::addRow("url alone") << u"jdbc:redis://u:Fake-Url2-2099@cache:6379/0"_qs << QByteArray("Fake-Url2-2099");
        QTest::addRow("ado.net") << u"Server=db;User Id=sa;Password=Fake-Ado-2099;"_qs << QByteArray("Fake-Ado-2099");
        QTest::addRow("pem")
            << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEFAKEFAKEFAKE2099\n-----END RSA PRIVATE KEY-----\n"_qs
            << QByteArray("\nMIIEFAKEFAKEFAKE2099\n");
    }

    void masksSecretsInTheirCommonForms()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, secret);
        const MaskedText m = maskSecrets(input);
        QVERIFY2(!m.text.contains(QString::fromUtf8(secret)), qPrintable(m.text));
        QVERIFY2(m.text.contains(markerFor(secret.constData())), qPrintable(m.text));
        QVERIFY(m.masked >= 1);
    }

    void leavesOrdinaryTextAndPlaceholders()
    {
        const QString page = u"<form><input type=\"password\" name=\"password\"></form>\nAPP_ENV=production\n"
                             "DB_PASSWORD=\nREDIS_PASSWORD=null\nTOKEN=${TOKEN}\nPASS=****\n"
                             "<meta name=\"csrf-token\" content=\"public\">"_qs;
        const MaskedText m = maskSecrets(page);
        QCOMPARE(m.text, page);
        QCOMPARE(m.masked, 0);
    }

    void keepsTheRestOfTheFile()
    {
        const MaskedText m = maskSecrets(u"A=1\nDB_PASSWORD=Fake-Env-2099\nB=2\n"_qs);
        QCOMPARE(m.text, u"A=1\nDB_PASSWORD="_qs + markerFor("Fake-Env-2099") + u"\nB=2\n"_qs);
        QCOMPARE(m.masked, 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
