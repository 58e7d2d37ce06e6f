#pragma once

#include <QCoroTask>
#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Govscope::Sdk {

/// One browser capture of a page: what a visitor would have seen at @ref capturedAt.
struct Screenshot
{
    QUrl requested;
    QUrl finalUrl; ///< after redirects
    QString title;
    QDateTime capturedAt;
    QImage viewport; ///< 1366×768, the first screen
    QImage fullPage; ///< the whole page, 1366 wide, capped at FullPageCap in height
    bool loaded = false;
    bool blank = false;            ///< one colour (or nearly) even after a retry: never scores as similar
    QString error;                 ///< why nothing was captured (no browser, timeout, refused …)
    QStringList certificateErrors; ///< bad certificates the page was loaded despite (evidence)
    QStringList blocked;           ///< requests, navigations and pop-ups the sandboxing refused
    qint64 elapsedMs = 0;

    static constexpr int Width = 1366, Height = 768, FullPageCap = 4096;
    bool ok() const { return loaded && !viewport.isNull(); }
    /// PNG bytes of the viewport (for a content-addressed evidence blob).
    QByteArray viewportPng() const;
    /// "https://x/ (final https://y/) captured 2026-12-07T05:30:00Z, 1366×768, blank" — for evidence.
    QString describe() const;
};

/// Reported once to the caller's thread; internal to the screenshot service.
class ScreenshotTicket final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenshotTicket(QObject *parent = nullptr);
    ~ScreenshotTicket() override;
    Q_DISABLE_COPY_MOVE(ScreenshotTicket)

    struct Shared; ///< what the GUI thread and the ticket both hold
    std::shared_ptr<Shared> shared() const { return m_shared; }
    const Screenshot &result() const { return m_result; }
    bool done() const { return m_done; }
    /// Called on the ticket's thread (posted by the service).
    void deliver(const Sdk::Screenshot &shot);

Q_SIGNALS:
    void finished();

private:
    std::shared_ptr<Shared> m_shared;
    Screenshot m_result;
    bool m_done = false;
};

namespace Screenshots {

/// True when a browser can be used: a QGuiApplication exists (the workbench, or the CLI `scan` running the
/// counterfeit family, which makes an offscreen one). Unit tests under QTEST_GUILESS_MAIN have none.
bool available();

/// Captures @p url with the GUI thread's screenshot service (a pool of hidden QWebEngineViews), from any
/// thread, without blocking it; at most @p timeout in all. A capture that could not be made comes back with
/// @ref Screenshot::error set.
QCoro::Task<Screenshot> capture(QUrl url, std::chrono::milliseconds timeout = std::chrono::milliseconds(30'000));

} // namespace Screenshots

} // namespace Govscope::Sdk

Q_DECLARE_METATYPE(Govscope::Sdk::Screenshot)
