#pragma once

#include <QList>

namespace Govscope::Sdk {
class CheckFamily;
}

namespace Govscope::Engine {

/// The check families linked into this build (static Qt plugins), in catalogue order.
class FamilyRegistry final
{
public:
    static QList<Sdk::CheckFamily *> builtin();
    static Sdk::CheckFamily *find(const QList<Sdk::CheckFamily *> &families, const QString &id);
};

} // namespace Govscope::Engine
