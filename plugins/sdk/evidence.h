#pragma once

#include "newfinding.h"

namespace Govscope::Sdk {

struct HostResolution;
struct DnsAnswer;
struct HttpResult;
struct TlsResult;
struct TcpResult;

/// Evidence builders: a one-line summary plus the full text a third party can check.
namespace Evidence {

/// The org row facts a rule relied on (id, name, kind, level, role).
Models::NewEvidence org(const Models::Organization &org);
/// A free reasoning line (e.g. the Public Suffix List derivation), kind "text".
Models::NewEvidence reasoning(const QString &kind, const QString &summary);
Models::NewEvidence dns(const HostResolution &resolution);
Models::NewEvidence dns(const DnsAnswer &answer);
Models::NewEvidence http(const HttpResult &result, const QString &summary);
Models::NewEvidence tls(const TlsResult &result, const QString &summary);
Models::NewEvidence tcp(const TcpResult &result, const QString &summary);
/// The same with the summary as a template and its facts (Models::message), shown in the reader's language.
Models::NewEvidence reasoning(const QString &kind, const Models::Message &summary);
Models::NewEvidence http(const HttpResult &result, const Models::Message &summary);
Models::NewEvidence tls(const TlsResult &result, const Models::Message &summary);
Models::NewEvidence tcp(const TcpResult &result, const Models::Message &summary);
/// Any evidence with content: @p content as UTF-8 text.
Models::NewEvidence text(const QString &kind, const Models::Message &summary, const QString &content);

} // namespace Evidence

} // namespace Govscope::Sdk
