#pragma once

#include "transport.h"

#include <QCoroTask>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Datasec::SiteChecks {

inline const QString NoHttps = u"datasec.no_https"_qs;
inline const QString TlsInvalid = u"datasec.tls_invalid"_qs;
inline const QString HstsMissing = u"datasec.hsts_missing"_qs;
inline const QString ExposedFilesCheck = u"datasec.exposed_files"_qs;
inline const QString SensitiveDisclosure = u"datasec.sensitive_disclosure"_qs;

/// The checks of one website, in order; @p t is what HTTPS and HTTP answered on its home page.
void noHttps(Sdk::CheckContext &ctx, const Transport &t);
void hstsMissing(Sdk::CheckContext &ctx, const Transport &t);
QCoro::Task<void> tlsInvalid(Sdk::CheckContext &ctx, const Transport &t);
QCoro::Task<void> exposedFiles(Sdk::CheckContext &ctx, const Transport &t);
QCoro::Task<void> sensitiveDisclosure(Sdk::CheckContext &ctx, const Transport &t);

} // namespace Govscope::Datasec::SiteChecks
