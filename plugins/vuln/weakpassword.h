#pragma once

#include "probeset.h"
#include "result.h"

#include <QCoroTask>

namespace Govscope::Sdk {
class CheckContext;
class Feeds;
} // namespace Govscope::Sdk

namespace Govscope::Vuln {

/// One line of feeds/credentials/*.csv (product,username,password).
struct Credential
{
    QString product, username, password;
};

/// The outcome of one login attempt.
struct LoginAttempt
{
    bool accepted = false;
    bool answered = false; ///< the service gave a verdict (accepted or refused)
    QString transcript;    ///< the exchange with the password masked
};

/// vuln.weak_password (authorised orgs only): FTP logins on an open port 21, Redis AUTH on an open
/// 6379 and HTTP Basic on management pages that ask for it, with the bounded credential list of the feeds; every
/// attempt is logged (govscope.vuln) and recorded in the evidence with the password masked.
namespace WeakPassword {

/// At most this many attempts per service: enough for defaults, far below any lockout threshold.
constexpr int MaxAttempts = 5;

/// The default list shipped in resources/feeds (written for Govscope): anonymous FTP and the factory
/// defaults of products the tool fingerprints. Other credentials/*.csv of the feeds are tried first;
/// a feeds file at this same path replaces it.
constexpr auto DefaultsFile = "credentials/default.csv";

/// Parses a credentials CSV with a header line; errors name @p origin and the line.
Result<QList<Credential>> parseCsv(const QByteArray &csv, const QString &origin);
/// Every credential of the feeds' credentials/*.csv: added lists first, DefaultsFile last, each pair once.
Result<QList<Credential>> fromFeeds(const Sdk::Feeds &feeds);
/// The password shown in evidence: empty stays "(empty)", others keep their first character.
QString masked(const QString &password);

QCoro::Task<LoginAttempt> ftpLogin(Sdk::ProbeSet &probes, const QString &host, const Credential &credential);

/// Runs every attempt the org's hosts allow and reports; @p ftpHosts have port 21 open,
/// @p redisHosts port 6379, @p basicUrls asked for HTTP Basic credentials.
QCoro::Task<void> check(Sdk::CheckContext &ctx, const QStringList &ftpHosts, const QStringList &redisHosts,
                        const QList<QUrl> &basicUrls);
/// Credentials of @p products (lower case), at most MaxAttempts.
QList<Credential> forProducts(const QList<Credential> &all, const QStringList &products);

} // namespace WeakPassword

} // namespace Govscope::Vuln
