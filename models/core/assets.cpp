#include "assets.h"

#include "hosts.h"

namespace Govscope::Models {

QList<Asset> declaredAssets(const Organization &org)
{
    QList<Asset> assets;
    auto add = [&](AssetType type, const QString &value) {
        if (value.isEmpty())
            return;
        for (const Asset &a : assets)
            if (a.type == type && a.value == value)
                return;
        assets.append(Asset{0, org.id, type, value, AssetSource::Declared});
    };
    for (const QString &w : org.websites) {
        add(AssetType::Website, w);
        add(AssetType::Host, hostOf(w));
    }
    for (const QString &d : org.mailDomains)
        add(AssetType::MailDomain, d.toLower());
    for (const QString &w : org.webmail) {
        add(AssetType::Website, w);
        add(AssetType::MailHost, hostOf(w));
    }
    for (const QString &a : org.apps)
        add(AssetType::App, a);
    for (const QString &a : org.accounts)
        add(AssetType::Account, a);
    return assets;
}

} // namespace Govscope::Models
