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
