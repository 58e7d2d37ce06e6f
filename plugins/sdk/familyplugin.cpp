#include "familyplugin.h"

#include "catalogueinfo.h"
#include "checkcatalogue.h"
#include "translations.h"

namespace Govscope::Sdk {

const FamilyMetadata &FamilyPlugin::metadata() const
{
    std::call_once(m_metadataRead,
                   [this] { m_metadata = FamilyMetadata::ofClass(QString::fromLatin1(metaObject()->className())); });
    return m_metadata;
}

QString FamilyPlugin::id() const
{
    return metadata().id;
}

QString FamilyPlugin::version() const
{
    return metadata().version;
}

QString FamilyPlugin::name() const
{
    return Models::Translations::installed().startsWith(QLatin1String("zh"))
               ? Models::CheckCatalogue::familyNameZh(id())
               : Models::CheckCatalogue::familyNameEn(id());
}

QList<CheckInfo> FamilyPlugin::checks() const
{
    // Which checks: the metadata. In what order and with what severity, titles and basis: the catalogue.
    const QStringList &declared = metadata().checks;
    QList<CheckInfo> out;
    for (const CheckInfo &info : catalogueChecks(id()))
        if (declared.contains(info.id))
            out.append(info);
    for (const QString &checkId : declared)
        if (!Models::CheckCatalogue::find(checkId))
            out.append(CheckInfo{checkId}); // the registry refuses such a build at start-up
    return out;
}

} // namespace Govscope::Sdk
