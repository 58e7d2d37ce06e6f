#include "domainhosts.h"

#include "domainnames.h"
#include "hosts.h"

namespace Govscope::Domain {

namespace {

void addOnce(QStringList &list, const QString &name)
{
    if (!name.isEmpty() && !list.contains(name))
        list << name;
}

} // namespace

DomainHosts DomainHosts::of(const QList<Models::Asset> &assets)
{
    using Models::AssetType;
    DomainHosts h;
    for (const Models::Asset &a : assets) {
        switch (a.type) {
        case AssetType::Website: {
            const QString host = Sdk::DomainNames::toAscii(Models::hostOf(a.value));
            addOnce(h.websiteHosts, host);
            if (a.source == Models::AssetSource::Declared)
                addOnce(h.declaredWebsiteHosts, host);
            addOnce(h.allHosts, host);
            break;
        }
        case AssetType::Host:
        case AssetType::MailHost:
            addOnce(h.allHosts, Sdk::DomainNames::toAscii(Models::hostOf(a.value)));
            break;
        case AssetType::MailDomain:
            if (a.source == Models::AssetSource::Declared)
                addOnce(h.mailDomains, Sdk::DomainNames::toAscii(a.value));
            break;
        default:
            break;
        }
    }
    return h;
}

} // namespace Govscope::Domain
