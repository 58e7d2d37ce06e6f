// DNS replies as DnsProbe reads them: Qt's QDnsLookup (the resolver library's res_nquery and Qt's record
// parser), the raw header re-read of rawDnsStatus, the CNAME chase with its loop and hop limits, and the
// dig-like transcript kept as evidence. A hostile or broken nameserver answers whatever it likes.
//
// Qt 6.4 asks port 53 only, so this process runs a tiny nameserver on a loopback address of its own
// (127.68.x.y:53; needs root or CAP_NET_BIND_SERVICE) that answers every question with the input. The input
// keeps what makes glibc accept a reply (the question's id and question section are copied in, QR set, TC
// cleared so that it does not retry over TCP); the rest, flags, counts and records, is the fuzzer's.

#include "dnsprobe.h"
#include "fuzzsupport.h"

#include <QCoroTask>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>

namespace {

std::mutex g_mutex;
QByteArray g_reply; // the input of the current run
in_addr g_server{};

// Where the question section of @p query ends (after QNAME, QTYPE, QCLASS), or -1.
int questionEnd(const unsigned char *query, int length)
{
    int at = 12;
    while (at < length && query[at] != 0) {
        if ((query[at] & 0xC0) != 0)
            return -1;
        at += query[at] + 1;
    }
    at += 1 + 4;
    return at <= length ? at : -1;
}

void serve(int fd)
{
    unsigned char query[512];
    for (;;) {
        sockaddr_in from{};
        socklen_t fromLength = sizeof from;
        const ssize_t n = recvfrom(fd, query, sizeof query, 0, reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (n < 12)
            continue;
        const int end = questionEnd(query, int(n));
        if (end < 0)
            continue;
        QByteArray input;
        {
            std::lock_guard lock(g_mutex);
            input = g_reply;
        }
        input = input.leftJustified(8, '\0');
        QByteArray reply(reinterpret_cast<const char *>(query), 2);                // id
        reply += char((quint8(input[0]) | 0x80) & ~0x02);                          // QR set, TC cleared
        reply += input[1];                                                         // RA, Z, RCODE
        reply += QByteArray("\x00\x01", 2);                                        // QDCOUNT
        reply += input.mid(2, 6);                                                  // AN, NS, AR counts
        reply += QByteArray(reinterpret_cast<const char *>(query) + 12, end - 12); // the question
        reply += input.mid(8);
        reply.truncate(4096);
        sendto(fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr *>(&from), fromLength);
    }
}

void startServer()
{
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        abort();
    // A loopback address of this process's own, so that parallel runs and a local resolver do not clash.
    for (int attempt = 0; attempt < 64; ++attempt) {
        const quint32 host = (127u << 24) | (68u << 16) | ((quint32(getpid()) + quint32(attempt) * 7919u) & 0xFFFFu);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(53);
        address.sin_addr.s_addr = htonl(host);
        if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            g_server = address.sin_addr;
            std::thread(serve, fd).detach();
            return;
        }
    }
    fprintf(stderr, "fuzz_dns: cannot bind a loopback address on port 53 (%s); run as root\n", strerror(errno));
    abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    GovscopeFuzz::application();
    startServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        std::lock_guard lock(g_mutex);
        g_reply = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    Govscope::Sdk::DnsProbe probe(std::chrono::milliseconds(500));
    probe.setNameserver(QHostAddress(ntohl(g_server.s_addr)));
    // The CNAME chase asks CNAME, then A and AAAA; MX and TXT read other record shapes.
    (void)QCoro::waitFor(probe.resolveHost(u"www.fuzz.gov.cn"_qs));
    (void)QCoro::waitFor(probe.query(u"fuzz.gov.cn"_qs, QDnsLookup::MX));
    (void)QCoro::waitFor(probe.query(u"fuzz.gov.cn"_qs, QDnsLookup::TXT));
    return 0;
}
