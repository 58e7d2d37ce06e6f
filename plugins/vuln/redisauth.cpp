#include "redisauth.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcVuln)

namespace Govscope::Vuln::RedisAuth {

namespace {

const QString Check = u"vuln.weak_password"_qs;

QString firstLine(const QByteArray &reply)
{
    return QString::fromUtf8(reply.left(200)).section(u'\n', 0, 0).trimmed();
}

} // namespace

Reply classify(const QByteArray &reply)
{
    if (reply.startsWith("+OK"))
        return Reply::Accepted;
    if (reply.contains("no password is set") || reply.contains("without any password configured"))
        return Reply::NoPassword;
    if (reply.startsWith("-WRONGPASS") || reply.contains("invalid password") || reply.contains("invalid username"))
        return Reply::Refused;
    return Reply::Unknown;
}

QCoro::Task<void> check(Sdk::CheckContext &ctx, const QStringList &hosts, const QList<Credential> &credentials)
{
    for (const QString &host : hosts) {
        const QString target = host + u":6379"_qs;
        if (credentials.isEmpty()) {
            ctx.inconclusive(Check, target, QObject::tr("no redis credentials in feeds/credentials/*.csv"));
            continue;
        }
        QStringList transcript{u"* connect %1"_qs.arg(target)};
        bool decided = false;
        for (const Credential &c : credentials) {
            if (ctx.cancelled())
                co_return;
            qCInfo(lcVuln) << "weak_password: Redis AUTH attempt on" << target << "for org" << ctx.org().id;
            // AUTH password (Redis < 6) or AUTH user password (ACL users)
            QByteArray command = "AUTH ";
            if (!c.username.isEmpty())
                command += c.username.toUtf8() + ' ';
            command += c.password.toUtf8() + "\r\n";
            const Sdk::TcpResult r = co_await ctx.probes().tcp().probe(host, 6379, command);
            transcript << u"> AUTH %1%2"_qs.arg(c.username.isEmpty() ? QString() : c.username + u' ',
                                                WeakPassword::masked(c.password))
                       << u"< "_qs + firstLine(r.banner);
            const Reply reply = r.open() ? classify(r.banner) : Reply::Unknown;
            if (reply == Reply::Accepted) {
                Models::NewFinding f =
                    Sdk::makeFinding(ctx.org(), Check, target,
                                     Models::message(QT_TRANSLATE_NOOP("Finding", "Redis on {target} accepts a listed default password ({password})"),
                                                     {{u"target"_qs, target}, {u"password"_qs, WeakPassword::masked(c.password)}}));
                f.evidence << Sdk::Evidence::text(u"transcript"_qs,
                                                  Models::message(QT_TRANSLATE_NOOP("Finding", "Redis AUTH on {target} (password masked)"), {{u"target"_qs, target}}),
                                                  transcript.join(u'\n'))
                           << Sdk::Evidence::org(ctx.org());
                ctx.finding(std::move(f));
                decided = true;
                break;
            }
            if (reply == Reply::NoPassword) {
                ctx.pass(Check, target,
                         QObject::tr("no password is set at all (datasec.open_database reports an open Redis)"));
                decided = true;
                break;
            }
            if (reply == Reply::Unknown) {
                ctx.inconclusive(Check, target, QObject::tr("no AUTH verdict: %1").arg(transcript.join(u" | "_qs)));
                decided = true;
                break;
            }
        }
        if (!decided)
            ctx.pass(Check, target, QObject::tr("%1 listed redis passwords refused").arg(credentials.size()));
    }
}

} // namespace Govscope::Vuln::RedisAuth
