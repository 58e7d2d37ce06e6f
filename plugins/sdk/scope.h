#pragma once

#include "types.h"

#include <QHostAddress>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Govscope::Sdk {

class CheckContext;
struct CaseSnapshot;

/// The one rule of what is an org's own (architecture.md, "Security of the tool itself"): active
/// tests go only to hosts this says are the org's; a redirect or CNAME elsewhere is evidence, never a
/// new target. A host is the org's own when
///  - the org declares it (a website, host or webmail host of the org list), or
///  - it lies under one of the registrable domains (Public Suffix List) of the org's declared
///    websites, webmail and mail domains, and no other org of the case declares it, or
///  - it was discovered and lies under those registrable domains (the same rule: a discovered host
///    on another registrable domain is not proven the org's).
/// TODO(issue 12): a discovered host on another registrable domain could be proven the org's by a
/// certificate naming only the org's hosts; until then it stays out of scope.
class Scope final
{
public:
    enum class Reason { Declared, UnderOrgDomain, OtherOrg, Outside, Invalid };

    struct Verdict
    {
        bool own = false;
        Reason reason = Reason::Invalid;
        QString explanation; ///< one line for evidence and inconclusive reasons
    };

    Scope() = default;
    /// @p others: hosts other orgs of the case declare (lower-case ASCII); may be empty.
    Scope(const Models::Organization &org, const QList<Models::Asset> &assets, const QSet<QString> &others = {});
    /// The scope of the org a check runs for, with the other orgs' declared hosts of the case.
    static Scope of(const CheckContext &ctx);
    /// Hosts every org of @p snapshot but @p orgId declares, lower-case ASCII.
    static QSet<QString> declaredByOthers(const CaseSnapshot &snapshot, const QString &orgId);
    /// Every declared host of @p snapshot with the orgs declaring it (CaseSnapshot::index()).
    static QHash<QString, QStringList> declaringOrgsIndex(const CaseSnapshot &snapshot);

    /// Whether @p host (any form: Unicode, upper case, trailing dot, IP literal) is the org's own.
    Verdict judge(const QString &host) const;
    bool isOwn(const QString &host) const { return judge(host).own; }
    /// Whether @p url is http(s) or another scheme on one of the org's own hosts.
    bool isOwnUrl(const QUrl &url) const { return url.isValid() && isOwn(url.host()); }

    QString orgId() const { return m_orgId; }
    QStringList declaredHosts() const { return m_declared; }         ///< lower-case ASCII, sorted
    QStringList registrableDomains() const { return m_registrable; } ///< lower-case ASCII, sorted

private:
    QString m_orgId;
    QStringList m_declared;
    QStringList m_registrable;
    QSet<QString> m_others;
    /// Set by of() on an indexed snapshot instead of m_others: no per-org copy of every other org's hosts.
    const CaseSnapshot *m_snapshot = nullptr;
};

/// What kind of address an active test would be sent to.
enum class AddressKind {
    Public,
    Unspecified, ///< 0.0.0.0, ::
    Loopback,    ///< 127.0.0.0/8, ::1
    Private,     ///< RFC 1918, 100.64.0.0/10 (shared CGN), fc00::/7 (ULA), fec0::/10 (old site-local)
    LinkLocal,   ///< 169.254.0.0/16, fe80::/10
    Multicast,   ///< 224.0.0.0/4, ff00::/8
    Reserved,    ///< documentation, benchmarking, 240.0.0.0/4, broadcast, 0.0.0.0/8, IETF blocks
};

/// Classifies @p address; IPv4-mapped IPv6 (::ffff:a.b.c.d) is classified as its IPv4 address.
AddressKind addressKind(const QHostAddress &address);
/// True for every kind but Public: such addresses are refused for active tests unless the scan
/// profile allows private addresses (ScanProfile::allowPrivate).
bool isNonPublicAddress(const QHostAddress &address);
QString toId(AddressKind kind); ///< "public", "loopback", "private", …

/// Why active tests must not go to a host resolved to @p addresses: empty when they may (every
/// address public, or @p allowPrivate); otherwise a sentence naming the first address refused.
QString refuseAddresses(const QString &host, const QStringList &addresses, bool allowPrivate);

} // namespace Govscope::Sdk
