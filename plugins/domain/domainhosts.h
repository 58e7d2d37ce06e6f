#pragma once

#include "types.h"

#include <QStringList>

namespace Govscope::Domain {

/// The names of one org the domain checks look at, each in ASCII form and without duplicates.
struct DomainHosts
{
    QStringList websiteHosts;         ///< hosts of the org's websites, declared and discovered
    QStringList declaredWebsiteHosts; ///< only the declared ones (domain.unresolvable)
    QStringList mailDomains;          ///< declared mail domains
    QStringList allHosts;             ///< every host-like name: websites, hosts, mail hosts (CNAME checks)

    static DomainHosts of(const QList<Models::Asset> &assets);
};

} // namespace Govscope::Domain
