#include "accountchecks.h"

#include "mailattempts.h"
#include "mailprobes.h"
#include "mailreport.h"
#include "mailrules.h"
#include "probeset.h"
#include "webmailclient.h"

#include <QCoroTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <vector>

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

QString webmailChannel(const QUrl &url)
{
    return QObject::tr("webmail %1").arg(url.toString());
}

// Sleeps until @p clock reaches @p period, in steps, so a cancel ends it early.
QCoro::Task<void> idleUntil(const QElapsedTimer &clock, std::chrono::seconds period, std::function<bool()> cancelled)
{
    while (clock.elapsed() < qint64(period.count()) * 1000 && !cancelled()) {
        const std::chrono::milliseconds step = std::min<std::chrono::milliseconds>(
            std::chrono::milliseconds(qint64(period.count()) * 1000 - clock.elapsed()), std::chrono::seconds{1});
        co_await QCoro::sleepFor(step);
    }
}

// Everything one account test on one host writes down: the attempts (to the scan's ledger and the log) and the
// transcripts for the evidence.
struct Record
{
    Sdk::MailAttempts *ledger;
    QString org, user, host;
    QStringList lines; ///< the attempts on this host, for evidence
    QString transcripts;

    void attempt(const QString &check, const QString &channel, bool wrong, const QString &result)
    {
        Sdk::MailAttempt a{QDateTime::currentDateTimeUtc(), org, user, host, channel, check, wrong, result};
        qCInfo(lcMail).noquote() << "authorised attempt:" << a.toText();
        lines << a.toText();
        ledger->record(std::move(a));
    }
    void transcript(const QString &what, const QString &text)
    {
        transcripts += u"== "_qs + what + u'\n' + text + u"\n\n"_qs;
    }
    QList<Models::NewEvidence> evidence(const QString &summary) const
    {
        return {transcriptEvidence(u"mail"_qs,
                                   Models::message(QT_TRANSLATE_NOOP("Finding", "protocol transcripts: {verdicts}"), {{u"verdicts"_qs, summary}}),
                                   transcripts),
                Sdk::Evidence::reasoning(u"mail"_qs, Models::message(QT_TRANSLATE_NOOP("Finding", "attempt log: {attempts}"), {{u"attempts"_qs, lines.join(u" | "_qs)}}))};
    }
};

struct WebSession
{
    QUrl url;
    std::unique_ptr<WebmailClient> client;
    WebmailLogin login;
    QElapsedTimer since;
};

} // namespace

