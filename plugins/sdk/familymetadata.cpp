#include "familymetadata.h"

#include "checkfamily.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPluginLoader>

namespace Govscope::Sdk {

namespace {

QString problem(const char *text, const QString &className, const QString &key = {})
{
    const QString sentence = QCoreApplication::translate("FamilyMetadata", text);
    return key.isEmpty() ? sentence.arg(className) : sentence.arg(className, key);
}

} // namespace

FamilyMetadata FamilyMetadata::fromPlugin(const QJsonObject &pluginMetaData, QStringList *problems)
{
    FamilyMetadata m;
    m.className = pluginMetaData.value(QLatin1String("className")).toString();
    const QJsonObject declared = pluginMetaData.value(QLatin1String("MetaData")).toObject();
    m.id = declared.value(QLatin1String("id")).toString();
    m.version = declared.value(QLatin1String("version")).toString();
    for (const QJsonValue &check : declared.value(QLatin1String("checks")).toArray())
        m.checks << check.toString();
    if (!problems)
        return m;
    for (const char *key : {"id", "version"})
        if (declared.value(QLatin1String(key)).toString().isEmpty())
            problems->append(
                problem(QT_TRANSLATE_NOOP("FamilyMetadata", "family plugin %1: its metadata file has no \"%2\""),
                        m.className, QLatin1String(key)));
    if (m.checks.isEmpty() || m.checks.contains(QString()))
        problems->append(
            problem(QT_TRANSLATE_NOOP("FamilyMetadata", "family plugin %1: its metadata file lists no \"checks\" or an "
                                                        "empty check id"),
                    m.className));
    return m;
}

QList<FamilyMetadata> FamilyMetadata::linked(QStringList *problems)
{
    QList<FamilyMetadata> out;
    for (const QStaticPlugin &plugin : QPluginLoader::staticPlugins()) {
        const QJsonObject metaData = plugin.metaData();
        if (metaData.value(QLatin1String("IID")).toString() != QLatin1String(GovscopeCheckFamily_iid))
            continue;
        FamilyMetadata m = fromPlugin(metaData, problems);
        // qt_add_plugin(STATIC) links an import of its own beside any other: one plugin may be listed twice.
        const bool seen =
            std::any_of(out.cbegin(), out.cend(), [&](const FamilyMetadata &o) { return o.className == m.className; });
        if (!seen)
            out.append(std::move(m));
    }
    return out;
}

FamilyMetadata FamilyMetadata::ofClass(QStringView className)
{
    // moc records the class name without its namespace.
    const QStringView unqualified = className.mid(className.lastIndexOf(u':') + 1);
    for (FamilyMetadata &m : linked())
        if (m.className == unqualified)
            return m;
    return {};
}

} // namespace Govscope::Sdk
