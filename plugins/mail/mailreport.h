#pragma once

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"

namespace Govscope::Mail {

namespace CheckId {
inline const QString Plaintext = u"mail.plaintext_protocol"_qs;
inline const QString NoMfa = u"mail.no_mfa"_qs;
inline const QString NoLoginLimit = u"mail.no_login_limit"_qs;
inline const QString NoSessionTimeout = u"mail.no_session_timeout"_qs;
inline const QString Overseas = u"mail.overseas_access"_qs;
inline const QString Spoofable = u"mail.spoofable_domain"_qs;
inline const QString TlsWeak = u"mail.tls_weak"_qs;
} // namespace CheckId

/// A protocol dialogue as evidence: the transcript a third party can replay.
inline Models::NewEvidence transcriptEvidence(const QString &kind, const QString &summary, const QString &text)
{
    return Models::NewEvidence{kind, summary, text.toUtf8(), u"text/plain; charset=utf-8"_qs};
}

inline Models::NewEvidence transcriptEvidence(const QString &kind, const Models::Message &summary, const QString &text)
{
    return Sdk::Evidence::text(kind, summary, text);
}

/// @p title is a template and its facts (Models::message), rendered in the reader's language.
inline void reportFinding(Sdk::CheckContext &ctx, const QString &check, const QString &target, const Models::Message &title,
                          QList<Models::NewEvidence> evidence)
{
    Models::NewFinding f = Sdk::makeFinding(ctx.org(), check, target, title);
    f.evidence = std::move(evidence);
    f.evidence << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

} // namespace Govscope::Mail
