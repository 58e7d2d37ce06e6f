#include "dnsrawcheck.h"

#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>

#include <cstring>

namespace Govscope::Sdk::Detail {

DnsStatus rawDnsStatus(const QString &name, int qtype, const QHostAddress &nameserver, int timeoutMs)
{
    struct __res_state state;
    std::memset(&state, 0, sizeof state);
    if (res_ninit(&state) != 0)
        return DnsStatus::Error;
    state.retrans = std::max(1, timeoutMs / 1000);
    state.retry = 1;
    if (!nameserver.isNull() && nameserver.protocol() == QAbstractSocket::IPv4Protocol) {
        state.nscount = 1;
        state.nsaddr_list[0].sin_family = AF_INET;
        state.nsaddr_list[0].sin_port = htons(53);
        state.nsaddr_list[0].sin_addr.s_addr = htonl(nameserver.toIPv4Address());
    }
    const QByteArray qname = name.toLatin1();
    unsigned char query[NS_PACKETSZ];
    const int queryLength =
        res_nmkquery(&state, ns_o_query, qname.constData(), ns_c_in, qtype, nullptr, 0, nullptr, query, sizeof query);
    unsigned char reply[4096];
    const int replyLength = queryLength > 0 ? res_nsend(&state, query, queryLength, reply, sizeof reply) : -1;
    res_nclose(&state);
    if (replyLength < NS_HFIXEDSZ)
        return errno == ETIMEDOUT ? DnsStatus::Timeout : DnsStatus::Error;
    const int rcode = reply[3] & 0x0f;
    const int answers = (reply[6] << 8) | reply[7];
    switch (rcode) {
    case ns_r_noerror:
        return answers == 0 ? DnsStatus::NoRecords : DnsStatus::Error;
    case ns_r_nxdomain:
        return DnsStatus::NxDomain;
    case ns_r_servfail:
        return DnsStatus::ServerFailure;
    case ns_r_refused:
        return DnsStatus::Refused;
    default:
        return DnsStatus::Error;
    }
}

} // namespace Govscope::Sdk::Detail
