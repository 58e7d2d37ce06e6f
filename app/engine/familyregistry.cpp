#include "familyregistry.h"

#include "checkfamily.h"

#include <QPluginLoader>
#include <QtPlugin>

// One line per family. They sit in this file because it is the one the engine always links: a
// Q_IMPORT_PLUGIN in an unreferenced object of a static library would be dropped by the linker.
#ifdef GOVSCOPE_HAVE_FAMILY_DOMAIN
Q_IMPORT_PLUGIN(DomainFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_IDENTIFIER
Q_IMPORT_PLUGIN(IdentifierFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_COUNTERFEIT
Q_IMPORT_PLUGIN(CounterfeitFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_DATASEC
Q_IMPORT_PLUGIN(DatasecFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_CLOUD
Q_IMPORT_PLUGIN(CloudFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_SUPPLYCHAIN
Q_IMPORT_PLUGIN(SupplychainFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_VULN
Q_IMPORT_PLUGIN(VulnFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_LINKS
Q_IMPORT_PLUGIN(LinksFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_MAIL
Q_IMPORT_PLUGIN(MailFamily)
#endif
#ifdef GOVSCOPE_HAVE_FAMILY_ENTITY
Q_IMPORT_PLUGIN(EntityFamily)
#endif

namespace Govscope::Engine {

namespace {

// spec/checks.md order, so lists and progress follow the catalogue.
const QStringList kCatalogueOrder = {u"domain"_qs, u"identifier"_qs,  u"counterfeit"_qs, u"mail"_qs,  u"datasec"_qs,
                                     u"cloud"_qs,  u"supplychain"_qs, u"vuln"_qs,        u"links"_qs, u"entity"_qs};

} // namespace

QList<Sdk::CheckFamily *> FamilyRegistry::builtin()
{
    QList<Sdk::CheckFamily *> families;
    for (QObject *instance : QPluginLoader::staticInstances())
        // qt_add_plugin(STATIC) links an import of its own too: the same family may be registered twice.
        if (auto *family = qobject_cast<Sdk::CheckFamily *>(instance); family && !find(families, family->id()))
            families.append(family);
    std::sort(families.begin(), families.end(), [](Sdk::CheckFamily *a, Sdk::CheckFamily *b) {
        auto rank = [](Sdk::CheckFamily *f) {
            const qsizetype i = kCatalogueOrder.indexOf(f->id());
            return i < 0 ? kCatalogueOrder.size() : i;
        };
        return rank(a) < rank(b);
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

} // namespace Govscope::Engine
