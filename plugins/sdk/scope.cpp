#include "scope.h"

#include "checkcontext.h"
#include "domainnames.h"
#include "hosts.h"

#include <QObject>

namespace Govscope::Sdk {

namespace {

// An IP literal stays as written (lower case, IPv6 without brackets); a name becomes ASCII.
QString normalisedHost(const QString &hostOrUrl)
{
    QString text = hostOrUrl.trimmed();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (QHostAddress address; address.setAddress(text))
        return address.toString().toLower();
    if (text.contains(u'/') || text.contains(u':')) // a URL, or host:port
        text = Models::hostOf(text);
    if (QHostAddress address; address.setAddress(text))
        return address.toString().toLower();
    return DomainNames::toAscii(text);
}

bool isAddressLiteral(const QString &host)
{
    return QHostAddress().setAddress(host);
}

// Hosts an org declares in the org list; the assets add those the engine stored as declared.
QStringList declaredHostsOf(const Models::Organization &org, const QList<Models::Asset> &assets)
{
    QStringList hosts;
    auto add = [&hosts](const QString &value) {
        const QString h = normalisedHost(value);
        if (!h.isEmpty() && !hosts.contains(h))
            hosts << h;
    };
    for (const QString &w : org.websites)
        add(w);
    for (const QString &w : org.webmail)
        add(w);
    for (const Models::Asset &a : assets) {
        const bool hostLike = a.type == Models::AssetType::Website || a.type == Models::AssetType::Host ||
                              a.type == Models::AssetType::MailHost;
        if (hostLike && a.source == Models::AssetSource::Declared)
            add(a.value);
    }
    return hosts;
}

bool inRange(quint32 ip, quint32 network, int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (ip & mask) == (network & mask);
}

constexpr quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

AddressKind kindOfIPv4(quint32 ip)
{
    if (ip == 0)
        return AddressKind::Unspecified;
    if (inRange(ip, v4(127, 0, 0, 0), 8))
        return AddressKind::Loopback;
    if (inRange(ip, v4(10, 0, 0, 0), 8) || inRange(ip, v4(172, 16, 0, 0), 12) || inRange(ip, v4(192, 168, 0, 0), 16) ||
        inRange(ip, v4(100, 64, 0, 0), 10))
        return AddressKind::Private;
    if (inRange(ip, v4(169, 254, 0, 0), 16))
        return AddressKind::LinkLocal;
    if (inRange(ip, v4(224, 0, 0, 0), 4))
        return AddressKind::Multicast;
    if (inRange(ip, v4(0, 0, 0, 0), 8) || inRange(ip, v4(192, 0, 0, 0), 24) || inRange(ip, v4(192, 0, 2, 0), 24) ||
        inRange(ip, v4(198, 18, 0, 0), 15) || inRange(ip, v4(198, 51, 100, 0), 24) ||
        inRange(ip, v4(203, 0, 113, 0), 24) || inRange(ip, v4(240, 0, 0, 0), 4))
        return AddressKind::Reserved; // 240/4 includes the broadcast address
    return AddressKind::Public;
}

AddressKind kindOfIPv6(const Q_IPV6ADDR &a)
{
    bool zeroTo10 = true; // the first 80 bits
    for (int i = 0; i < 10; ++i)
        zeroTo10 = zeroTo10 && a[i] == 0;
    if (zeroTo10 && a[10] == 0xff && a[11] == 0xff) // IPv4-mapped: a v4 address in disguise
        return kindOfIPv4(v4(a[12], a[13], a[14], a[15]));
    if (zeroTo10 && a[10] == 0 && a[11] == 0) {
        bool rest = true;
        for (int i = 12; i < 15; ++i)
            rest = rest && a[i] == 0;
        if (rest && a[15] == 0)
            return AddressKind::Unspecified;
        if (rest && a[15] == 1)
            return AddressKind::Loopback;
        return AddressKind::Reserved; // deprecated IPv4-compatible ::a.b.c.d
    }
    if ((a[0] & 0xfe) == 0xfc || (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0))
        return AddressKind::Private; // fc00::/7 unique local, fec0::/10 old site-local
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
        return AddressKind::LinkLocal;
    if (a[0] == 0xff)
        return AddressKind::Multicast;
    if ((a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8) || // 2001:db8::/32 documentation
        (a[0] == 0x01 && a[1] == 0x00 && a[2] == 0 && a[3] == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0 &&
         a[7] == 0) ||                                                             // 100::/64 discard
        (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x00 && (a[3] & 0xf0) == 0x10) || // 2001:10::/28 ORCHID
        (a[0] == 0x3f && a[1] == 0xff && (a[2] & 0xf0) == 0))                      // 3fff::/20 documentation
        return AddressKind::Reserved;
    return AddressKind::Public;
}

} // namespace

Scope::Scope(const Models::Organization &org, const QList<Models::Asset> &assets, const QSet<QString> &others)
    : m_orgId(org.id)
    , m_declared(declaredHostsOf(org, assets))
{
    for (const QString &host : m_declared)
        if (!isAddressLiteral(host))
            if (const QString reg = DomainNames::registrableDomain(host);
                !reg.isEmpty() && !m_registrable.contains(reg))
                m_registrable << reg;
    // a mail domain is the org's own name even when no host of it is declared
    for (const QString &domain : org.mailDomains)
        if (const QString reg = DomainNames::registrableDomain(domain); !reg.isEmpty() && !m_registrable.contains(reg))
            m_registrable << reg;
    m_declared.sort();
    m_registrable.sort();
    for (const QString &h : others)
        if (!m_declared.contains(h))
            m_others.insert(h);
}

Scope Scope::of(const CheckContext &ctx)
{
    const CaseSnapshot &snapshot = ctx.snapshot();
    if (!snapshot.indexed())
        return Scope(ctx.org(), ctx.assets(), declaredByOthers(snapshot, ctx.org().id));
    Scope scope(ctx.org(), ctx.assets());
    scope.m_snapshot = &snapshot; // the snapshot outlives every check of the scan
    return scope;
}

QHash<QString, QStringList> Scope::declaringOrgsIndex(const CaseSnapshot &snapshot)
{
    QHash<QString, QStringList> index;
    for (const Models::Organization &o : snapshot.orgs)
        for (const QString &h : declaredHostsOf(o, snapshot.assets.value(o.id)))
            index[h] << o.id;
    return index;
}

QSet<QString> Scope::declaredByOthers(const CaseSnapshot &snapshot, const QString &orgId)
{
    QSet<QString> hosts;
    for (const Models::Organization &o : snapshot.orgs) {
        if (o.id == orgId)
            continue;
        for (const QString &h : declaredHostsOf(o, snapshot.assets.value(o.id)))
            hosts.insert(h);
    }
    return hosts;
}

Scope::Verdict Scope::judge(const QString &host) const
{
    const QString h = normalisedHost(host);
    if (h.isEmpty())
        return {false, Reason::Invalid, QObject::tr("\"%1\" is not a host name or address").arg(host)};
    if (m_declared.contains(h))
        return {true, Reason::Declared, QObject::tr("%1 is declared by org %2").arg(h, m_orgId)};
    if (isAddressLiteral(h))
        return {false, Reason::Outside, QObject::tr("the address %1 is not declared by org %2").arg(h, m_orgId)};
    const auto declaredByAnother = [&] {
        if (!m_snapshot)
            return m_others.contains(h);
        const QStringList orgs = m_snapshot->declaringOrgs(h);
        return std::any_of(orgs.cbegin(), orgs.cend(), [&](const QString &o) { return o != m_orgId; });
    };
    if (declaredByAnother())
        return {false, Reason::OtherOrg, QObject::tr("%1 is declared by another org of the case").arg(h)};
    for (const QString &reg : m_registrable)
        if (DomainNames::isUnder(h, reg))
            return {true, Reason::UnderOrgDomain,
                    QObject::tr("%1 is under %2, a registrable domain of org %3").arg(h, reg, m_orgId)};
    const QString reg = DomainNames::registrableDomain(h);
    return {false, Reason::Outside,
            QObject::tr("%1 (registrable domain %2) is not under the registrable domains of org %3 (%4)")
                .arg(h, reg.isEmpty() ? QObject::tr("none") : reg, m_orgId,
                     m_registrable.isEmpty() ? QObject::tr("none") : m_registrable.join(u", "_qs))};
}

AddressKind addressKind(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return kindOfIPv4(address.toIPv4Address());
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return kindOfIPv6(address.toIPv6Address());
    return AddressKind::Reserved; // not an address at all: never a target
}

bool isNonPublicAddress(const QHostAddress &address)
{
    return addressKind(address) != AddressKind::Public;
}

QString toId(AddressKind kind)
{
    switch (kind) {
    case AddressKind::Public:
        return u"public"_qs;
    case AddressKind::Unspecified:
        return u"unspecified"_qs;
    case AddressKind::Loopback:
        return u"loopback"_qs;
    case AddressKind::Private:
        return u"private"_qs;
    case AddressKind::LinkLocal:
        return u"link-local"_qs;
    case AddressKind::Multicast:
        return u"multicast"_qs;
    case AddressKind::Reserved:
        return u"reserved"_qs;
    }
    return u"reserved"_qs;
}

QString refuseAddresses(const QString &host, const QStringList &addresses, bool allowPrivate)
{
    if (allowPrivate)
        return {};
    for (const QString &text : addresses) {
        const QHostAddress address(text);
        if (const AddressKind kind = addressKind(address); kind != AddressKind::Public)
            return QObject::tr("%1 resolves to the %2 address %3: active tests go to public addresses only "
                               "(the scan profile's \"allow_private\" permits others)")
                .arg(host, toId(kind), text);
    }
    return {};
}

} // namespace Govscope::Sdk
