#pragma once

#include "mailconnection.h"
#include "mailrules.h"

#include <QCoroTask>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Govscope::Sdk {
class HostLimiter;
}

namespace Govscope::Mail {

/// A page a WebmailClient request ended on, after the redirects it was allowed to follow.
struct WebPage
{
    int status = 0; ///< 0: no response
    QUrl url;       ///< where it ended
    QString html;
    QString error;           ///< why no response (network, timeout, TLS not verified, redirect out of scope)
    bool tlsRefused = false; ///< the certificate did not verify and is not pinned
    bool responded() const { return status > 0; }
};

/// HTTPS to one webmail host that may carry the test account's password: certificates must verify (or be
/// pinned), redirects are followed only on the same host over https, cookies persist between requests (the
/// session), bodies and waits are bounded, and the transcript masks the password and cookie values.
/// Certificate errors are never ignored here, unlike Sdk::HttpProbe, which only looks.
class WebmailClient final
{
public:
    WebmailClient(QString host, std::chrono::milliseconds timeout, Sdk::HostLimiter *limiter, QString userAgent,
                  TlsPolicy policy);
    ~WebmailClient();
    Q_DISABLE_COPY_MOVE(WebmailClient)

    /// GET, or POST of @p form (application/x-www-form-urlencoded); @p shownForm replaces it in the transcript.
    QCoro::Task<WebPage> fetch(QUrl url, QByteArray method, QByteArray form, QByteArray shownForm);
    /// fetch() with GET; the method and form are made here, outside the caller's co_await (GCC 12 destroys
    /// temporaries of a co_await expression twice).
    QCoro::Task<WebPage> get(const QUrl &url) { return fetch(url, QByteArray("GET"), QByteArray(), QByteArray()); }

    QString transcript() const { return m_lines.join(u'\n'); }
    void note(const QString &line) { m_lines << u"* "_qs + line; }
    bool inScope(const QUrl &url) const; ///< https on this client's host

private:
    QString m_host;
    std::chrono::milliseconds m_timeout;
    Sdk::HostLimiter *m_limiter;
    QString m_userAgent;
    TlsPolicy m_policy;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QStringList m_lines;
};

/// A login submitted through the webmail's own form.
struct WebmailLogin
{
    bool submitted = false; ///< the form with the password was sent
    WebmailAnswer answer;
    QString problem;  ///< why nothing was sent (no form, not https, certificate, budget), empty otherwise
    QUrl landing;     ///< the page the login ended on (the session check asks it again)
    QString baseline; ///< the login page as first served
    qint64 elapsedMs = 0;
};

/// Reads the login page at @p loginUrl, fills its password form (Sdk::parseForms) with @p user and
/// @p password and posts it to the form's action, which must be https on the same host. @p mayLogin is asked
/// right before the password is sent (the scan's attempt budget); false sends nothing.
QCoro::Task<WebmailLogin> webmailLogin(WebmailClient &client, QUrl loginUrl, QString user, QByteArray password,
                                       std::function<bool()> mayLogin);

} // namespace Govscope::Mail
