#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Counterfeit {

/// 仿冒安全 (spec/checks.md §3): imported app and account listings that pass for the org's
/// official ones, and sites that copy the org's portal (look-alike names and leads).
class CounterfeitFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "counterfeit.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    CounterfeitFamily() = default;
    Q_DISABLE_COPY_MOVE(CounterfeitFamily)

    QString id() const override { return u"counterfeit"_qs; }
    QString name() const override { return tr("Counterfeits"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Counterfeit
