#pragma once

#include "httpprobe.h"

#include <QCoroTask>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Vuln {

/// A management interface vuln.exposed_admin looks for, and how to tell it from any other page.
struct AdminInterface
{
    QString name;           ///< "Spring Boot Actuator"
    QString path;           ///< "/actuator"
    QStringList markers;    ///< each must appear in the body (case-insensitive)
    QStringList lockedWith; ///< any of these in the body means a login form stands in front
};

/// vuln.exposed_admin: GETs a bounded list of well-known management paths and fires only on a 200
/// whose body carries the interface's own content markers (never on a soft-404 or a login page).
namespace ExposedAdmin {

QList<AdminInterface> interfaces();
/// Whether @p status/@p body is @p iface answering without access control.
bool isOpen(const AdminInterface &iface, int status, const QString &body);
/// A 401 that asks for HTTP Basic credentials (weak_password may try the bounded list there).
bool asksBasicAuth(const Sdk::HttpHop &hop);

/// Probes @p base and reports for @p host; returns the URLs that asked for HTTP Basic credentials.
QCoro::Task<QList<QUrl>> check(Sdk::CheckContext &ctx, const QString &host, const QUrl &base);

} // namespace ExposedAdmin

} // namespace Govscope::Vuln
