#pragma once

#include <QCoroTask>
#include <QList>
#include <QString>
#include <QUrl>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Mail {

/// mail.no_login_limit and mail.no_session_timeout (authorised only) on one mail host, over every channel it
/// has: IMAP and the webmail's own login form. Session: a login on each channel, left idle for the profile's
/// period, then asked again. Login limit: N wrong passwords (the profile's lockout_attempts, a hard cap per
/// account and scan, Sdk::MailAttempts) on one channel whose right password was seen to work, then the right
/// password on every channel: any channel that still lets the account in is the finding.
///
/// The password travels only over TLS that verifies or is pinned (never in clear); every attempt is logged
/// (category govscope.mail, info) and listed in the result, without the password.
QCoro::Task<void> checkAccount(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail);

} // namespace Govscope::Mail
