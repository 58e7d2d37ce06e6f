#pragma once

#include "types.h"

#include <QList>
#include <QString>

namespace Govscope::Sdk {

/// What a family declares about one check of spec/checks.md. The id is the contract.
struct CheckInfo
{
    QString id; ///< e.g. "domain.dangling_cname"
    Models::Severity severity = Models::Severity::Info;
    QString title;      ///< short name, source English, translated with tr()
    QString legalBasis; ///< article cited in reports, e.g. "《互联网政务应用安全管理规定》第五条"
    QString advice;     ///< rectification advice for reports
    bool authorisedOnly = false; ///< runs only for orgs whose `authorized` is yes
};

} // namespace Govscope::Sdk
