#pragma once

#include <QCoroTask>
#include <QList>
#include <QUrl>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Mail {

/// mail.plaintext_protocol and mail.tls_weak for one mail host: one conversation per mail port
/// (capabilities, then STARTTLS when offered), TlsProbe on 993/995 (and 443 for HTTPS webmail), and
/// the webmail's plain-HTTP address.
QCoro::Task<void> checkTransport(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail);

/// mail.overseas_access: IMAP, POP3 and webmail through the profile's SOCKS5 vantage.
QCoro::Task<void> checkOverseas(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail);

} // namespace Govscope::Mail
