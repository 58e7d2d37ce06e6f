#include "weakpassword.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "feeds.h"
#include "hostlimiter.h"
#include "redisauth.h"

#include "signalwait.h"
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkProxy>
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
        bool accepted = false, anyVerdict = false;
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
            if (!r.responded())
                continue;
            anyVerdict = true;
            if (r.last().status != 200)
                continue;
            accepted = true;
            Models::NewFinding f =
                Sdk::makeFinding(ctx.org(), Check, target,
                                 QObject::tr("%1 accepts HTTP Basic user \"%2\" with a listed default password (%3)")
                                     .arg(target, c.username, masked(c.password)));
            f.evidence << Sdk::Evidence::http(withoutSecret(r),
                                              QObject::tr("HTTP Basic login accepted (password masked)"))
                       << Sdk::Evidence::org(ctx.org());
            ctx.finding(std::move(f));
            break;
        }
        if (!accepted && anyVerdict)
            ctx.pass(Check, target, QObject::tr("listed HTTP Basic credentials refused"));
        else if (!accepted)
            ctx.inconclusive(Check, target, QObject::tr("no answer to the HTTP Basic attempts"));
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
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.setReadBufferSize(256 * 1024); // a server that never stops talking fills no more than this
    socket.connectToHost(host, 21);
    co_await Sdk::settleConnect(socket, timeout);
    QStringList t{u"* connect %1:21"_qs.arg(host)};
    if (socket.state() != QAbstractSocket::ConnectedState) {
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
        bool accepted = false, anyVerdict = false;
        for (const Credential &c : ftp) {
            if (ctx.cancelled())
                co_return;
            qCInfo(lcVuln) << "weak_password: FTP login attempt on" << target << "as" << c.username << "for org" << org;
            const LoginAttempt a = co_await ftpLogin(ctx.probes(), host, c);
            transcripts << a.transcript;
            anyVerdict = anyVerdict || a.answered;
            if (a.accepted) {
                accepted = true;
                Models::NewFinding f =
                    Sdk::makeFinding(ctx.org(), Check, target,
                                     QObject::tr("FTP on %1 accepts %2 with a listed default password (%3)")
                                         .arg(target,
                                              c.username.compare(u"anonymous"_qs, Qt::CaseInsensitive) == 0
                                                  ? QObject::tr("anonymous login")
                                                  : QObject::tr("user \"%1\"").arg(c.username),
                                              masked(c.password)));
                f.evidence << Models::NewEvidence{u"transcript"_qs,
                                                  QObject::tr("FTP login on %1 (password masked)").arg(target),
                                                  a.transcript.toUtf8(), u"text/plain; charset=utf-8"_qs}
                           << Sdk::Evidence::org(ctx.org());
                ctx.finding(std::move(f));
                break; // one accepted credential proves it; no further attempts
            }
        }
        if (!accepted && anyVerdict)
            ctx.pass(Check, target, QObject::tr("%1 listed credentials refused").arg(transcripts.size()));
        else if (!accepted)
            ctx.inconclusive(Check, target,
                             QObject::tr("FTP gave no login verdict: %1").arg(transcripts.join(u" | "_qs)));
    }
    const QStringList redisProducts{u"redis"_qs};
    const QList<Credential> redis = forProducts(*credentials, redisProducts);
    co_await RedisAuth::check(ctx, redisHosts, redis);
    const QStringList httpProducts{u"http"_qs, u"http-basic"_qs, u"tomcat"_qs};
    const QList<Credential> http = forProducts(*credentials, httpProducts);
    co_await basicAuth(ctx, basicUrls, http);
}

} // namespace Govscope::Vuln::WeakPassword
