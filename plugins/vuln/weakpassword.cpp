#include "weakpassword.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "feeds.h"
#include "hostlimiter.h"
#include "redisauth.h"
#include "tcpprobe.h"

#include "signalwait.h"
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcVuln, "govscope.vuln")

namespace Govscope::Vuln::WeakPassword {

namespace {

const QString Check = u"vuln.weak_password"_qs;

/// Reads one complete FTP reply ("230 …", or a "230-" block up to "230 "); empty on timeout.
QCoro::Task<QByteArray> ftpReply(QTcpSocket &socket, std::chrono::milliseconds timeout)
{
    QByteArray reply;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        while (socket.canReadLine()) {
            const QByteArray line = socket.readLine();
            reply += line;
            if (reply.size() > 64 * 1024) // an endless greeting is no reply (issue 9: hostile banners)
                co_return reply;
            if (line.size() >= 4 && std::isdigit(static_cast<unsigned char>(line.at(0))) && line.at(3) == ' ')
                co_return reply;
        }
        const std::chrono::milliseconds left = timeout - std::chrono::milliseconds(clock.elapsed());
        if (left.count() <= 0 || socket.state() != QAbstractSocket::ConnectedState)
            co_return reply;
        co_await Sdk::waitReadable(socket, left);
    }
}

/// The exchange as evidence, with the Authorization header (the base64 password) masked.
Sdk::HttpResult withoutSecret(Sdk::HttpResult r)
{
    for (Sdk::HttpHop &hop : r.hops)
        for (auto &[name, value] : hop.requestHeaders)
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                value = "Basic (masked)";
    return r;
}

QCoro::Task<void> basicAuth(Sdk::CheckContext &ctx, const QList<QUrl> &urls, const QList<Credential> &credentials)
{
    for (const QUrl &url : urls) {
        const QString target = url.toString();
        if (credentials.isEmpty()) {
            ctx.inconclusive(Check, target, QObject::tr("no http or tomcat credentials in feeds/credentials/*.csv"));
            continue;
        }
        bool accepted = false;
        QStringList undecided; // attempts without a refusal: a pass needs every listed pair refused
        for (const Credential &c : credentials) {
            if (ctx.cancelled())
                co_return;
            qCInfo(lcVuln) << "weak_password: HTTP Basic attempt on" << target << "as" << c.username << "for org"
                           << ctx.org().id;
            Sdk::HttpRequest request;
            request.url = url;
            request.followRedirects = false;
            request.maxBody = 64 * 1024;
            request.headers.append(
                {"Authorization", "Basic " + QByteArray(c.username.toUtf8() + ':' + c.password.toUtf8()).toBase64()});
            const Sdk::HttpResult r = co_await ctx.probes().http().fetch(request);
            if (!r.responded()) {
                undecided
                    << QObject::tr("%1: no answer (%2)").arg(c.username, r.hops.isEmpty() ? r.error : r.last().error);
                continue;
            }
            const int status = r.last().status;
            if (status == 401 || status == 403)
                continue;        // refused
            if (status != 200) { // 429, 5xx, a redirect to a login page…: neither accepted nor refused
                undecided << QObject::tr("%1: HTTP %2").arg(c.username).arg(status);
                continue;
            }
            accepted = true;
            Models::NewFinding f = Sdk::makeFinding(
                ctx.org(), Check, target,
                Models::message(
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "{target} accepts HTTP Basic user \"{user}\" with a listed default password ({password})"),
                    {{u"target"_qs, target}, {u"user"_qs, c.username}, {u"password"_qs, masked(c.password)}}));
            f.evidence << Sdk::Evidence::http(withoutSecret(r),
                                              Models::message(QT_TRANSLATE_NOOP(
                                                  "Finding", "HTTP Basic login accepted (password masked)")))
                       << Sdk::Evidence::org(ctx.org());
            ctx.finding(std::move(f));
            break;
        }
        if (!accepted && undecided.isEmpty())
            ctx.pass(Check, target, QObject::tr("%1 listed HTTP Basic credentials refused").arg(credentials.size()));
        else if (!accepted)
            ctx.inconclusive(Check, target,
                             QObject::tr("%1 of %2 HTTP Basic attempts got no verdict: %3")
                                 .arg(undecided.size())
                                 .arg(credentials.size())
                                 .arg(undecided.join(u"; "_qs)));
    }
}

} // namespace

