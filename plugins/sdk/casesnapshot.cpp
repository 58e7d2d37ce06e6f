#include "checkcontext.h"
#include "hosts.h"
#include "scope.h"

#include <QSet>

namespace Govscope::Sdk {

void CaseSnapshot::index()
{
    m_orgPositions.clear();
    m_hostOwners.clear();
    for (qsizetype i = 0; i < orgs.size(); ++i)
        m_orgPositions.insert(orgs[i].id, i);
    // The same walk as the unindexed ownersOfHost(), so each host's owners keep their order.
    for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
        QSet<QString> hosts;
        for (const Models::Asset &a : it.value()) {
            const bool hostLike = a.type == Models::AssetType::Host || a.type == Models::AssetType::MailHost ||
                                  a.type == Models::AssetType::Website;
            if (hostLike)
                hosts.insert(Models::hostOf(a.value));
        }
        for (const QString &h : std::as_const(hosts))
            m_hostOwners[h] << it.key();
    }
    m_declaredBy = Scope::declaringOrgsIndex(*this);
    m_indexed = true;
}

const Models::Organization *CaseSnapshot::org(const QString &id) const
{
    if (m_indexed) {
        const auto it = m_orgPositions.constFind(id);
        return it == m_orgPositions.cend() ? nullptr : &orgs[*it];
    }
    for (const Models::Organization &o : orgs)
        if (o.id == id)
            return &o;
    return nullptr;
}

QStringList CaseSnapshot::ownersOfHost(const QString &host) const
{
    const QString wanted = host.toLower();
    if (m_indexed)
        return m_hostOwners.value(wanted);
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
