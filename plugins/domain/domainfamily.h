#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Domain {

/// 域名安全 (spec/checks.md §1): suffix rules by org kind, registrable domains by the Public Suffix
/// List, dangling CNAMEs and names that do not resolve. Discovers the hosts behind CNAMEs.
class DomainFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "domain.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    DomainFamily() = default;
    Q_DISABLE_COPY_MOVE(DomainFamily)

    QString id() const override { return u"domain"_qs; }
    QString name() const override { return tr("Domain names"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Domain
