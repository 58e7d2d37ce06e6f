// The mail family on every org of the demo province, inside the test world: each check fires on the
// org planted for it (tests/world/README.md) and nowhere else, clean twins included.
#include "mailfamily.h"
#include "testcontext.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Govscope;
using Sdk::Testing::TestContext;

namespace {

const char *PasswordEnv = "GOVSCOPE_TEST_MAIL_PASSWORD";

void runFamily(TestContext &ctx)
{
    Mail::MailFamily family;
    QCoro::waitFor(family.run(ctx)); // tests may block on their own loop; the app never does
}

Sdk::ScanProfile profile(bool vantage = true, int timeoutMs = 4000)
{
    Sdk::ScanProfile p;
    p.timeoutMs = timeoutMs;
    if (vantage)
        p.overseasProxy = QUrl(qEnvironmentVariable("GOVSCOPE_WORLD_VANTAGE", u"socks5://127.0.99.2:1080"_qs));
    p.mailIdleSeconds = 2; // below Dovecot's 30-minute autologout
    p.mailLockoutAttempts = 3;
    p.mailAccounts << Sdk::MailAccount{u"SL13"_qs, u"audit-test"_qs, QString::fromLatin1(PasswordEnv)};
    return p;
}

QString evidenceText(const Models::NewFinding &f)
{
    QString out;
    for (const Models::NewEvidence &e : f.evidence)
        out += e.summary + u'\n' + QString::fromUtf8(e.content) + u'\n';
    return out;
}

} // namespace

class TestMailFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv(PasswordEnv, "World-Test-2099"); }

    void firesExactlyWherePlanted()
    {
        const QHash<QString, Models::Organization> orgs = Sdk::Testing::demoOrgs();
        QVERIFY(orgs.size() >= 20);
        const QHash<QString, QStringList> expected{
            {u"SL13"_qs,
             {u"mail.no_login_limit"_qs, u"mail.no_mfa"_qs, u"mail.no_session_timeout"_qs, u"mail.overseas_access"_qs,
              u"mail.plaintext_protocol"_qs, u"mail.spoofable_domain"_qs}},
            {u"SL14"_qs, {u"mail.tls_weak"_qs}},
            {u"SL30"_qs, {u"mail.spoofable_domain"_qs}},
        };
        for (const Models::Organization &org : orgs) {
            TestContext ctx(org, std::nullopt, profile());
            runFamily(ctx);
            QCOMPARE(ctx.firedChecks(), expected.value(org.id));
            for (const Models::NewFinding &f : ctx.findings) {
                QCOMPARE(f.family, u"mail"_qs);
                QVERIFY2(f.evidence.size() >= 2, qPrintable(f.check));
                QVERIFY2(!evidenceText(f).contains(u"World-Test-2099"_qs), qPrintable(f.check)); // never the password
            }
        }
    }

    void targetsAndEvidence()
    {
        const auto orgs = Sdk::Testing::demoOrgs();
        TestContext weak(orgs.value(u"SL13"_qs), std::nullopt, profile());
        runFamily(weak);
        const QString host = u"mail.sthjt.sl.gov.cn"_qs;
        const Models::NewFinding *plain = weak.findingOf(u"mail.plaintext_protocol"_qs, host);
        QVERIFY(plain);
        for (const QString &what : {u"IMAP 143"_qs, u"POP3 110"_qs, u"SMTP 25"_qs, u"http://mail.sthjt.sl.gov.cn/"_qs})
            QVERIFY2(plain->title.contains(what), qPrintable(plain->title));
        QVERIFY(evidenceText(*plain).contains(u"AUTH=PLAIN"_qs));
        QVERIFY(weak.findingOf(u"mail.no_mfa"_qs, u"http://mail.sthjt.sl.gov.cn/"_qs));
        QVERIFY(weak.findingOf(u"mail.overseas_access"_qs, host));
        const Models::NewFinding *spoof = weak.findingOf(u"mail.spoofable_domain"_qs, u"sthjt.sl.gov.cn"_qs);
        QVERIFY(spoof && spoof->title.contains(u"+all"_qs) && spoof->title.contains(u"no DMARC"_qs));
        const Models::NewFinding *limit = weak.findingOf(u"mail.no_login_limit"_qs, host);
        QVERIFY(limit);
        const QString attempts = evidenceText(*limit);
        QCOMPARE(attempts.count(u"(wrong password)"_qs), 3);
        QVERIFY2(attempts.contains(u"\"********\""_qs), qPrintable(attempts));
        QVERIFY(weak.findingOf(u"mail.no_session_timeout"_qs, host));
        // no TLS at all is plaintext_protocol's business, not tls_weak's
        QVERIFY(weak.hasOutcome(u"mail.tls_weak"_qs, Models::Outcome::Pass, host));

        TestContext expired(orgs.value(u"SL14"_qs), std::nullopt, profile());
        runFamily(expired);
        const Models::NewFinding *tls = expired.findingOf(u"mail.tls_weak"_qs, u"mail.zrzyt.sl.gov.cn"_qs);
        QVERIFY(tls);
        QVERIFY2(tls->title.contains(u"expired"_qs) && tls->title.contains(u"TLSv1.0"_qs), qPrintable(tls->title));
        QVERIFY(expired.hasOutcome(u"mail.plaintext_protocol"_qs, Models::Outcome::Pass, u"mail.zrzyt.sl.gov.cn"_qs));
        QVERIFY(expired.hasOutcome(u"mail.overseas_access"_qs, Models::Outcome::Pass, u"mail.zrzyt.sl.gov.cn"_qs));

        TestContext stats(orgs.value(u"SL30"_qs), std::nullopt, profile());
        runFamily(stats);
        const Models::NewFinding *weakPolicy = stats.findingOf(u"mail.spoofable_domain"_qs, u"tjj.sl.gov.cn"_qs);
        QVERIFY(weakPolicy && weakPolicy->title.contains(u"?all"_qs) && weakPolicy->title.contains(u"p=none"_qs));

        // the clean platform: OTP on the webmail, TLS-only Dovecot, overseas denied
        TestContext clean(orgs.value(u"SL01"_qs), std::nullopt, profile());
        runFamily(clean);
        for (const QString &check : {u"mail.plaintext_protocol"_qs, u"mail.tls_weak"_qs, u"mail.overseas_access"_qs})
            QVERIFY2(clean.hasOutcome(check, Models::Outcome::Pass, u"mail.sl.gov.cn"_qs), qPrintable(check));
        QVERIFY(clean.hasOutcome(u"mail.no_mfa"_qs, Models::Outcome::Pass, u"https://mail.sl.gov.cn/"_qs));
        QVERIFY(clean.hasOutcome(u"mail.spoofable_domain"_qs, Models::Outcome::Pass, u"sl.gov.cn"_qs));
        // not authorised: the account tests do not run
        QVERIFY(clean.hasOutcome(u"mail.no_login_limit"_qs, Models::Outcome::Inconclusive, u"mail.sl.gov.cn"_qs));
    }

    void withoutVantageOrAccountInconclusive()
    {
        auto org = Sdk::Testing::demoOrgs().value(u"SL13"_qs);
        Sdk::ScanProfile p = profile(false);
        p.mailAccounts.clear();
        TestContext ctx(org, std::nullopt, p);
        runFamily(ctx);
        const QString host = u"mail.sthjt.sl.gov.cn"_qs;
        for (const QString &check :
             {u"mail.overseas_access"_qs, u"mail.no_login_limit"_qs, u"mail.no_session_timeout"_qs})
            QVERIFY2(ctx.hasOutcome(check, Models::Outcome::Inconclusive, host), qPrintable(check));
        QVERIFY(ctx.fired(u"mail.plaintext_protocol"_qs, host));
    }

    void silentHostInconclusive()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.93"_qs), 143));
        auto org = Sdk::Testing::demoOrgs().value(u"SL02"_qs);
        org.webmail = {u"http://127.0.9.93/"_qs};
        TestContext ctx(org, std::nullopt, profile(false, 700));
        QElapsedTimer clock;
        clock.start();
        runFamily(ctx);
        QVERIFY(ctx.findings.isEmpty());
        QVERIFY(ctx.hasOutcome(u"mail.plaintext_protocol"_qs, Models::Outcome::Inconclusive, u"127.0.9.93"_qs));
        QVERIFY2(clock.elapsed() < 20'000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMailFamilyWorld)
#include "tst_mailfamily_world.moc"
