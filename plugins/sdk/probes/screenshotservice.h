#pragma once

#include "screenshot.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <atomic>

class QWebEngineProfile;
class QWebEngineView;

namespace Govscope::Sdk {

struct ScreenshotTicket::Shared
{
    QMutex mutex;
    ScreenshotTicket *ticket = nullptr; ///< cleared by the ticket's destructor, under the mutex
    std::atomic_bool abandoned{false};  ///< the caller stopped waiting: skip the capture if not started
};

class ScreenshotPage;
class ScreenshotInterceptor;

/// One hidden view of the pool, capturing one page at a time: load, settle (loadFinished, then no new
/// request for QuietMs, at most SettleCapMs), grab the viewport, retry once when blank, grab the full page.
/// Driven by signals and timers only: the GUI thread never waits.
class ScreenshotWorker final : public QObject
{
    Q_OBJECT
public:
    ScreenshotWorker(QWebEngineProfile *profile, QObject *parent);
    ~ScreenshotWorker() override;
    Q_DISABLE_COPY_MOVE(ScreenshotWorker)

    bool busy() const { return m_busy; }
    void start(const QUrl &url, std::shared_ptr<ScreenshotTicket::Shared> shared);

    static constexpr int LoadCapMs = 20'000, QuietMs = 500, SettleCapMs = 3'000, ResizeMs = 400;

Q_SIGNALS:
    void idle();

private:
    void loadFinished(bool ok);
    void requestSeen();
    void settled();
    void grabFullPage(int height);
    void finish();

    QWebEngineView *m_view = nullptr;
    ScreenshotPage *m_page = nullptr;
    ScreenshotInterceptor *m_interceptor = nullptr;
    QTimer m_loadCap, m_quiet, m_settleCap, m_resize;
    QElapsedTimer m_elapsed;
    std::shared_ptr<ScreenshotTicket::Shared> m_shared;
    Screenshot m_shot;
    bool m_busy = false, m_settling = false, m_retried = false;
    int m_generation = 0; ///< ignores callbacks (JavaScript results) of an earlier job
};

/// The GUI thread's pool of hidden QWebEngineViews on one off-the-record profile (architecture.md: "QtWebEngine
/// lives on the GUI thread"). Reached through Screenshots::capture() from any thread.
class ScreenshotService final : public QObject
{
    Q_OBJECT
public:
    /// GUI thread only; made on first use, torn down when the application is about to quit.
    static ScreenshotService *instance();
    ~ScreenshotService() override;
    Q_DISABLE_COPY_MOVE(ScreenshotService)

    void enqueue(const QUrl &url, std::shared_ptr<ScreenshotTicket::Shared> shared);
    static constexpr int PoolSize = 2; // the machine's cores; each view is a renderer process

private:
    explicit ScreenshotService(QObject *parent);
    void dispatch();
    void shutdown();

    struct Job
    {
        QUrl url;
        std::shared_ptr<ScreenshotTicket::Shared> shared;
    };
    QWebEngineProfile *m_profile = nullptr;
    QList<ScreenshotWorker *> m_workers;
    QQueue<Job> m_queue;
};

/// Hands @p shot to the ticket behind @p shared, on the ticket's thread, unless the ticket is gone.
void deliverScreenshot(const std::shared_ptr<ScreenshotTicket::Shared> &shared, const Screenshot &shot);

} // namespace Govscope::Sdk
