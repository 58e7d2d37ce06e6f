#pragma once

#include "types.h"

#include <QList>
#include <QStringList>

namespace Govscope::Sdk {

/// Every host-like name of the org a service could listen on: its websites, declared hosts and mail hosts,
/// as ASCII (IDNA) names, each once, in the order of @p assets. The checks that connect to an org's hosts
/// (databases, ports, cloud hosting) ask exactly these.
QStringList orgHosts(const QList<Models::Asset> &assets);

} // namespace Govscope::Sdk
