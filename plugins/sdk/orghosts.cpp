#include "orghosts.h"

#include "domainnames.h"
#include "hosts.h"

namespace Govscope::Sdk {

QStringList orgHosts(const QList<Models::Asset> &assets)
{
    QStringList hosts;
    for (const Models::Asset &a : assets) {
        if (a.type != Models::AssetType::Website && a.type != Models::AssetType::Host &&
            a.type != Models::AssetType::MailHost)
            continue;
        const QString host = DomainNames::toAscii(Models::hostOf(a.value));
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

} // namespace Govscope::Sdk
