#include "screenshotpage.h"

#include <QWebEngineCertificateError>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineSettings>

namespace Govscope::Sdk {

ScreenshotPage::ScreenshotPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::ShowScrollBars, false); // a capture shows the page, not the chrome
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);

    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, Feature feature) {
        blocked << u"permission %1 for %2"_qs.arg(int(feature)).arg(origin.toString());
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
    });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        certificateErrors << u"%1: %2"_qs.arg(error.url().toString(), error.description());
        QWebEngineCertificateError accepted = error;
        accepted.acceptCertificate(); // the copy is evidence too; what it shows is captured
    });
}

bool ScreenshotPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    if (ScreenshotInterceptor::allowedScheme(url.scheme()) || url.toString() == u"about:blank"_qs)
        return true;
    blocked << u"navigation%1 to %2"_qs.arg(isMainFrame ? QString() : u" (frame)"_qs, url.toString().left(200));
    return false;
}

QWebEnginePage *ScreenshotPage::createWindow(WebWindowType type)
{
    blocked << u"pop-up window (type %1)"_qs.arg(int(type));
    return nullptr;
}

ScreenshotInterceptor::ScreenshotInterceptor(ScreenshotPage *page)
    : QWebEngineUrlRequestInterceptor(page)
    , m_page(page)
{}

bool ScreenshotInterceptor::allowedScheme(const QString &scheme)
{
    return scheme == u"http"_qs || scheme == u"https"_qs;
}

void ScreenshotInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == u"data"_qs || scheme == u"blob"_qs)
        return; // inline content of the page itself: no request leaves the browser
    if (!allowedScheme(scheme)) {
        m_page->blocked << u"request %1"_qs.arg(info.requestUrl().toString().left(200));
        info.block(true);
        return;
    }
    Q_EMIT requested();
}

} // namespace Govscope::Sdk
