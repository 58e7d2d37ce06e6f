// The mail family's rules on captured server answers, DNS records and login pages: each check's
// positive and negative cases without a network.
#include "mailrules.h"
#include "mailtargets.h"

#include <QTest>

using namespace Govscope::Mail;

namespace {

QList<QByteArray> lines(const char *text)
{
    QList<QByteArray> out;
    for (const QByteArray &l : QByteArray(text).split('\n'))
        if (!l.isEmpty())
            out << l;
    return out;
}

} // namespace

class TestMailRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilities_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("clear");
        QTest::addColumn<bool>("startTls");
        const int imap = int(MailProtocol::Imap), pop = int(MailProtocol::Pop3), smtp = int(MailProtocol::Smtp);
        QTest::addRow("imap tls-only") << imap
                                       << QByteArray("* OK Dovecot ready.\n* CAPABILITY IMAP4rev1 SASL-IR STARTTLS "
                                                     "LOGINDISABLED\na1 OK done")
                                       << false << true;
        QTest::addRow("imap plain auth") << imap
                                         << QByteArray("* OK Dovecot ready.\n* CAPABILITY IMAP4rev1 AUTH=PLAIN "
                                                       "AUTH=LOGIN\na1 OK done")
                                         << true << false;
        QTest::addRow("imap auth before starttls")
            << imap << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\na1 OK done") << true << true;
        QTest::addRow("imap login not disabled")
            << imap << QByteArray("* OK ready\n* CAPABILITY IMAP4rev1 STARTTLS\na1 OK done") << true << true;
        QTest::addRow("pop3 stls only") << pop << QByteArray("+OK\nCAPA\nTOP\nUIDL\nSTLS\nSASL\n.") << false << true;
        QTest::addRow("pop3 user") << pop << QByteArray("+OK\nCAPA\nTOP\nUSER\nSASL PLAIN LOGIN\n.") << true << false;
        QTest::addRow("pop3 no capa") << pop << QByteArray("-ERR unknown command") << true << false;
        QTest::addRow("smtp auth no starttls")
            << smtp << QByteArray("250-mx\n250-PIPELINING\n250-AUTH PLAIN LOGIN\n250 8BITMIME") << true << false;
        QTest::addRow("smtp starttls, auth after")
            << smtp << QByteArray("250-mx\n250-STARTTLS\n250 8BITMIME") << false << true;
        QTest::addRow("smtp auth= before starttls")
            << smtp << QByteArray("250-mx\n250-STARTTLS\n250 AUTH=LOGIN") << true << true;
    }
    void capabilities()
    {
        QFETCH(int, protocol);
        QFETCH(QByteArray, reply);
        QFETCH(bool, clear);
        QFETCH(bool, startTls);
        const CapabilityVerdict v = analyseCapabilities(MailProtocol(protocol), lines(reply.constData()));
        QCOMPARE(v.authInClear, clear);
        QCOMPARE(v.startTls, startTls);
        QVERIFY(!v.reason.isEmpty());
    }

    void policy_data()
    {
        QTest::addColumn<QStringList>("txt");
        QTest::addColumn<QStringList>("dmarc");
        QTest::addColumn<QStringList>("problems"); // fragments each expected problem contains
        QTest::addRow("strict") << QStringList{u"v=spf1 ip4:127.0.4.0/24 -all"_qs, u"google-site=x"_qs}
                                << QStringList{u"v=DMARC1; p=reject; rua=mailto:d@x"_qs} << QStringList{};
        QTest::addRow("softfail quarantine")
            << QStringList{u"v=spf1 mx ~all"_qs} << QStringList{u"v=DMARC1; p=quarantine"_qs} << QStringList{};
        QTest::addRow("+all, no dmarc") << QStringList{u"v=spf1 +all"_qs} << QStringList{}
                                        << QStringList{u"+all"_qs, u"no DMARC"_qs};
        QTest::addRow("?all, p=none") << QStringList{u"v=spf1 ip4:127.0.4.0/24 ?all"_qs}
                                      << QStringList{u"v=DMARC1; p=none"_qs} << QStringList{u"?all"_qs, u"p=none"_qs};
        QTest::addRow("no spf") << QStringList{u"hello"_qs} << QStringList{u"v=DMARC1; p=reject"_qs}
                                << QStringList{u"no SPF"_qs};
        QTest::addRow("no all") << QStringList{u"v=spf1 mx"_qs} << QStringList{u"v=DMARC1;p=reject"_qs}
                                << QStringList{u"no all"_qs};
        QTest::addRow("redirect") << QStringList{u"v=spf1 redirect=_spf.example.cn"_qs}
                                  << QStringList{u"v=DMARC1; p=reject"_qs} << QStringList{};
        QTest::addRow("two spf") << QStringList{u"v=spf1 -all"_qs, u"v=spf1 mx -all"_qs}
                                 << QStringList{u"v=DMARC1; p=reject"_qs} << QStringList{u"2 SPF"_qs};
        QTest::addRow("bare all") << QStringList{u"v=spf1 all"_qs} << QStringList{u"v=DMARC1; p=reject"_qs}
                                  << QStringList{u"all"_qs};
    }
    void policy()
    {
        QFETCH(QStringList, txt);
        QFETCH(QStringList, dmarc);
        QFETCH(QStringList, problems);
        const PolicyVerdict v = analysePolicy(txt, dmarc);
        QCOMPARE(v.problems.size(), problems.size());
        for (int i = 0; i < problems.size(); ++i)
            QVERIFY2(v.problems[i].contains(problems[i]), qPrintable(v.problems.join(u" | "_qs)));
    }

    void loginPage_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("kind");
        const QString form = u"<form method=post><input name=username><input name=password type=password>%1"
                             "<button type=submit>登录</button></form>"_qs;
        QTest::addRow("password only") << form.arg(QString()) << int(MfaVerdict::PasswordOnly);
        QTest::addRow("captcha is not a factor")
            << form.arg(u"<input name=captcha placeholder=验证码><img src=/captcha.png>"_qs)
            << int(MfaVerdict::PasswordOnly);
        QTest::addRow("otp field") << form.arg(
                                          u"<label>动态口令 <input name=otp autocomplete=one-time-code></label>"_qs)
                                   << int(MfaVerdict::SecondFactor);
        QTest::addRow("sms button") << form.arg(u"<input name=code><button type=button>获取短信验证码</button>"_qs)
                                    << int(MfaVerdict::SecondFactor);
        QTest::addRow("ukey wording") << form.arg(u"<span>请插入UKey</span>"_qs) << int(MfaVerdict::SecondFactor);
        QTest::addRow("sms_code name") << form.arg(u"<input name=sms_code>"_qs) << int(MfaVerdict::SecondFactor);
        QTest::addRow("no form") << u"<p>欢迎</p><script>render()</script>"_qs << int(MfaVerdict::NoLoginForm);
        QTest::addRow("search form only") << u"<form><input name=q></form>"_qs << int(MfaVerdict::NoLoginForm);
    }
    void loginPage()
    {
        QFETCH(QString, html);
        QFETCH(int, kind);
        const MfaVerdict v = analyseLoginPage(html);
        QCOMPARE(int(v.kind), kind);
    }

    void mxHosts()
    {
        QCOMPARE(mxHost(u"10 mail.sl.gov.cn."_qs), u"mail.sl.gov.cn"_qs);
        QCOMPARE(mxHost(u"5 MX.Example.CN"_qs), u"mx.example.cn"_qs);
        QCOMPARE(mxHost(u"0 ."_qs), QString());
    }
};

QTEST_GUILESS_MAIN(TestMailRules)
#include "tst_mailrules.moc"
