#include "checkcontext.h"
#include "orgrepository.h"

namespace Govscope::Sdk {

const Models::Organization *CaseSnapshot::org(const QString &id) const
{
    for (const Models::Organization &o : orgs)
        if (o.id == id)
            return &o;
    return nullptr;
}

QStringList CaseSnapshot::ownersOfHost(const QString &host) const
{
    const QString wanted = host.toLower();
    QStringList owners;
    for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
        for (const Models::Asset &a : it.value()) {
            const bool hostLike = a.type == Models::AssetType::Host || a.type == Models::AssetType::MailHost ||
                                  a.type == Models::AssetType::Website;
            if (hostLike && Models::hostOf(a.value) == wanted) {
                owners << it.key();
                break;
            }
        }
    }
    return owners;
}

} // namespace Govscope::Sdk
