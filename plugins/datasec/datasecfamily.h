#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Datasec {

/// 数据安全 (spec/checks.md §5): transport security of each website (HTTPS, certificate and TLS
/// version, HSTS), files that must not be served, personal data published unmasked, and databases
/// or caches on org hosts that answer without authentication.
class DatasecFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "datasec.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    DatasecFamily() = default;
    Q_DISABLE_COPY_MOVE(DatasecFamily)

    QString id() const override { return u"datasec"_qs; }
    QString name() const override { return tr("Data security"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Datasec
