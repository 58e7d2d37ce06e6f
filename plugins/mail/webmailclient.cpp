#include "webmailclient.h"

#include "hostlimiter.h"
#include "htmlforms.h"
#include "signalwait.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace Govscope::Mail {

namespace {

constexpr qint64 MaxBody = 2 * 1024 * 1024;
constexpr int MaxHops = 5;

// Session cookies are credentials too: the transcript names them, never their values.
QString maskedCookies(const QByteArray &setCookie)
{
    QStringList out;
    for (const QByteArray &c : setCookie.split('\n')) {
        const QByteArray nameValue = c.split(';').first();
        out << QString::fromLatin1(nameValue.split('=').first()) + u"=(hidden)"_qs;
    }
    return out.join(u", "_qs);
}

} // namespace

WebmailClient::WebmailClient(QString host, std::chrono::milliseconds timeout, Sdk::HostLimiter *limiter,
                             QString userAgent, TlsPolicy policy)
    : m_host(host.toLower())
    , m_timeout(timeout)
    , m_limiter(limiter)
    , m_userAgent(std::move(userAgent))
    , m_policy(std::move(policy))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam.get()));
}

WebmailClient::~WebmailClient() = default;

bool WebmailClient::inScope(const QUrl &url) const
{
    return url.scheme() == u"https"_qs && url.host().compare(m_host, Qt::CaseInsensitive) == 0;
}

QCoro::Task<WebPage> WebmailClient::fetch(QUrl url, QByteArray method, QByteArray form, QByteArray shownForm)
{
    WebPage page;
    for (int hop = 0; hop <= MaxHops; ++hop) {
        if (!inScope(url)) {
            // The password and the session cookie go only to the org's own host over TLS.
            page.error = QObject::tr("%1 is not https on %2: not requested").arg(url.toString(), m_host);
            m_lines << u"* "_qs + page.error;
            co_return page;
        }
        Sdk::HostSlot slot;
        if (m_limiter)
            slot = co_await m_limiter->acquire(m_host);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
        request.setTransferTimeout(int(m_timeout.count()));
        QNetworkReply *raw = nullptr;
        if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_qs);
            raw = m_nam->post(request, form);
            m_lines << u"> POST %1 %2"_qs.arg(url.toString(),
                                              QString::fromUtf8(shownForm.isEmpty() ? form : shownForm));
        } else {
            raw = m_nam->get(request);
            m_lines << u"> GET %1"_qs.arg(url.toString());
        }
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(raw, [](QNetworkReply *r) {
            r->disconnect(); // nothing may reach this frame's locals once the request is given up
            r->abort();
            r->deleteLater();
        });
        QStringList tlsErrors;
        bool pinned = false;
        QObject::connect(raw, &QNetworkReply::sslErrors, raw, [&, raw](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                tlsErrors << e.errorString();
            const QString leaf =
                errors.isEmpty()
                    ? QString()
                    : QString::fromLatin1(errors.first().certificate().digest(QCryptographicHash::Sha256).toHex());
            if (!leaf.isEmpty() && m_policy.pins.contains(leaf.toLower())) {
                pinned = true;
                raw->ignoreSslErrors(errors);
            }
        });
        QObject::connect(raw, &QNetworkReply::readyRead, raw, [raw] {
            if (raw->bytesAvailable() > MaxBody)
                raw->abort(); // not a login page
        });
        bool finished = raw->isFinished();
        if (!finished)
            finished = co_await Sdk::waitForSignal(raw, &QNetworkReply::finished, m_timeout);
        if (!finished) {
            page.error = QObject::tr("no answer within %1 ms").arg(m_timeout.count());
            m_lines << u"* "_qs + page.error;
            co_return page;
        }
        if (pinned)
            m_lines << u"* certificate does not verify but is pinned in the scan profile"_qs;
        page.status = raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.url = url;
        if (page.status == 0) {
            page.tlsRefused = !tlsErrors.isEmpty() && !pinned;
            page.error = page.tlsRefused
                             ? QObject::tr("certificate not verified (%1): nothing sent").arg(tlsErrors.join(u"; "_qs))
                             : raw->errorString();
            m_lines << u"* "_qs + page.error;
            co_return page;
        }
        const QByteArray location = raw->rawHeader("Location");
        const QByteArray cookies = raw->rawHeader("Set-Cookie");
        m_lines << u"< %1%2%3"_qs.arg(page.status)
                       .arg(location.isEmpty() ? QString() : u" Location: "_qs + QString::fromUtf8(location))
                       .arg(cookies.isEmpty() ? QString() : u" Set-Cookie: "_qs + maskedCookies(cookies));
        if (page.status >= 300 && page.status < 400 && !location.isEmpty()) {
            url = url.resolved(QUrl(QString::fromUtf8(location)));
            method = "GET"; // 302/303 after a POST: the form (and its password) is not sent again
            form.clear();
            shownForm.clear();
            continue;
        }
        page.html = QString::fromUtf8(raw->read(MaxBody));
        co_return page;
    }
    page.error = QObject::tr("more than %1 redirects").arg(MaxHops);
    m_lines << u"* "_qs + page.error;
    co_return page;
}

