// The mail family's rules on captured server answers, DNS records and login pages: each check's
// positive and negative cases without a network.
#include "mailattempts.h"
#include "mailrules.h"
#include "mailtargets.h"
#include "scanprofile.h"

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

    // Issue 9: what a webmail answered to a submitted login form.
    void webmailAnswer_data()
    {
        const QString form = u"<form method=post action=/login><input name=username type=text>"
                             "<input name=password type=password><button>登录</button></form>"_qs;
        const QString warned = u"<p>密码连续输错5次账号将被锁定</p>"_qs + form; // a warning from the start
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<int>("kind");
        QTest::addRow("locked (Chinese)")
            << 200 << u"<p>账号已锁定，请30分钟后再试</p>"_qs + form << form << int(WebmailAnswer::Locked);
        QTest::addRow("locked (English)") << 200 << u"<p>Too many failed attempts: account locked.</p>"_qs + form
                                          << form << int(WebmailAnswer::Locked);
        QTest::addRow("locked page of the world's webmail")
            << 200
            << u"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta "
               u"charset=\"utf-8\"><title>登录</title></head><body><main>"
               "<p class=error>账号已锁定，请30分钟后再试</p><form method=\"post\" action=\"/login\">\n<label>用户名 "
               "<input name=\"username\" type=\"text\"></label><br>\n<label>密　码 <input name=\"password\" "
               "type=\"password\"></label><br>\n<label>验证码 <input name=\"captcha\" type=\"text\"></label><br>\n"
               "<button type=\"submit\">登录</button>\n</form></main></body></html>\n"_qs
            << form << int(WebmailAnswer::Locked);
        QTest::addRow("429") << 429 << u"slow down"_qs << form << int(WebmailAnswer::Locked);
        QTest::addRow("captcha appears")
            << 200
            << u"<form method=post><input name=username><input name=password type=password>"
               "<input name=captcha placeholder=验证码></form>"_qs
            << form << int(WebmailAnswer::Captcha);
        QTest::addRow("captcha by text") << 200 << u"<p>请输入图片验证码</p>"_qs + form << form
                                         << int(WebmailAnswer::Captcha);
        QTest::addRow("rejected") << 200 << u"<p>用户名或密码错误</p>"_qs + form << form
                                  << int(WebmailAnswer::Rejected);
        QTest::addRow("warning printed from the start is no lock")
            << 200 << u"<p>用户名或密码错误</p>"_qs + warned << warned << int(WebmailAnswer::Rejected);
        QTest::addRow("401") << 401 << u"no"_qs << form << int(WebmailAnswer::Rejected);
        QTest::addRow("accepted") << 200 << u"<h1>收件箱</h1><a href=/logout>退出</a>"_qs << form
                                  << int(WebmailAnswer::Accepted);
        QTest::addRow("server error") << 500 << u"oops"_qs << form << int(WebmailAnswer::Unknown);
    }
    void webmailAnswer()
    {
        QFETCH(int, status);
        QFETCH(QString, html);
        QFETCH(QString, baseline);
        QFETCH(int, kind);
        const WebmailAnswer a = classifyWebmailAnswer(status, html, baseline);
        QCOMPARE(toText(a.kind), toText(WebmailAnswer::Kind(kind)));
        QVERIFY(!a.detail.isEmpty());
    }

    void captchaOnLoginPage()
    {
        QVERIFY(loginPageHasCaptcha(u"<form><input name=u><input type=password name=p><input name=vcode></form>"_qs));
        // an SMS code is a second factor (mail.no_mfa), not a CAPTCHA
        QVERIFY(!loginPageHasCaptcha(
            u"<form><input name=u><input type=password name=p><button>获取短信验证码</button></form>"_qs));
    }

    void combineChannels_data()
    {
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<int>("verdict");
        const int L = ChannelLimit::Limited, U = ChannelLimit::Unlimited, X = ChannelLimit::Unknown;
        QTest::addRow("webmail locks, IMAP locks") << QList<int>{L, L} << int(LimitVerdict::Pass);
        QTest::addRow("webmail locks, IMAP still in") << QList<int>{L, U} << int(LimitVerdict::Finding);
        QTest::addRow("webmail unknown, IMAP in") << QList<int>{X, U} << int(LimitVerdict::Finding);
        QTest::addRow("webmail locks, IMAP unknown") << QList<int>{L, X} << int(LimitVerdict::Inconclusive);
        QTest::addRow("webmail only, locks") << QList<int>{L} << int(LimitVerdict::Pass);
        QTest::addRow("nothing tested") << QList<int>{} << int(LimitVerdict::Inconclusive);
    }
    void combineChannels()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(int, verdict);
        QList<ChannelLimit> channels;
        for (int i = 0; i < kinds.size(); ++i)
            channels << ChannelLimit{i == 0 ? u"webmail"_qs : u"IMAPS 993"_qs, ChannelLimit::Kind(kinds[i]), u"d"_qs};
        const LimitVerdict v = Govscope::Mail::combineChannels(channels);
        QCOMPARE(int(v.kind), verdict);
        if (v.kind == LimitVerdict::Finding) // the evidence names the channel without a limit
            QVERIFY(v.unlimited.join(u' ').contains(kinds.value(0) == ChannelLimit::Unlimited ? u"webmail"_qs
                                                                                              : u"IMAPS 993"_qs));
    }

    // Issue 9: a weak protocol and an invalid certificate are tls_weak (checks.md); a chain that only failed to
    // verify here is kept apart.
    void tlsAssessment_data()
    {
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QString>("cert"); // expired selfsigned wrongname unverified pinned-unverified none
        QTest::addColumn<bool>("weak");
        QTest::addColumn<bool>("protocol");
        QTest::addColumn<bool>("unverified");
        const QStringList modern{u"TLSv1.2"_qs, u"TLSv1.3"_qs};
        const QStringList legacy{u"TLSv1.0"_qs, u"TLSv1.2"_qs};
        QTest::addRow("TLS 1.3, chain not verifiable")
            << QStringList{u"TLSv1.3"_qs} << u"unverified"_qs << false << false << true;
        QTest::addRow("TLS 1.3, chain pinned")
            << QStringList{u"TLSv1.3"_qs} << u"pinned-unverified"_qs << false << false << false;
        QTest::addRow("expired") << modern << u"expired"_qs << true << false << false;
        QTest::addRow("self-signed") << modern << u"selfsigned"_qs << true << false << false;
        QTest::addRow("wrong name") << modern << u"wrongname"_qs << true << false << false;
        QTest::addRow("TLS 1.0 with a good certificate") << legacy << u"good"_qs << true << true << false;
        QTest::addRow("sound") << modern << u"good"_qs << false << false << false;
    }
    void tlsAssessment()
    {
        QFETCH(QStringList, versions);
        QFETCH(QString, cert);
        QFETCH(bool, weak);
        QFETCH(bool, protocol);
        QFETCH(bool, unverified);
        TlsFacts f;
        f.acceptedVersions = versions;
        f.certificateSeen = true;
        f.expired = cert == u"expired"_qs;
        f.selfSigned = cert == u"selfsigned"_qs;
        f.nameMismatch = cert == u"wrongname"_qs;
        f.chainUnverified = cert.endsWith(u"unverified"_qs);
        f.pinned = cert.startsWith(u"pinned"_qs);
        f.verifyError = f.chainUnverified ? u"unable to get local issuer certificate"_qs : QString();
        const TlsAssessment a = assessTls(f);
        QCOMPARE(a.weak(), weak);
        QCOMPARE(!a.protocolProblems.isEmpty(), protocol);
        QCOMPARE(!a.unverified.isEmpty(), unverified);
        if (weak && !protocol)
            QVERIFY(!a.certificateProblems.isEmpty());
    }

    void brokenCipherIsProtocolProblem()
    {
        TlsFacts f;
        f.acceptedVersions = {u"TLSv1.2"_qs};
        f.cipher = u"DES-CBC3-SHA"_qs;
        QVERIFY(!assessTls(f).protocolProblems.isEmpty());
        f.cipher = u"ECDHE-RSA-AES256-GCM-SHA384"_qs;
        QVERIFY(assessTls(f).protocolProblems.isEmpty());
    }

    // Issue 12: one budget of wrong passwords per account and scan, whatever host or check asks.
    void attemptCap()
    {
        Govscope::Sdk::MailAttempts ledger(2);
        QVERIFY(ledger.reserveWrong(u"A1"_qs, u"audit-test"_qs)); // mx1
        QVERIFY(ledger.reserveWrong(u"A1"_qs, u"Audit-Test"_qs)); // mx2, same account
        QVERIFY(!ledger.reserveWrong(u"A1"_qs, u"audit-test"_qs));
        QCOMPARE(ledger.wrongUsed(u"A1"_qs, u"audit-test"_qs), 2);
        QCOMPARE(ledger.wrongLeft(u"A1"_qs, u"audit-test"_qs), 0);
        QVERIFY(ledger.reserveWrong(u"A2"_qs, u"audit-test"_qs)); // another org's account
        Govscope::Sdk::MailAttempt a{
            QDateTime::currentDateTimeUtc(), u"A1"_qs, u"audit-test"_qs, u"mx1"_qs, u"IMAPS 993"_qs,
            u"mail.no_login_limit"_qs,       true,     u"NO"_qs};
        ledger.record(a);
        QCOMPARE(ledger.attempts(u"A1"_qs, u"audit-test"_qs).size(), 1);
        QVERIFY(a.toText().contains(u"wrong password"_qs));
    }

    // Issue 12: the optional pin of a test account's server certificate in the scan profile.
    void profilePins()
    {
        using Govscope::Sdk::ScanProfile;
        const QByteArray pin = "AB:" + QByteArray(62, 'c');
        const auto ok = ScanProfile::fromJson(R"({"mail": {"accounts": [{"org": "A1", "user": "u", "password_env": "E",
                                                 "pinned_sha256": [")" +
                                                  pin + R"("]}]}})",
                                              u"test"_qs);
        QVERIFY(ok);
        QCOMPARE(ok->mailAccounts.value(0).pinnedSha256, QStringList{u"ab"_qs + QString(62, u'c')});
        QVERIFY(ScanProfile::fromJson(ok->toJson(), u"round trip"_qs)->mailAccounts.value(0).pinnedSha256 ==
                ok->mailAccounts.value(0).pinnedSha256);
        const auto bad = ScanProfile::fromJson(
            R"({"mail": {"accounts": [{"org": "A1", "user": "u", "password_env": "E", "pinned_sha256": ["xyz"]}]}})",
            u"test"_qs);
        QVERIFY(!bad);
        const auto none = ScanProfile::fromJson(
            R"({"mail": {"accounts": [{"org": "A1", "user": "u", "password_env": "E"}]}})", u"test"_qs);
        QVERIFY(none && none->mailAccounts.value(0).pinnedSha256.isEmpty());
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
