#include "checkcatalogue.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Govscope::Models {

namespace {

struct Catalogue
{
    QList<CheckMeta> checks;
    QStringList families;
    QHash<QString, QString> namesZh;
    QHash<QString, QString> namesEn;
};

const Catalogue &catalogue()
{
    // Built into the binary, so it is read once, cannot be missing and cannot fail to parse in a
    // shipped build (tst_checkcatalogue guards the file).
    static const Catalogue c = [] {
        Catalogue result;
        QFile file(u":/checks/catalogue.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("check catalogue missing from the build");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray families = root.value(u"families"_qs).toArray();
        for (const QJsonValue &v : families) {
            const QJsonObject f = v.toObject();
            const QString id = f.value(u"id"_qs).toString();
            result.families << id;
            result.namesZh.insert(id, f.value(u"zh"_qs).toString());
            result.namesEn.insert(id, f.value(u"en"_qs).toString());
        }
        const QJsonArray checks = root.value(u"checks"_qs).toArray();
        for (const QJsonValue &v : checks) {
            const QJsonObject o = v.toObject();
            CheckMeta m;
            m.id = o.value(u"id"_qs).toString();
            m.family = o.value(u"family"_qs).toString();
            m.severity = severityFrom(o.value(u"severity"_qs).toString()).value_or(Severity::Info);
            m.titleZh = o.value(u"title_zh"_qs).toString();
            m.titleEn = o.value(u"title_en"_qs).toString();
            m.legalBasis = o.value(u"legal_basis"_qs).toString();
            m.adviceZh = o.value(u"advice_zh"_qs).toString();
            m.adviceEn = o.value(u"advice_en"_qs).toString();
            m.authorisedOnly = o.value(u"authorised_only"_qs).toBool();
            result.checks.append(m);
        }
        return result;
    }();
    return c;
}

} // namespace

const CheckMeta *CheckCatalogue::find(const QString &id)
{
    for (const CheckMeta &m : catalogue().checks)
        if (m.id == id)
            return &m;
    return nullptr;
}

QList<CheckMeta> CheckCatalogue::all()
{
    return catalogue().checks;
}

QList<CheckMeta> CheckCatalogue::ofFamily(const QString &family)
{
    QList<CheckMeta> list;
    for (const CheckMeta &m : catalogue().checks)
        if (m.family == family)
            list.append(m);
    return list;
}

QStringList CheckCatalogue::families()
{
    return catalogue().families;
}

QString CheckCatalogue::familyNameZh(const QString &family)
{
    return catalogue().namesZh.value(family, family);
}

QString CheckCatalogue::familyNameEn(const QString &family)
{
    return catalogue().namesEn.value(family, family);
}

} // namespace Govscope::Models
