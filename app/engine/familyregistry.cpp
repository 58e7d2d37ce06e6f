#include "familyregistry.h"

#include "checkcatalogue.h"
#include "checkfamily.h"
#include "familymetadata.h"

#include <QCoreApplication>
#include <QPluginLoader>
#include <QSet>

#include <algorithm>

// No Q_IMPORT_PLUGIN here: qt_add_plugin(STATIC) gives each family an import object of its own, which
// reaches every binary that links the family (cmake/GovscopeFamily.cmake).

namespace Govscope::Engine {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("FamilyRegistry", text);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

QList<Sdk::CheckFamily *> FamilyRegistry::builtin()
{
    QList<Sdk::CheckFamily *> families;
    for (QObject *instance : QPluginLoader::staticInstances())
        // qt_add_plugin(STATIC) links an import of its own too: the same family may be registered twice.
        if (auto *family = qobject_cast<Sdk::CheckFamily *>(instance); family && !find(families, family->id()))
            families.append(family);
    const QStringList order = Models::CheckCatalogue::families();
    std::stable_sort(families.begin(), families.end(), [&](Sdk::CheckFamily *a, Sdk::CheckFamily *b) {
        auto rank = [&](Sdk::CheckFamily *f) {
            const qsizetype i = order.indexOf(f->id());
            return i < 0 ? order.size() : i;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a->id() < b->id();
    });
    return families;
}

Sdk::CheckFamily *FamilyRegistry::find(const QList<Sdk::CheckFamily *> &families, const QString &id)
{
    for (Sdk::CheckFamily *f : families)
        if (f->id() == id)
            return f;
    return nullptr;
}

QStringList FamilyRegistry::problems()
{
    QStringList problems;
    const QList<Sdk::FamilyMetadata> families = Sdk::FamilyMetadata::linked(&problems);
    return problems + FamilyRegistry::problems(families, Models::CheckCatalogue::all());
}

QStringList FamilyRegistry::problems(const QList<Sdk::FamilyMetadata> &families,
                                     const QList<Models::CheckMeta> &catalogue)
{
    QStringList problems;
    QStringList catalogueFamilies;
    for (const Models::CheckMeta &m : catalogue)
        if (!catalogueFamilies.contains(m.family))
            catalogueFamilies << m.family;

    QSet<QString> seen;
    for (const Sdk::FamilyMetadata &f : families) {
        if (f.id.isEmpty())
            continue; // FamilyMetadata::fromPlugin said so
        if (seen.contains(f.id))
            problems << translated(
                            QT_TRANSLATE_NOOP("FamilyRegistry", "family \"%1\" is declared by two plugins (%2 is one)"))
                            .arg(f.id, f.className);
        seen.insert(f.id);
        if (!catalogueFamilies.contains(f.id)) {
            problems << translated(QT_TRANSLATE_NOOP("FamilyRegistry",
                                                     "family plugin %1 declares the id \"%2\", which the catalogue "
                                                     "(resources/checks/catalogue.json) has no family of"))
                            .arg(f.className, f.id);
            continue;
        }
        QStringList expected;
        for (const Models::CheckMeta &m : catalogue)
            if (m.family == f.id)
                expected << m.id;
        const QSet<QString> declared(f.checks.cbegin(), f.checks.cend());
        const QSet<QString> wanted(expected.cbegin(), expected.cend());
        const QStringList missing = sorted((wanted - declared).values());
        const QStringList extra = sorted((declared - wanted).values());
        if (!missing.isEmpty())
            problems << translated(QT_TRANSLATE_NOOP("FamilyRegistry",
                                                     "family \"%1\": its metadata file does not list the catalogue's "
                                                     "checks %2"))
                            .arg(f.id, missing.join(u", "));
        if (!extra.isEmpty())
            problems << translated(QT_TRANSLATE_NOOP("FamilyRegistry",
                                                     "family \"%1\": its metadata file lists checks the catalogue does "
                                                     "not have: %2"))
                            .arg(f.id, extra.join(u", "));
        if (f.checks.size() != declared.size())
            problems << translated(
                            QT_TRANSLATE_NOOP("FamilyRegistry", "family \"%1\": its metadata file lists a check twice"))
                            .arg(f.id);
    }
    for (const QString &family : catalogueFamilies)
        if (!seen.contains(family))
            problems << translated(
                            QT_TRANSLATE_NOOP("FamilyRegistry",
                                              "the catalogue's family \"%1\" is not linked into this build: add its "
                                              "folder under plugins/"))
                            .arg(family);
    return problems;
}

} // namespace Govscope::Engine
