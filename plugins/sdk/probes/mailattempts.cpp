#include "mailattempts.h"

#include "hostlimiter.h"
#include "probeset.h"

namespace Govscope::Sdk {

QString MailAttempt::toText() const
{
    return QObject::tr("%1 %2: %3 as %4 on %5 (%6, %7): %8")
        .arg(when.toString(Qt::ISODate), check, org, user, host, channel,
             wrongPassword ? QObject::tr("wrong password") : QObject::tr("right password"), result);
}

MailAttempts &MailAttempts::of(ProbeSet &probes)
{
    // The ProbeSet is the per-scan object every CheckContext reaches; its HostLimiter is a QObject it owns, so
    // a child of it lives exactly as long as the scan's probes without a new member in ProbeSet.
    HostLimiter &anchor = probes.limiter();
    if (auto *existing = anchor.findChild<MailAttempts *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new MailAttempts(probes.profile().mailLockoutAttempts, &anchor);
}

MailAttempts::MailAttempts(int wrongCap, QObject *parent)
    : QObject(parent)
    , m_wrongCap(qMax(0, wrongCap))
{}

QString MailAttempts::key(const QString &org, const QString &user)
{
    return org + u'\x1f' + user.toLower();
}

int MailAttempts::wrongUsed(const QString &org, const QString &user) const
{
    return m_wrongReserved.value(key(org, user));
}

bool MailAttempts::reserveWrong(const QString &org, const QString &user)
{
    int &used = m_wrongReserved[key(org, user)];
    if (used >= m_wrongCap)
        return false;
    ++used;
    return true;
}

void MailAttempts::record(MailAttempt attempt)
{
    m_log[key(attempt.org, attempt.user)].append(std::move(attempt));
}

QList<MailAttempt> MailAttempts::attempts(const QString &org, const QString &user) const
{
    return m_log.value(key(org, user));
}

} // namespace Govscope::Sdk