QCoro::Task<void> checkAccount(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail)
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
    const TlsPolicy tls{true, account->pinnedSha256};
    const ProbeOptions options{std::max(std::chrono::milliseconds(ctx.profile().timeoutMs), LoginAnswerWait),
                               &ctx.probes().limiter(), QNetworkProxy::NoProxy, tls};
    const std::chrono::milliseconds webTimeout(ctx.profile().timeoutMs);
    Sdk::MailAttempts &ledger = Sdk::MailAttempts::of(ctx.probes());
    Record rec{&ledger, org, user, host, {}, {}};
    const QByteArray password = qgetenv(qPrintable(account->passwordEnv));
    const std::function<bool()> cancelled = [&ctx] { return ctx.cancelled(); };
    const std::function<bool()> unbudgeted; // right-password logins are logged, not capped
    const std::chrono::seconds noIdle{0};
    const auto newClient = [&] {
        return std::make_unique<WebmailClient>(host, webTimeout, &ctx.probes().limiter(), ctx.profile().userAgent, tls);
    };

    // ---- Session timeout first: the login-limit test below may lock the account.
    const int idleSeconds = qMax(1, ctx.profile().mailIdleSeconds);
    const std::chrono::seconds idlePeriod(idleSeconds);
    QList<ChannelLimit> sessionChannels;
    std::vector<WebSession> sessions;
    QHash<QString, bool> rightWorks; // channel → the right password was seen to log in
    for (const QUrl &w : std::as_const(webmail)) {
        if (ctx.cancelled())
            co_return;
        WebSession s;
        s.url = w;
        s.client = newClient();
        WebmailClient &client = *s.client;
        s.login = co_await webmailLogin(client, w, user, password, unbudgeted);
        const QString channel = webmailChannel(w);
        if (s.login.submitted)
            rec.attempt(CheckId::NoSessionTimeout, channel, false,
                        u"%1: %2"_qs.arg(toText(s.login.answer.kind), s.login.answer.detail));
        if (s.login.submitted && s.login.answer.kind == WebmailAnswer::Accepted) {
            rightWorks.insert(channel, true);
            s.since.start();
            sessions.push_back(std::move(s));
        } else {
            sessionChannels << ChannelLimit{channel, ChannelLimit::Unknown,
                                            s.login.problem.isEmpty()
                                                ? QObject::tr("could not log in: %1").arg(s.login.answer.detail)
                                                : s.login.problem};
            rec.transcript(channel, client.transcript());
        }
    }
    // The webmail sessions idle while the IMAP one does.
    const LoginAttempt idle = co_await imapLogin(host, user, password, options, idlePeriod, cancelled, unbudgeted);
    if (ctx.cancelled())
        co_return;
    const QString imapChannel = idle.channel.isEmpty() ? u"IMAP"_qs : idle.channel;
    if (idle.sent)
        rec.attempt(CheckId::NoSessionTimeout, imapChannel, false, idle.detail);
    else
        qCInfo(lcMail).noquote() << "authorised test" << org << host << "IMAP: nothing sent:" << idle.detail;
    if (!idle.noService)
        rec.transcript(imapChannel, idle.transcript);
    if (idle.outcome == LoginAttempt::Accepted)
        rightWorks.insert(imapChannel, true);
    if (idle.noService) {
        // no IMAP on this host: only its webmail speaks for it
    } else if (!idle.aliveAfterIdle) {
        sessionChannels << ChannelLimit{imapChannel, ChannelLimit::Unknown,
                                        QObject::tr("could not log in: %1").arg(idle.detail)};
    } else {
        sessionChannels << ChannelLimit{
            imapChannel, *idle.aliveAfterIdle ? ChannelLimit::Unlimited : ChannelLimit::Limited,
            *idle.aliveAfterIdle ? QObject::tr("an IMAP session idle for %1 s still answers NOOP").arg(idleSeconds)
                                 : QObject::tr("the IMAP session was closed within %1 s idle").arg(idleSeconds)};
    }
    for (WebSession &s : sessions) {
        co_await idleUntil(s.since, idlePeriod, cancelled);
        if (ctx.cancelled())
            co_return;
        WebmailClient &client = *s.client;
        client.note(QObject::tr("idle for %1 s, then the logged-in page again").arg(s.since.elapsed() / 1000));
        const QUrl landing = s.login.landing;
        const WebPage again = co_await client.get(landing);
        const QString channel = webmailChannel(s.url);
        rec.transcript(channel, client.transcript());
        if (!again.responded()) {
            sessionChannels << ChannelLimit{channel, ChannelLimit::Unknown, again.error};
            continue;
        }
        const WebmailAnswer a = classifyWebmailAnswer(again.status, again.html, s.login.baseline);
        qCInfo(lcMail).noquote() << "authorised test" << org << host << channel << "after" << idleSeconds
                                 << "s idle:" << toText(a.kind) << a.detail;
        if (a.kind == WebmailAnswer::Accepted)
            sessionChannels << ChannelLimit{channel, ChannelLimit::Unlimited,
                                            QObject::tr("the session cookie still opens %1 after %2 s idle (%3)")
                                                .arg(landing.toString())
                                                .arg(idleSeconds)
                                                .arg(a.detail)};
        else if (a.kind == WebmailAnswer::Unknown)
            sessionChannels << ChannelLimit{channel, ChannelLimit::Unknown, a.detail};
        else
            sessionChannels << ChannelLimit{
                channel, ChannelLimit::Limited,
                QObject::tr("the session ended within %1 s idle (%2)").arg(idleSeconds).arg(a.detail)};
    }
    sessions.clear();
    {
        const LimitVerdict v = combineChannels(sessionChannels);
        const QString attempts = QObject::tr("attempts: %1").arg(rec.lines.join(u" | "_qs));
        if (v.kind == LimitVerdict::Finding)
            reportFinding(ctx, CheckId::NoSessionTimeout, host,
                          Models::message(QT_TRANSLATE_NOOP("Finding", "{host}: a session idle for {seconds} s is still usable: {channels}"),
                                          {{u"host"_qs, host}, {u"seconds"_qs, idleSeconds}, {u"channels"_qs, v.unlimited.join(u"; "_qs)}}),
                          rec.evidence(v.unlimited.join(u"; "_qs)));
        else if (v.kind == LimitVerdict::Pass)
            ctx.pass(CheckId::NoSessionTimeout, host, v.limited.join(u"; "_qs) + u"; "_qs + attempts);
        else
            ctx.inconclusive(CheckId::NoSessionTimeout, host,
                             (sessionChannels.isEmpty() ? QObject::tr("no IMAP and no webmail to log in to")
                                                        : (v.unknown + v.limited).join(u"; "_qs)) +
                                 u"; "_qs + attempts);
    }

    // ---- Login limit: N wrong passwords on one channel, then the right one on every channel.
    const int wrong = ledger.wrongCap();
    if (wrong < 1 || ledger.wrongLeft(org, user) < wrong) {
        QStringList where;
        for (const Sdk::MailAttempt &a : ledger.attempts(org, user))
            if (a.wrongPassword && !where.contains(a.host))
                where << a.host;
        ctx.inconclusive(
            CheckId::NoLoginLimit, host,
            QObject::tr("the scan allows %1 wrong passwords for account %2 in all; %3 already spent on %4, "
                        "so a full test here would exceed it")
                .arg(wrong)
                .arg(user)
                .arg(ledger.wrongUsed(org, user))
                .arg(where.join(u", "_qs)));
        co_return;
    }
    // The wrong passwords go where the right one was seen to work (so a refusal afterwards means a lock), the
    // webmail first: its lock is the one the users meet.
    QString wrongChannel;
    QUrl wrongUrl;
    for (const QUrl &w : std::as_const(webmail))
        if (rightWorks.value(webmailChannel(w))) {
            wrongChannel = webmailChannel(w);
            wrongUrl = w;
            break;
        }
    if (wrongChannel.isEmpty() && rightWorks.value(imapChannel))
        wrongChannel = imapChannel;
    if (wrongChannel.isEmpty()) {
        QStringList reasons;
        for (const ChannelLimit &c : std::as_const(sessionChannels))
            reasons << u"%1: %2"_qs.arg(c.channel, c.detail);
        ctx.inconclusive(
            CheckId::NoLoginLimit, host,
            QObject::tr("no channel where the test account logs in over verified TLS, so no wrong password "
                        "was sent: %1")
                .arg(reasons.isEmpty() ? QObject::tr("no IMAP and no webmail") : reasons.join(u"; "_qs)));
        co_return;
    }
    const std::function<bool()> reserve = [&ledger, org, user] { return ledger.reserveWrong(org, user); };
    QList<ChannelLimit> limitChannels;
    bool limitShown = false; // the wrong-password channel itself locked or asked for a CAPTCHA
    int sent = 0;
    QString stopped;
    std::unique_ptr<WebmailClient> wrongClient = wrongUrl.isEmpty() ? nullptr : newClient();
    for (int i = 1; i <= wrong && !ctx.cancelled() && !limitShown && stopped.isEmpty(); ++i) {
        const QByteArray bad = wrongPassword(); // named: no temporaries in a co_await (GCC 12)
        if (wrongClient) {
            WebmailClient &client = *wrongClient;
            const WebmailLogin r = co_await webmailLogin(client, wrongUrl, user, bad, reserve);
            if (!r.submitted) {
                stopped = r.problem;
                break;
            }
            ++sent;
            rec.attempt(CheckId::NoLoginLimit, wrongChannel, true,
                        u"%1: %2"_qs.arg(toText(r.answer.kind), r.answer.detail));
            if (r.answer.limited()) {
                limitShown = true;
                limitChannels << ChannelLimit{wrongChannel, ChannelLimit::Limited,
                                              QObject::tr("after %1 wrong passwords: %2").arg(i).arg(r.answer.detail)};
            } else if (r.answer.kind != WebmailAnswer::Rejected) {
                stopped = QObject::tr("unexpected answer to a wrong password: %1 %2")
                              .arg(toText(r.answer.kind), r.answer.detail);
            }
        } else {
            const LoginAttempt a = co_await imapLogin(host, user, bad, options, noIdle, cancelled, reserve);
            if (!a.sent) {
                stopped = a.detail;
                rec.transcript(imapChannel, a.transcript);
                break;
            }
            ++sent;
            rec.attempt(CheckId::NoLoginLimit, wrongChannel, true, u"%1 in %2 ms"_qs.arg(a.detail).arg(a.elapsedMs));
            rec.transcript(QObject::tr("%1, wrong password %2").arg(imapChannel).arg(i), a.transcript);
            if (a.outcome != LoginAttempt::Rejected)
                stopped = QObject::tr("no verdict from a wrong password: %1").arg(a.detail);
        }
    }
    if (wrongClient)
        rec.transcript(QObject::tr("%1, wrong passwords").arg(wrongChannel), wrongClient->transcript());
    if (ctx.cancelled())
        co_return;
    if (!stopped.isEmpty()) {
        ctx.inconclusive(CheckId::NoLoginLimit, host,
                         QObject::tr("stopped after %1 wrong passwords on %2: %3; attempts: %4")
                             .arg(sent)
                             .arg(wrongChannel, stopped, rec.lines.join(u" | "_qs)));
        co_return;
    }
    // The right password on every channel that has one: still in at once is the finding.
    const QString after = QObject::tr("after %1 wrong passwords on %2").arg(sent).arg(wrongChannel);
    for (const QUrl &w : std::as_const(webmail)) {
        const QString channel = webmailChannel(w);
        if (ctx.cancelled())
            co_return;
        if (limitShown && channel == wrongChannel)
            continue; // it already showed its limit; no need to knock again
        if (!rightWorks.value(channel))
            continue; // unknown channel: nothing it says would mean a lock
        auto client = newClient();
        WebmailClient &c = *client;
        const WebmailLogin r = co_await webmailLogin(c, w, user, password, unbudgeted);
        rec.transcript(QObject::tr("%1, right password").arg(channel), c.transcript());
        if (!r.submitted) {
            limitChannels << ChannelLimit{channel, ChannelLimit::Unknown, r.problem};
            continue;
        }
        rec.attempt(CheckId::NoLoginLimit, channel, false, u"%1: %2"_qs.arg(toText(r.answer.kind), r.answer.detail));
        switch (r.answer.kind) {
        case WebmailAnswer::Accepted:
            limitChannels << ChannelLimit{
                channel, ChannelLimit::Unlimited,
                QObject::tr("still logs in at once %1 (in %2 ms)").arg(after).arg(r.elapsedMs)};
            break;
        case WebmailAnswer::Locked:
        case WebmailAnswer::Captcha:
            limitChannels << ChannelLimit{channel, ChannelLimit::Limited, u"%1: %2"_qs.arg(after, r.answer.detail)};
            break;
        case WebmailAnswer::Rejected:
            limitChannels << ChannelLimit{
                channel, ChannelLimit::Limited,
                QObject::tr("%1 the right password, which worked before, is refused (%2)").arg(after, r.answer.detail)};
            break;
        case WebmailAnswer::Unknown:
            limitChannels << ChannelLimit{channel, ChannelLimit::Unknown, r.answer.detail};
            break;
        }
    }
    if (rightWorks.value(imapChannel) && !ctx.cancelled()) {
        const LoginAttempt right = co_await imapLogin(host, user, password, options, noIdle, cancelled, unbudgeted);
        rec.transcript(QObject::tr("%1, right password").arg(imapChannel), right.transcript);
        if (right.sent)
            rec.attempt(CheckId::NoLoginLimit, imapChannel, false,
                        u"%1 in %2 ms"_qs.arg(right.detail).arg(right.elapsedMs));
        // A delay the server adds per failure slows guessing but is not a limit: the account is neither locked
        // nor behind a CAPTCHA if the right password still gets in; the delay is in the evidence.
        if (right.outcome == LoginAttempt::Accepted)
            limitChannels << ChannelLimit{
                imapChannel, ChannelLimit::Unlimited,
                QObject::tr("still logs in at once %1 (in %2 ms)").arg(after).arg(right.elapsedMs)};
        else if (right.outcome == LoginAttempt::Rejected)
            limitChannels << ChannelLimit{
                imapChannel, ChannelLimit::Limited,
                QObject::tr("%1 the right password, which worked before, is refused (%2)").arg(after, right.detail)};
        else
            limitChannels << ChannelLimit{imapChannel, ChannelLimit::Unknown, right.detail};
    }
    if (ctx.cancelled())
        co_return;
    const LimitVerdict v = combineChannels(limitChannels);
    const QString attempts = QObject::tr("attempts: %1").arg(rec.lines.join(u" | "_qs));
    if (v.kind == LimitVerdict::Finding)
        reportFinding(
            ctx, CheckId::NoLoginLimit, host,
            Models::message(QT_TRANSLATE_NOOP("Finding", "{host}: account {user} has no login limit on {channels}"),
                            {{u"host"_qs, host}, {u"user"_qs, user}, {u"channels"_qs, v.unlimited.join(u"; "_qs)}}),
            rec.evidence(v.unlimited.join(u"; "_qs)));
    else if (v.kind == LimitVerdict::Pass)
        ctx.pass(CheckId::NoLoginLimit, host, v.limited.join(u"; "_qs) + u"; "_qs + attempts);
    else
        ctx.inconclusive(CheckId::NoLoginLimit, host, (v.unknown + v.limited).join(u"; "_qs) + u"; "_qs + attempts);
}

} // namespace Govscope::Mail
