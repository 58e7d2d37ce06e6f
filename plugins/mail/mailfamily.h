#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Mail {

/// 邮件安全 (spec/checks.md §4): speaks IMAP, POP3 and SMTP to the org's mail hosts (MX and declared
/// webmail) for plaintext authentication and weak TLS, reads SPF/DMARC, looks at the webmail login,
/// tries reachability from the overseas vantage and, for authorised orgs with a test account,
/// bounded login-limit and session-timeout tests.
class MailFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "mail.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    MailFamily() = default;
    Q_DISABLE_COPY_MOVE(MailFamily)

    QString id() const override { return u"mail"_qs; }
    QString name() const override { return tr("Mail security"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Mail
