#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Govscope::Mail {

enum class MailProtocol { Imap, Pop3, Smtp };
QString protocolName(MailProtocol p); ///< "IMAP", "POP3", "SMTP"

/// What a server advertises before TLS (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO).
struct CapabilityVerdict
{
    bool startTls = false;    ///< STARTTLS / STLS offered
    bool authInClear = false; ///< a password can be sent before TLS
    QString reason;           ///< which advertised capability (or absence) decided it
};

/// @p reply is the server's answer to the capability command (IMAP also its greeting); for POP3 a
/// reply that is not `+OK` means CAPA is unsupported, so USER/PASS (RFC 1939) are assumed.
CapabilityVerdict analyseCapabilities(MailProtocol protocol, const QList<QByteArray> &reply);

/// SPF and DMARC of a mail domain (checks.md §4 mail.spoofable_domain).
struct PolicyVerdict
{
    QStringList problems; ///< empty: SPF ends in -all/~all and DMARC p=quarantine/reject
    QString spf, dmarc;   ///< the records read (empty when absent)
    bool spoofable() const { return !problems.isEmpty(); }
};
PolicyVerdict analysePolicy(const QStringList &domainTxt, const QStringList &dmarcTxt);

/// The webmail login page (mail.no_mfa).
struct MfaVerdict
{
    enum Kind { NoLoginForm, PasswordOnly, SecondFactor } kind = NoLoginForm;
    QString detail; ///< the second factor seen, or the fields of a password-only form
};
MfaVerdict analyseLoginPage(const QString &html);

} // namespace Govscope::Mail

namespace Govscope::Mail {

/// What a webmail answered to a submitted login form (mail.no_login_limit, mail.no_session_timeout).
struct WebmailAnswer
{
    enum Kind { Locked, Captcha, Accepted, Rejected, Unknown } kind = Unknown;
    QString detail;
    bool limited() const { return kind == Locked || kind == Captcha; } ///< the server stops guessing
};
QString toText(WebmailAnswer::Kind kind); ///< "locked", "captcha", "accepted", "rejected", "unknown"

/// Classifies the page a login submission ended on (after its redirects). @p baselineHtml is the login page
/// as first served: a warning printed on it from the start ("连续输错5次将锁定") is not an answer, so lock and
/// CAPTCHA signs count only when they are new. The login form again is a rejection; a page without a password
/// form after a 2xx is a login.
WebmailAnswer classifyWebmailAnswer(int status, const QString &html, const QString &baselineHtml);

/// True when the login page itself already asks for a CAPTCHA (every login is behind it).
bool loginPageHasCaptcha(const QString &html);

/// One channel's result of the login-limit test (IMAP or a webmail), combined per host below.
struct ChannelLimit
{
    QString channel;
    enum Kind { Limited, Unlimited, Unknown } kind = Unknown;
    QString detail;
};

/// Either channel without a limit is a finding; all tested channels limited is a pass; otherwise no verdict.
struct LimitVerdict
{
    enum Kind { Finding, Pass, Inconclusive } kind = Inconclusive;
    QStringList unlimited, limited, unknown; ///< "channel: detail"
};
LimitVerdict combineChannels(const QList<ChannelLimit> &channels);

/// TLS facts of one mail service for mail.tls_weak.
struct TlsFacts
{
    QStringList acceptedVersions; ///< "TLSv1.0" … (probed) or the negotiated one (STARTTLS)
    QString cipher;               ///< negotiated cipher, when known
    bool certificateSeen = false;
    bool expired = false, notYetValid = false, selfSigned = false, nameMismatch = false;
    bool chainUnverified =
        false;           ///< did not verify for another reason (unknown issuer, private CA, missing intermediate)
    bool pinned = false; ///< the certificate is pinned in the profile
    QString verifyError;
};

/// checks.md: mail.tls_weak is a protocol below TLS 1.2 (or a broken cipher) and a certificate that is
/// invalid, expired or self-signed. What the certificate itself shows (dates, self-signature, another name) is
/// a finding; a chain the scanner could not verify proves nothing about the server on its own (a private CA,
/// an intermediate not sent), so it is kept apart: evidence, and no verdict unless something else decides.
struct TlsAssessment
{
    QStringList protocolProblems;
    QStringList certificateProblems;
    QStringList unverified;
    bool weak() const { return !protocolProblems.isEmpty() || !certificateProblems.isEmpty(); }
};
TlsAssessment assessTls(const TlsFacts &facts);

} // namespace Govscope::Mail
