#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Vuln {

/// 脆弱性风险 (spec/checks.md §8): known vulnerabilities of the detected platforms, missing attack
/// filtering, management interfaces and high-risk ports open to the internet, and (authorised
/// orgs only) default credentials that are accepted.
class VulnFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "vuln.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    VulnFamily() = default;
    Q_DISABLE_COPY_MOVE(VulnFamily)

    QString id() const override { return u"vuln"_qs; }
    QString name() const override { return tr("Vulnerability risks"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Vuln
