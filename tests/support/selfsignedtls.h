#pragma once

// A TLS server configuration for a test's own server.

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Govscope::Testing {

/// A fresh self-signed P-256 certificate for @p name (CN and subjectAltName), made by the openssl command in
/// @p dir, as a server configuration. Empty when openssl failed.
std::optional<QSslConfiguration> selfSignedServerConfig(const QString &name, const QString &dir);

} // namespace Govscope::Testing
