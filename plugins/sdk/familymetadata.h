#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

/// What a family's plugin metadata file (<family>.json in its folder, compiled in by Q_PLUGIN_METADATA)
/// declares: its id, the version recorded with each result, and the ids of its checks. The one place a
/// family's identity is written; the registry checks it against the catalogue at start-up.
struct FamilyMetadata
{
    QString className; ///< the plugin class, unqualified (what Q_IMPORT_PLUGIN names)
    QString id;        ///< "domain", … as in spec/checks.md
    QString version;   ///< bumped when a check's logic changes
    QStringList checks;

    /// Reads one static plugin's metadata object (QStaticPlugin::metaData()); problems, if any, go to
    /// @p problems as sentences naming the class and the key.
    static FamilyMetadata fromPlugin(const QJsonObject &pluginMetaData, QStringList *problems = nullptr);
    /// The metadata of every family plugin linked into this binary, in link order.
    static QList<FamilyMetadata> linked(QStringList *problems = nullptr);
    /// The linked family whose plugin class is @p className (qualified or not); an empty id if none.
    static FamilyMetadata ofClass(QStringView className);
};

} // namespace Govscope::Sdk
