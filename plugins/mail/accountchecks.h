#pragma once

#include <QCoroTask>
#include <QString>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Mail {

/// mail.no_login_limit and mail.no_session_timeout (authorised only): with the org's test account
/// from the profile, N wrong passwords then the right one, and a login left idle for the profile's
/// period. Every attempt is logged; the password is read from its environment variable when needed
/// and never appears in evidence or logs.
QCoro::Task<void> checkAccount(Sdk::CheckContext &ctx, QString host);

} // namespace Govscope::Mail