QList<Credential> forProducts(const QList<Credential> &all, const QStringList &products)
{
    QList<Credential> out;
    for (const Credential &c : all)
        if (products.contains(c.product.toLower()) && out.size() < MaxAttempts)
            out << c;
    return out;
}

QString masked(const QString &password)
{
    if (password.isEmpty())
        return QObject::tr("(empty)");
    return password.left(1) + QString(std::max<qsizetype>(password.size() - 1, 3), u'*');
}

Result<QList<Credential>> parseCsv(const QByteArray &csv, const QString &origin)
{
    QList<Credential> out;
    const QList<QByteArray> lines = csv.split('\n');
    bool headerSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u',');
        // the header is the first line that is not a comment: a shipped file explains itself above it
        const bool first = !std::exchange(headerSeen, true);
        if (first && fields.value(0).trimmed().compare(u"product"_qs, Qt::CaseInsensitive) == 0)
            continue;
        if (fields.size() != 3 || fields.at(0).trimmed().isEmpty())
            return makeError(QObject::tr("%1 line %2: expected product,username,password (3 fields), got \"%3\"")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(line));
        out << Credential{fields.at(0).trimmed(), fields.at(1), fields.at(2)};
    }
    return out;
}

Result<QList<Credential>> fromFeeds(const Sdk::Feeds &feeds)
{
    // the shipped defaults come last: a list the auditor added for this engagement is more to the
    // point, and the per-service bound (MaxAttempts) must not be spent on generic defaults first
    QStringList files = feeds.list(u"credentials/*.csv"_qs);
    if (files.removeAll(QString::fromLatin1(DefaultsFile)) > 0)
        files.append(QString::fromLatin1(DefaultsFile));
    QList<Credential> all;
    for (const QString &rel : std::as_const(files)) {
        auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        auto parsed = parseCsv(*bytes, feeds.path(rel));
        if (!parsed)
            return parsed.error();
        for (const Credential &c : std::as_const(*parsed)) {
            const bool known = std::any_of(all.cbegin(), all.cend(), [&c](const Credential &k) {
                return k.product.compare(c.product, Qt::CaseInsensitive) == 0 && k.username == c.username &&
                       k.password == c.password;
            });
            if (!known) // the same pair in two lists is one attempt, not two
                all << c;
        }
    }
    return all;
}

QCoro::Task<LoginAttempt> ftpLogin(Sdk::ProbeSet &probes, const QString &host, const Credential &credential)
{
    LoginAttempt attempt;
    const Sdk::HostSlot slot = co_await probes.limiter().acquire(host);
    const std::chrono::milliseconds timeout{probes.profile().timeoutMs};
    QTcpSocket socket;
    socket.setReadBufferSize(256 * 1024); // a server that never stops talking fills no more than this
    const Sdk::TcpStatus connected = co_await Sdk::connectSocket(socket, host, 21, timeout);
    QStringList t{u"* connect %1:21"_qs.arg(host)};
    if (connected != Sdk::TcpStatus::Open) {
        t << u"* no connection: %1"_qs.arg(socket.errorString());
        attempt.transcript = t.join(u'\n');
        co_return attempt;
    }
    const auto exchange = [&](const QByteArray &command, const QString &shown) -> QCoro::Task<QByteArray> {
        if (!command.isEmpty()) {
            socket.write(command + "\r\n");
            t << u"> "_qs + shown;
        }
        const QByteArray reply = co_await ftpReply(socket, timeout);
        t << u"< "_qs + QString::fromUtf8(reply).trimmed();
        co_return reply;
    };
    // every argument named: GCC 12 destroys temporaries of a co_await expression twice
    const QByteArray noCommand;
    const QString noText;
    const QByteArray greeting = co_await exchange(noCommand, noText);
    if (greeting.startsWith("220")) {
        const QByteArray user = "USER " + credential.username.toUtf8();
        const QString userShown = u"USER "_qs + credential.username;
        const QByteArray userReply = co_await exchange(user, userShown);
        QByteArray verdict = userReply;
        if (userReply.startsWith("331")) {
            const QByteArray pass = "PASS " + credential.password.toUtf8();
            const QString passShown = u"PASS "_qs + masked(credential.password);
            verdict = co_await exchange(pass, passShown);
        }
        attempt.accepted = verdict.startsWith("230");
        attempt.answered = attempt.accepted || verdict.startsWith("5");
        if (attempt.accepted) {
            const QByteArray quit = "QUIT";
            const QString quitShown = u"QUIT"_qs;
            co_await exchange(quit, quitShown);
        }
    }
    socket.abort();
    attempt.transcript = t.join(u'\n');
    co_return attempt;
}

