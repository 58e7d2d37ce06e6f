#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Supplychain {

/// 软件供应链 (spec/checks.md §7): sites that force a browser, client or plug-in, services offered
/// only through one third-party platform, and components with known high or critical
/// vulnerabilities or past their end of life.
class SupplychainFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "supplychain.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    SupplychainFamily() = default;
    Q_DISABLE_COPY_MOVE(SupplychainFamily)

    QString id() const override { return u"supplychain"_qs; }
    QString name() const override { return tr("Software supply chain"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Supplychain
