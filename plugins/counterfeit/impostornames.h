#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Counterfeit {

/// What inner labels of @p host spell, when they pass the name off as a government one: a government
/// suffix ("gov.cn", "政务") or one of @p orgDomains (the registrable domains of the org's own sites)
/// left of another registrable domain, as in "portal.gov.cn.other-example.com" — the address bar shows
/// the familiar name first and the real owner last. Empty when nothing such is there (a host that is
/// itself under gov.cn is the org's own business, or underGovSuffix's).
QString innerGovernmentName(const QString &host, const QStringList &orgDomains);

} // namespace Govscope::Counterfeit
