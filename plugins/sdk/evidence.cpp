#include "evidence.h"

#include "dnsprobe.h"
#include "httpprobe.h"
#include "secretmask.h"
#include "tcpprobe.h"
#include "tlsprobe.h"

namespace Govscope::Sdk::Evidence {

namespace {

Models::NewEvidence textEvidence(const QString &kind, const QString &summary, const QString &content)
{
    return Models::NewEvidence{kind, summary, content.toUtf8(), u"text/plain; charset=utf-8"_qs};
}

// Bodies and banners are what a stranger's server sent: a served .env or config file must not put its passwords
// into the case and the report, so secrets are masked (with a hash to match them by) before they are stored.
Models::NewEvidence maskedEvidence(const QString &kind, const QString &summary, const QString &content)
{
    const MaskedText masked = maskSecrets(content);
    if (masked.masked == 0)
        return textEvidence(kind, summary, content);
    return textEvidence(kind, summary + QObject::tr(" (%n secret(s) masked)", nullptr, masked.masked), masked.text);
}

} // namespace

Models::NewEvidence org(const Models::Organization &o)
{
    const QString summary =
        QObject::tr("Organisation %1 %2: kind %3 (%4), level %5 (%6), role %7 (%8)")
            .arg(o.id, o.name, Models::toId(o.kind), Models::chineseLabel(o.kind), Models::toId(o.level),
                 Models::chineseLabel(o.level), Models::toId(o.role), Models::chineseLabel(o.role));
    return Models::NewEvidence{u"org"_qs, summary, {}, {}};
}

Models::NewEvidence reasoning(const QString &kind, const QString &summary)
{
    return Models::NewEvidence{kind, summary, {}, {}};
}

Models::NewEvidence dns(const HostResolution &r)
{
    QString summary = QObject::tr("DNS %1: %2").arg(r.chain.join(u" → CNAME "_qs), toId(r.status));
    if (!r.addresses.isEmpty())
        summary += u' ' + r.addresses.join(u", "_qs);
    return textEvidence(u"dns"_qs, summary, r.text);
}

Models::NewEvidence dns(const DnsAnswer &a)
{
    const QString summary = QObject::tr("DNS %1 %2: %3%4")
                                .arg(a.name, dnsTypeName(a.type), toId(a.status),
                                     a.values.isEmpty() ? QString() : u' ' + a.values.join(u", "_qs));
    return textEvidence(u"dns"_qs, summary, a.text);
}

Models::NewEvidence http(const HttpResult &result, const QString &summary)
{
    return maskedEvidence(u"http"_qs, summary, result.transcript());
}

Models::NewEvidence tls(const TlsResult &result, const QString &summary)
{
    return textEvidence(u"tls"_qs, summary, result.transcript);
}

Models::NewEvidence tcp(const TcpResult &result, const QString &summary)
{
    return maskedEvidence(u"tcp"_qs, summary, result.transcript);
}

} // namespace Govscope::Sdk::Evidence
