#pragma once

#include <QList>
#include <QStringList>

namespace Govscope::Models {
struct CheckMeta;
}
namespace Govscope::Sdk {
class CheckFamily;
struct FamilyMetadata;
} // namespace Govscope::Sdk

namespace Govscope::Engine {

/// The check families linked into this build: every static Qt plugin of the CheckFamily interface. Which
/// ones, their order and their counts come from the plugins' metadata files and the catalogue; nothing
/// lists the families by hand (docs/engineering.md, "Adding a family").
class FamilyRegistry final
{
public:
    /// In catalogue order; a family the catalogue does not know comes last.
    static QList<Sdk::CheckFamily *> builtin();
    static Sdk::CheckFamily *find(const QList<Sdk::CheckFamily *> &families, const QString &id);

    /// What is wrong with the families of this build, checked at start-up: sentences naming the family
    /// and what to fix; empty when the build is sound.
    static QStringList problems();
    /// The same for any set of declared families against any catalogue: every family's metadata complete,
    /// its id a family of the catalogue, its checks exactly the catalogue's for it, no id twice, and every
    /// family of the catalogue present.
    static QStringList problems(const QList<Sdk::FamilyMetadata> &families, const QList<Models::CheckMeta> &catalogue);
};

} // namespace Govscope::Engine
