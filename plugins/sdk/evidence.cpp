#include "evidence.h"

#include "dnsprobe.h"
#include "findingtext.h"
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

Models::NewEvidence textEvidence(const QString &kind, const Models::Message &summary, const QString &content)
{
    Models::NewEvidence e = textEvidence(kind, Models::FindingText::render(summary, u"en"_qs), content);
    e.summaryText = summary;
    return e;
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

Models::NewEvidence maskedEvidence(const QString &kind, const Models::Message &summary, const QString &content)
{
    const MaskedText masked = maskSecrets(content);
    if (masked.masked == 0)
        return textEvidence(kind, summary, content);
    return textEvidence(kind,
                        Models::message(QT_TRANSLATE_NOOP("Finding", "{summary} ({count} secrets masked)"),
                                        {{u"summary"_qs, summary}, {u"count"_qs, masked.masked}}),
                        masked.text);
}

} // namespace

Models::NewEvidence org(const Models::Organization &o)
{
    Models::NewEvidence e{u"org"_qs, {}, {}, {}};
    e.summaryText = Models::message(
        QT_TRANSLATE_NOOP("Finding",
                          "Organisation {id} {name}: kind {kind} ({kind_zh}), level {level} ({level_zh}), role {role} "
                          "({role_zh})"),
        {{u"id"_qs, o.id},
         {u"name"_qs, o.name},
         {u"kind"_qs, Models::toId(o.kind)},
         {u"kind_zh"_qs, Models::chineseLabel(o.kind)},
         {u"level"_qs, Models::toId(o.level)},
         {u"level_zh"_qs, Models::chineseLabel(o.level)},
         {u"role"_qs, Models::toId(o.role)},
         {u"role_zh"_qs, Models::chineseLabel(o.role)}});
    e.summary = Models::FindingText::render(e.summaryText, u"en"_qs);
    return e;
}

Models::NewEvidence reasoning(const QString &kind, const QString &summary)
{
    return Models::NewEvidence{kind, summary, {}, {}};
}

Models::NewEvidence dns(const HostResolution &r)
{
    return textEvidence(u"dns"_qs,
                        Models::message(QT_TRANSLATE_NOOP("Finding", "DNS {chain}: {status} {addresses}"),
                                        {{u"chain"_qs, r.chain.join(u" → CNAME "_qs)},
                                         {u"status"_qs, toId(r.status)},
                                         {u"addresses"_qs, r.addresses}}),
                        r.text);
}

Models::NewEvidence dns(const DnsAnswer &a)
{
    return textEvidence(u"dns"_qs,
                        Models::message(QT_TRANSLATE_NOOP("Finding", "DNS {name} {type}: {status} {values}"),
                                        {{u"name"_qs, a.name},
                                         {u"type"_qs, dnsTypeName(a.type)},
                                         {u"status"_qs, toId(a.status)},
                                         {u"values"_qs, a.values}}),
                        a.text);
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

Models::NewEvidence reasoning(const QString &kind, const Models::Message &summary)
{
    Models::NewEvidence e{kind, Models::FindingText::render(summary, u"en"_qs), {}, {}};
    e.summaryText = summary;
    return e;
}

Models::NewEvidence http(const HttpResult &result, const Models::Message &summary)
{
    return maskedEvidence(u"http"_qs, summary, result.transcript());
}

Models::NewEvidence tls(const TlsResult &result, const Models::Message &summary)
{
    return textEvidence(u"tls"_qs, summary, result.transcript);
}

Models::NewEvidence tcp(const TcpResult &result, const Models::Message &summary)
{
    return maskedEvidence(u"tcp"_qs, summary, result.transcript);
}

Models::NewEvidence text(const QString &kind, const Models::Message &summary, const QString &content)
{
    return textEvidence(kind, summary, content);
}

} // namespace Govscope::Sdk::Evidence
