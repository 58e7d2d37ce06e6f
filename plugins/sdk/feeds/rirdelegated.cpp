#include "rirdelegated.h"

#include <QObject>

#include <algorithm>
#include <cctype>

namespace Govscope::Sdk {

namespace {

Error lineError(const QString &origin, int line, const QString &what)
{
    return makeError(QObject::tr("%1 line %2: %3 (expected registry|cc|type|start|value|date|status; fix or "
                                 "remove the line, or replace the file with the RIR's original)")
                         .arg(origin)
                         .arg(line)
                         .arg(what));
}

} // namespace

Status RirDelegated::add(const QByteArray &text, const QString &origin)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('|');
        if (std::isdigit(static_cast<unsigned char>(line.at(0))))
            continue; // the version line: "2|apnic|20240101|…"
        if (f.size() >= 6 && f.at(5) == "summary")
            continue; // "apnic|*|ipv4|*|12345|summary"
        if (f.size() < 7)
            return lineError(origin, i + 1, QObject::tr("%1 fields").arg(f.size()));
        const QByteArray type = f.at(2);
        if (type != "ipv4" && type != "ipv6")
            continue; // asn
        RirBlock b;
        b.registry = QString::fromLatin1(f.at(0));
        b.cc = QString::fromLatin1(f.at(1)).toUpper();
        b.date = QString::fromLatin1(f.at(5));
        b.status = QString::fromLatin1(f.at(6));
        b.source = u"%1:%2: %3"_qs.arg(origin).arg(i + 1).arg(QString::fromUtf8(line));
        if (b.status == u"available"_qs || b.status == u"reserved"_qs || b.cc.isEmpty() || b.cc == u"*"_qs)
            continue; // not delegated to anyone: says nothing about where a host is
        bool ok = false;
        const qulonglong value = f.at(4).toULongLong(&ok);
        if (!b.start.setAddress(QString::fromLatin1(f.at(3))) || !ok)
            return lineError(origin, i + 1,
                             QObject::tr("bad start \"%1\" or value \"%2\"")
                                 .arg(QString::fromLatin1(f.at(3)), QString::fromLatin1(f.at(4))));
        if (type == "ipv4") {
            if (b.start.protocol() != QAbstractSocket::IPv4Protocol || value == 0 ||
                b.start.toIPv4Address() + value - 1 > 0xffffffffULL)
                return lineError(origin, i + 1, QObject::tr("ipv4 block out of range"));
            b.last4 = quint32(b.start.toIPv4Address() + value - 1);
            m_v4.append(b);
        } else {
            if (b.start.protocol() != QAbstractSocket::IPv6Protocol || value > 128)
                return lineError(origin, i + 1, QObject::tr("ipv6 prefix length %1").arg(value));
            b.prefix6 = int(value);
            m_v6.append(b);
        }
    }
    std::sort(m_v4.begin(), m_v4.end(),
              [](const RirBlock &a, const RirBlock &b) { return a.start.toIPv4Address() < b.start.toIPv4Address(); });
    return Done{};
}

const RirBlock *RirDelegated::find(const QHostAddress &address) const
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also maps ::ffff:a.b.c.d
    if (isV4) {
        // the last block starting at or before the address; RIR blocks do not overlap
        auto it = std::upper_bound(m_v4.cbegin(), m_v4.cend(), v4,
                                   [](quint32 a, const RirBlock &b) { return a < b.start.toIPv4Address(); });
        if (it == m_v4.cbegin())
            return nullptr;
        --it;
        return v4 <= it->last4 ? &*it : nullptr;
    }
    const RirBlock *best = nullptr;
    for (const RirBlock &b : m_v6)
        if (address.isInSubnet(b.start, b.prefix6) && (!best || b.prefix6 > best->prefix6))
            best = &b;
    return best;
}

} // namespace Govscope::Sdk
