#pragma once

#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Govscope::Sdk {

/// One address block of an RIR "delegated" statistics file (APNIC, ARIN, RIPE, LACNIC, AFRINIC;
/// plain and "extended" variants): registry|cc|type|start|value|date|status[|opaque-id].
struct RirBlock
{
    QString registry;
    QString cc; ///< ISO 3166 country code as the RIR records it ("CN", "US", "HK", …)
    QHostAddress start;
    quint32 last4 = 0; ///< IPv4: the last address of the block (start + count - 1)
    int prefix6 = 0;   ///< IPv6: prefix length
    QString date, status;
    QString source; ///< "file:line: the line as written", for evidence
};

/// Which block an address falls in, over every loaded delegated file. IPv4 blocks are kept sorted
/// for binary search (a full APNIC file has ~50,000 of them).
class RirDelegated final
{
public:
    /// Parses one file's text; header, summary, comment and asn lines are skipped. @p origin names
    /// the file in errors ("rir/delegated-apnic-latest line 7: …").
    Status add(const QByteArray &text, const QString &origin);
    /// The block holding @p address, or nullptr when no loaded file lists it.
    const RirBlock *find(const QHostAddress &address) const;
    qsizetype size() const { return m_v4.size() + m_v6.size(); }

private:
    QList<RirBlock> m_v4; // sorted by start after add()
    QList<RirBlock> m_v6;
};

} // namespace Govscope::Sdk
