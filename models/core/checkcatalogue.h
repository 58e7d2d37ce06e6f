#pragma once

#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Models {

/// What every layer knows about one check of spec/checks.md: its family, severity, titles, the legal
/// basis cited in reports and the rectification advice.
struct CheckMeta
{
    QString id;
    QString family;
    Severity severity = Severity::Info;
    QString titleZh;
    QString titleEn;
    QString legalBasis;
    QString adviceZh;
    QString adviceEn;
    bool authorisedOnly = false;
};

/// The catalogue of checks, read once from resources/checks/catalogue.json (compiled in).
/// Ids are the contract of spec/checks.md; a test keeps the two in step.
class CheckCatalogue final
{
public:
    static const CheckMeta *find(const QString &id);
    static QList<CheckMeta> all();
    static QList<CheckMeta> ofFamily(const QString &family);
    /// The ten family ids in catalogue order (domain, identifier, …, entity).
    static QStringList families();
    static QString familyNameZh(const QString &family);
    static QString familyNameEn(const QString &family);
};

} // namespace Govscope::Models
