#include "accountchecks.h"

#include "mailprobes.h"
#include "mailreport.h"
#include "probeset.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcMail)

namespace Govscope::Mail {

namespace {

// Servers delay failed logins on purpose (Dovecot's per-IP auth penalty doubles up to 15 s): the wait for a
// LOGIN answer must outlast that, or throttling would read as "no answer".
constexpr std::chrono::milliseconds LoginAnswerWait{30'000};

const Sdk::MailAccount *accountOf(const Sdk::ScanProfile &profile, const QString &org)
{
    for (const Sdk::MailAccount &a : profile.mailAccounts)
        if (a.org == org)
            return &a;
    return nullptr;
}

QByteArray wrongPassword()
{
    return "govscope-wrong-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

QCoro::Task<void> checkAccount(Sdk::CheckContext &ctx, QString host)
{
    const QString org = ctx.org().id;
    const Sdk::MailAccount *account = accountOf(ctx.profile(), org);
    QString why;
    if (!ctx.org().authorized)
        why = QObject::tr("not authorised: org %1 is not marked for authorised active tests").arg(org);
    else if (!account)
        why = QObject::tr("no test account for org %1 in the scan profile (mail.accounts)").arg(org);
    else if (qEnvironmentVariableIsEmpty(qPrintable(account->passwordEnv)))
        why = QObject::tr("environment variable %1 (the test account's password) is not set").arg(account->passwordEnv);
    if (!why.isEmpty()) {
        ctx.inconclusive(CheckId::NoLoginLimit, host, why);
        ctx.inconclusive(CheckId::NoSessionTimeout, host, why);
        co_return;
    }
    const QString user = account->user;
    const ProbeOptions options{std::max(std::chrono::milliseconds(ctx.profile().timeoutMs), LoginAnswerWait),
                               &ctx.probes().limiter(), QNetworkProxy::NoProxy};
    const int wrong = qBound(1, ctx.profile().mailLockoutAttempts, 20);

    // Login limit: the bounded wrong attempts, then the right password.
    QStringList log;
    QString transcripts;
    bool failed = false;
    for (int i = 1; i <= wrong && !ctx.cancelled(); ++i) {
        const QByteArray wrongOne = wrongPassword(); // named: no temporaries in a co_await (GCC 12)
        const LoginAttempt a = co_await imapLogin(host, user, wrongOne, options);
        qCInfo(lcMail) << "authorised test" << org << host << "wrong password attempt" << i << "of" << wrong << "->"
                       << a.detail << a.elapsedMs << "ms";
        log << QObject::tr("attempt %1 (wrong password): %2 in %3 ms").arg(i).arg(a.detail).arg(a.elapsedMs);
        transcripts += a.transcript + u"\n\n"_qs;
        if (a.outcome == LoginAttempt::Failed) {
            failed = true;
            break;
        }
    }
    if (ctx.cancelled())
        co_return;
    if (failed) {
        ctx.inconclusive(CheckId::NoLoginLimit, host, log.join(u"; "_qs));
    } else {
        const QByteArray rightPassword = qgetenv(qPrintable(account->passwordEnv));
        const LoginAttempt right = co_await imapLogin(host, user, rightPassword, options);
        qCInfo(lcMail) << "authorised test" << org << host << "right password ->" << right.detail << right.elapsedMs
                       << "ms";
        log << QObject::tr("attempt %1 (right password): %2 in %3 ms")
                   .arg(wrong + 1)
                   .arg(right.detail)
                   .arg(right.elapsedMs);
        transcripts += right.transcript;
        const QString summary = log.join(u"; "_qs);
        // A delay the server adds per failure slows guessing but is not a limit: the account is neither
        // locked nor behind a CAPTCHA if the right password still gets in; the delay is in the evidence.
        if (right.outcome == LoginAttempt::Failed)
            ctx.inconclusive(CheckId::NoLoginLimit, host, summary);
        else if (right.outcome == LoginAttempt::Accepted)
            reportFinding(ctx, CheckId::NoLoginLimit, host,
                          QObject::tr("%1: account %2 still logs in after %3 wrong passwords (in %4 ms)")
                              .arg(host, user)
                              .arg(wrong)
                              .arg(right.elapsedMs),
                          {transcriptEvidence(u"mail"_qs, summary, transcripts)});
        else
            ctx.pass(CheckId::NoLoginLimit, host, summary);
    }

    // Session timeout: log in, stay idle, see whether the session still answers.
    const int idleSeconds = qMax(1, ctx.profile().mailIdleSeconds);
    const QByteArray password = qgetenv(qPrintable(account->passwordEnv));
    const std::function<bool()> cancelled = [&ctx] { return ctx.cancelled(); };
    const std::chrono::seconds idlePeriod(idleSeconds);
    const LoginAttempt idle = co_await imapLogin(host, user, password, options, idlePeriod, cancelled);
    qCInfo(lcMail) << "authorised test" << org << host << "idle session" << idleSeconds << "s ->"
                   << (idle.aliveAfterIdle ? (*idle.aliveAfterIdle ? "alive" : "closed") : "no verdict");
    if (ctx.cancelled())
        co_return;
    if (!idle.aliveAfterIdle)
        ctx.inconclusive(CheckId::NoSessionTimeout, host, QObject::tr("could not log in: %1").arg(idle.detail));
    else if (*idle.aliveAfterIdle)
        reportFinding(ctx, CheckId::NoSessionTimeout, host,
                      QObject::tr("%1: an IMAP session idle for %2 s still answers").arg(host).arg(idleSeconds),
                      {transcriptEvidence(u"mail"_qs, QObject::tr("NOOP after %1 s idle: OK").arg(idleSeconds),
                                          idle.transcript)});
    else
        ctx.pass(CheckId::NoSessionTimeout, host,
                 QObject::tr("the session was closed after %1 s idle").arg(idleSeconds));
}

} // namespace Govscope::Mail
