#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Govscope::Sdk {

/// A test account for the authorised mail checks. The password is never stored: it is read from
/// the environment variable @c passwordEnv when a check needs it.
struct MailAccount
{
    QString org;
    QString user;
    QString passwordEnv;
    /// SHA-256 (hex, colons allowed) of server certificates accepted for this account although they do not
    /// verify against the system CAs (a private CA, a self-signed internal server): the password is sent only
    /// over TLS that verifies or whose leaf certificate is pinned here. Optional (`"pinned_sha256"`).
    QStringList pinnedSha256;
};

/// The scan profile of spec/interfaces.md (`--profile FILE`, JSON; every key optional).
struct ScanProfile
{
    int concurrency = 64;
    int perHost = 4;
    int timeoutMs = 8000;
    QString userAgent = u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/120.0 Safari/537.36 Govscope/0.1"_qs;
    int crawlMaxPages = 200;
    int crawlMaxDepth = 3;
    QUrl overseasProxy; ///< socks5://host:port, empty when no overseas vantage is configured
    int mailIdleSeconds = 1800;
    int mailLockoutAttempts = 5;
    QList<MailAccount> mailAccounts;
    /// Whether active tests may go to loopback, private, link-local, multicast or reserved addresses
    /// (Sdk::refuseAddresses); profile key "allow_private", or `govscope scan --allow-private` for a lab.
    /// Off by default: an organisation list naming 127.0.0.1 or 169.254.169.254 is refused, not scanned.
    bool allowPrivate = false;

    /// Reads a profile file; names the file and the key at fault on error.
    static Result<ScanProfile> load(const QString &path);
    /// Parses profile JSON; @p origin names it in error messages.
    static Result<ScanProfile> fromJson(const QByteArray &json, const QString &origin);
    QByteArray toJson() const; ///< what a case records: no secret (passwords are named by env var; proxy userinfo dropped)
};

} // namespace Govscope::Sdk
