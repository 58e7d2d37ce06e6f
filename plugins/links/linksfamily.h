#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Links {

/// 外部链接安全 (spec/checks.md §9): reads the org's sites with the SDK's bounded crawler and checks
/// every link found — dead external links, links to blocklisted or gambling/porn/fraud targets,
/// external links without a leaving notice, broken links inside the org's own sites.
class LinksFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "links.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    LinksFamily() = default;
    Q_DISABLE_COPY_MOVE(LinksFamily)

    QString id() const override { return u"links"_qs; }
    QString name() const override { return tr("External links"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Links
