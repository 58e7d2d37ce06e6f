#pragma once

#include "httpprobe.h"
#include "message.h"

#include <QCoroTask>

namespace Govscope::Datasec {

/// How a site answers over HTTPS and over plain HTTP: what no_https and hsts_missing judge.
struct Transport
{
    QString host;
    Sdk::HttpResult https; ///< GET https://host/, redirects followed
    Sdk::HttpResult plain; ///< GET http://host/, redirects followed

    /// Something answered on HTTPS (any status; certificate errors are tls_invalid's business).
    bool httpsServed() const { return https.responded(); }
    /// HTTPS neither answered nor was refused, twice: whether the site has HTTPS is not known.
    bool httpsUnknown() const { return !https.responded() && https.timedOut(); }
    bool plainAnswered() const { return plain.responded(); }
    /// Plain HTTP ends up on an https:// URL.
    bool plainRedirectsToHttps() const;
    /// No verdict possible: nothing answered and at least one attempt timed out.
    bool undecided() const;
    /// Why no_https fires, or empty when it does not.
    Models::Message noHttpsProblem() const;
    /// The HSTS header of the HTTPS answer (of the last hop still on this host), empty when absent.
    QByteArray hsts() const;
    /// The base URL further probes should use: https when served, else http.
    QUrl base() const;

    static QCoro::Task<Transport> fetch(Sdk::HttpProbe &http, const QString &host);
};

} // namespace Govscope::Datasec
