#pragma once

#include "familyplugin.h"

namespace Govscope::Mail {

/// 邮件安全 (spec/checks.md §4): speaks IMAP, POP3 and SMTP to the org's mail hosts (MX and declared
/// webmail) for plaintext authentication and weak TLS, reads SPF/DMARC, looks at the webmail login,
/// tries reachability from the overseas vantage and, for authorised orgs with a test account,
/// bounded login-limit and session-timeout tests.
class MailFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "mail.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Mail
