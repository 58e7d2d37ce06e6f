#pragma once

#include "types.h"

#include <QCoroTask>
#include <QDnsLookup>
#include <QStringList>
#include <QUrl>

namespace Govscope::Sdk {
class DnsProbe;
struct DnsAnswer;
} // namespace Govscope::Sdk

namespace Govscope::Mail {

/// What the mail family examines for one org: its mail domains, the hosts that serve its mail
/// (MX of each domain plus the declared webmail hosts) and its webmail URLs.
struct MailTargets
{
    QStringList domains;
    QStringList hosts;
    QList<QUrl> webmail;
    QList<Sdk::DnsAnswer> mxAnswers; ///< evidence of where the hosts came from
    /// Mail domains whose MX got no definite answer (even when asked again), with why: their mail hosts
    /// are not known, so the host checks have no verdict on them.
    QList<std::pair<QString, QString>> unknownHosts;

    QList<QUrl> webmailOn(const QString &host) const;
};

/// Asks @p name once more when the first answer is not definite (timeout, SERVFAIL): under load the first
/// question may spend its time in the resolver's queue.
QCoro::Task<Sdk::DnsAnswer> askDefinite(Sdk::DnsProbe &dns, const QString &name, QDnsLookup::Type type);

/// Reads the declared assets and asks each mail domain's MX.
QCoro::Task<MailTargets> collectTargets(const Models::Organization &org, const QList<Models::Asset> &assets,
                                        Sdk::DnsProbe &dns);

/// "10 mail.example.cn" → "mail.example.cn" (lower case, no trailing dot); empty for a null MX (".").
QString mxHost(const QString &mxValue);

} // namespace Govscope::Mail