QCoro::Task<void> check(Sdk::CheckContext &ctx, const QStringList &ftpHosts, const QStringList &redisHosts,
                        const QList<QUrl> &basicUrls)
{
    const QString org = ctx.org().id;
    auto credentials = fromFeeds(ctx.feeds());
    if (!credentials) {
        ctx.inconclusive(Check, org, credentials.error().message);
        co_return;
    }
    if (ftpHosts.isEmpty() && redisHosts.isEmpty() && basicUrls.isEmpty()) {
        ctx.pass(Check, org,
                 QObject::tr("no FTP or Redis service and no management page asking for HTTP Basic credentials"));
        co_return;
    }
    const QStringList ftpProducts{u"ftp"_qs};
    const QList<Credential> ftp = forProducts(*credentials, ftpProducts);
    for (const QString &host : ftpHosts) {
        const QString target = host + u":21"_qs;
        if (ftp.isEmpty()) {
            ctx.inconclusive(Check, target, QObject::tr("no ftp credentials in feeds/credentials/*.csv"));
            continue;
        }
        QStringList transcripts;
        bool accepted = false;
        int undecided = 0; // attempts with neither 230 nor a 5xx refusal (timeouts, dropped connections)
        for (const Credential &c : ftp) {
            if (ctx.cancelled())
                co_return;
            qCInfo(lcVuln) << "weak_password: FTP login attempt on" << target << "as" << c.username << "for org" << org;
            const LoginAttempt a = co_await ftpLogin(ctx.probes(), host, c);
            transcripts << a.transcript;
            if (!a.answered)
                ++undecided;
            if (a.accepted) {
                accepted = true;
                Models::NewFinding f = Sdk::makeFinding(
                    ctx.org(), Check, target,
                    Models::message(
                        QT_TRANSLATE_NOOP(
                            "Finding", "FTP on {target} accepts {login} with a listed default password ({password})"),
                        {{u"target"_qs, target},
                         {u"login"_qs, c.username.compare(u"anonymous"_qs, Qt::CaseInsensitive) == 0
                                           ? Models::message(QT_TRANSLATE_NOOP("Finding", "anonymous login"))
                                           : Models::message(QT_TRANSLATE_NOOP("Finding", "user \"{user}\""),
                                                             {{u"user"_qs, c.username}})},
                         {u"password"_qs, masked(c.password)}}));
                f.evidence << Sdk::Evidence::text(
                                  u"transcript"_qs,
                                  Models::message(
                                      QT_TRANSLATE_NOOP("Finding", "FTP login on {target} (password masked)"),
                                      {{u"target"_qs, target}}),
                                  a.transcript)
                           << Sdk::Evidence::org(ctx.org());
                ctx.finding(std::move(f));
                break; // one accepted credential proves it; no further attempts
            }
        }
        // a pass needs every listed credential refused: one that timed out may be the one that works
        if (!accepted && undecided == 0)
            ctx.pass(Check, target, QObject::tr("%1 listed credentials refused").arg(transcripts.size()));
        else if (!accepted)
            ctx.inconclusive(Check, target,
                             QObject::tr("FTP gave no login verdict on %1 of %2 attempts: %3")
                                 .arg(undecided)
                                 .arg(transcripts.size())
                                 .arg(transcripts.join(u" | "_qs)));
    }
    const QStringList redisProducts{u"redis"_qs};
    const QList<Credential> redis = forProducts(*credentials, redisProducts);
    co_await RedisAuth::check(ctx, redisHosts, redis);
    const QStringList httpProducts{u"http"_qs, u"http-basic"_qs, u"tomcat"_qs};
    const QList<Credential> http = forProducts(*credentials, httpProducts);
    co_await basicAuth(ctx, basicUrls, http);
}

} // namespace Govscope::Vuln::WeakPassword
