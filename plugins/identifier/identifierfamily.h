#pragma once

#include "checkfamily.h"

#include <QObject>

namespace Govscope::Identifier {

/// 网上标识 (spec/checks.md §2): the CONAC badge (present, right colour, not borrowed by enterprises),
/// the 网站标识码 and the ICP filing number on the home page of each of the org's websites.
class IdentifierFamily final : public QObject, public Sdk::CheckFamily
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "identifier.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    IdentifierFamily() = default;
    Q_DISABLE_COPY_MOVE(IdentifierFamily)

    QString id() const override { return u"identifier"_qs; }
    QString name() const override { return tr("Online identifiers"); }
    QString version() const override { return u"1.0"_qs; }
    QList<Sdk::CheckInfo> checks() const override;
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Identifier