QCoro::Task<WebmailLogin> webmailLogin(WebmailClient &client, QUrl loginUrl, QString user, QByteArray password,
                                       std::function<bool()> mayLogin)
{
    WebmailLogin r;
    if (loginUrl.scheme() != u"https"_qs) {
        // Never a password over plain HTTP, not even to see what happens: try the https address instead.
        loginUrl.setScheme(u"https"_qs);
        loginUrl.setPort(-1);
        client.note(QObject::tr("webmail declared over http: the login is tried at %1 only").arg(loginUrl.toString()));
    }
    const WebPage login = co_await client.get(loginUrl);
    if (!login.responded() || login.status >= 400) {
        r.problem = login.responded() ? QObject::tr("login page answered HTTP %1").arg(login.status) : login.error;
        co_return r;
    }
    r.baseline = login.html;
    const QList<Sdk::HtmlForm> forms = Sdk::parseForms(login.html);
    const Sdk::HtmlForm *form = nullptr;
    for (const Sdk::HtmlForm &f : forms)
        if (f.hasPassword()) {
            form = &f;
            break;
        }
    if (!form) {
        r.problem =
            QObject::tr("no login form with a password field at %1 (rendered by script?)").arg(login.url.toString());
        co_return r;
    }
    if (loginPageHasCaptcha(login.html)) {
        r.answer = {WebmailAnswer::Captcha, QObject::tr("the login form asks for a CAPTCHA on every login")};
        r.problem = r.answer.detail; // the scanner cannot solve it: nothing is sent
        co_return r;
    }
    if (!form->method.isEmpty() && form->method.compare(u"post"_qs, Qt::CaseInsensitive) != 0) {
        r.problem = QObject::tr("the login form uses method %1: a password would travel in the URL, not sent")
                        .arg(form->method);
        co_return r;
    }
    const QUrl action = login.url.resolved(QUrl(form->action));
    if (!client.inScope(action)) {
        r.problem =
            QObject::tr("the login form posts to %1, not https on the webmail host: not sent").arg(action.toString());
        co_return r;
    }
    // Encoded by hand: QUrlQuery leaves '+' as is, which a server decodes as a space.
    QByteArray body, shown;
    const auto add = [&](const QString &name, const QString &value, const QString &shownValue) {
        const QByteArray sep = body.isEmpty() ? QByteArray() : QByteArray("&");
        body += sep + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        shown += sep + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(shownValue, "*");
    };
    bool userSet = false;
    for (const Sdk::FormControl &c : form->controls) {
        if (c.name.isEmpty() || c.tag == u"button"_qs || c.tag == u"select"_qs)
            continue;
        const QString type = c.type.toLower();
        if (type == u"password"_qs) {
            add(c.name, QString::fromUtf8(password), u"********"_qs);
        } else if (!userSet && (type.isEmpty() || type == u"text"_qs || type == u"email"_qs)) {
            userSet = true;
            add(c.name, user, user);
        } else if (type == u"hidden"_qs) {
            // Sdk::FormControl carries no value attribute: hidden fields (a CSRF token) go empty.
            add(c.name, QString(), QString());
        }
    }
    if (!userSet) {
        r.problem = QObject::tr("the login form has no user name field");
        co_return r;
    }
    if (mayLogin && !mayLogin()) {
        r.problem = QObject::tr("the scan's attempt budget for this account is spent: nothing sent");
        co_return r;
    }
    QElapsedTimer clock;
    clock.start();
    r.submitted = true;
    const QByteArray post("POST"); // named: no temporaries in a co_await (GCC 12)
    const WebPage answer = co_await client.fetch(action, post, body, shown);
    r.elapsedMs = clock.elapsed();
    if (!answer.responded()) {
        r.answer = {WebmailAnswer::Unknown, answer.error};
        co_return r;
    }
    r.answer = classifyWebmailAnswer(answer.status, answer.html, r.baseline);
    r.landing = answer.url;
    co_return r;
}

} // namespace Govscope::Mail
