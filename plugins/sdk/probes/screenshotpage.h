#pragma once

#include <QStringList>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

namespace Govscope::Sdk {

/// A page that goes nowhere but the web: navigations to schemes other than http/https are refused,
/// pop-ups are never opened, every permission request is denied, bad certificates are accepted (a
/// counterfeit often has one) but written down. Whatever was refused is kept for the evidence.
class ScreenshotPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    ScreenshotPage(QWebEngineProfile *profile, QObject *parent);
    Q_DISABLE_COPY_MOVE(ScreenshotPage)

    QStringList blocked, certificateErrors;
    void clearRecords()
    {
        blocked.clear();
        certificateErrors.clear();
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override {}
};

/// Every request of one page passes here (on the GUI thread in Qt 6): only http, https and inline data
/// go out; each allowed request tells the worker the network is not yet quiet.
class ScreenshotInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit ScreenshotInterceptor(ScreenshotPage *page);
    Q_DISABLE_COPY_MOVE(ScreenshotInterceptor)

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool allowedScheme(const QString &scheme);

Q_SIGNALS:
    void requested();

private:
    ScreenshotPage *m_page;
};

} // namespace Govscope::Sdk
