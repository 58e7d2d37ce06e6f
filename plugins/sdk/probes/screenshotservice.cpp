#include "screenshotservice.h"

#include "screenshotpage.h"
#include "sdklogging.h"
#include "visualsimilarity.h"

#include <QCoreApplication>
#include <QThread>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <unistd.h>

namespace Govscope::Sdk {

namespace {

QPointer<ScreenshotService> g_service;

/// Chromium refuses to start its sandbox as root. Turn it off then (and only then), and say so once.
void prepareSandbox()
{
    if (::geteuid() != 0 || qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        return;
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    qCWarning(lcSdk).noquote() << QCoreApplication::translate(
        "Govscope::Sdk::ScreenshotService", "Running as root: the browser sandbox of the screenshot service is off "
                                            "(以 root 运行：截图浏览器的沙箱已关闭)");
}

} // namespace

void deliverScreenshot(const std::shared_ptr<ScreenshotTicket::Shared> &shared, const Screenshot &shot)
{
    QMutexLocker lock(&shared->mutex);
    if (ScreenshotTicket *ticket = shared->ticket)
        // posted under the lock: a ticket deleted later takes the posted call with it
        QMetaObject::invokeMethod(
            ticket, [ticket, shot] { ticket->deliver(shot); }, Qt::QueuedConnection);
}

ScreenshotWorker::ScreenshotWorker(QWebEngineProfile *profile, QObject *parent)
    : QObject(parent)
{
    m_view = new QWebEngineView;
    m_page = new ScreenshotPage(profile, m_view);
    m_interceptor = new ScreenshotInterceptor(m_page);
    m_page->setUrlRequestInterceptor(m_interceptor);
    m_view->setPage(m_page);
    // shown but never on a screen: Chromium renders only views that are visible
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->resize(Screenshot::Width, Screenshot::Height);
    m_view->show();

    for (QTimer *t : {&m_loadCap, &m_quiet, &m_settleCap, &m_resize})
        t->setSingleShot(true);
    m_loadCap.setInterval(LoadCapMs);
    m_quiet.setInterval(QuietMs);
    m_settleCap.setInterval(SettleCapMs);
    m_resize.setInterval(ResizeMs);
    connect(m_page, &QWebEnginePage::loadFinished, this, &ScreenshotWorker::loadFinished);
    connect(m_interceptor, &ScreenshotInterceptor::requested, this, &ScreenshotWorker::requestSeen);
    connect(&m_quiet, &QTimer::timeout, this, &ScreenshotWorker::settled);
    connect(&m_settleCap, &QTimer::timeout, this, &ScreenshotWorker::settled);
    connect(&m_loadCap, &QTimer::timeout, this, [this] {
        m_shot.error = tr("the page did not finish loading within %1 s").arg(LoadCapMs / 1000);
        m_page->triggerAction(QWebEnginePage::Stop);
        m_settling = true;
        settled(); // capture what is there: a page that never ends loading still shows something
    });
}

ScreenshotWorker::~ScreenshotWorker()
{
    delete m_view; // before the profile: a page must not outlive its profile
}

void ScreenshotWorker::start(const QUrl &url, std::shared_ptr<ScreenshotTicket::Shared> shared)
{
    ++m_generation;
    m_busy = true;
    m_retried = false;
    m_settling = false;
    m_shared = std::move(shared);
    m_shot = Screenshot{};
    m_shot.requested = url;
    m_page->clearRecords();
    m_elapsed.start();
    if (!ScreenshotInterceptor::allowedScheme(url.scheme())) {
        m_shot.error = tr("only http and https pages are captured, not %1").arg(url.scheme());
        finish();
        return;
    }
    m_view->resize(Screenshot::Width, Screenshot::Height);
    m_loadCap.start();
    m_page->load(url);
}

void ScreenshotWorker::loadFinished(bool ok)
{
    if (!m_busy || m_settling)
        return;
    m_loadCap.stop();
    m_shot.loaded = ok;
    if (!ok) {
        m_shot.error = tr("the page did not load (refused, unreachable or aborted)");
        finish();
        return;
    }
    m_settling = true;
    m_quiet.start();
    m_settleCap.start();
}

void ScreenshotWorker::requestSeen()
{
    if (m_settling && m_quiet.isActive())
        m_quiet.start(); // a script or image is still loading: quiet starts over (bounded by m_settleCap)
}

void ScreenshotWorker::settled()
{
    if (!m_busy || !m_settling)
        return;
    m_quiet.stop();
    m_settleCap.stop();
    m_settling = false;
    const QImage viewport = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (Visual::isBlank(viewport) && !m_retried && m_shot.error.isEmpty()) {
        // late rendering (a splash, a script that paints after load): one more load, then take it as blank
        m_retried = true;
        m_loadCap.start();
        m_page->triggerAction(QWebEnginePage::Reload);
        return;
    }
    m_shot.viewport = viewport;
    m_shot.blank = Visual::isBlank(viewport);
    m_shot.finalUrl = m_page->url();
    m_shot.title = m_page->title();
    m_shot.capturedAt = QDateTime::currentDateTimeUtc();
    const int generation = m_generation;
    m_page->runJavaScript(u"Math.max(document.documentElement ? document.documentElement.scrollHeight : 0,"
                          " document.body ? document.body.scrollHeight : 0)"_qs,
                          [this, generation](const QVariant &height) {
                              if (generation == m_generation && m_busy)
                                  grabFullPage(height.toInt());
                          });
}

void ScreenshotWorker::grabFullPage(int height)
{
    const int h = std::clamp(height, int(Screenshot::Height), int(Screenshot::FullPageCap));
    if (h <= Screenshot::Height || m_shot.blank) {
        m_shot.fullPage = m_shot.viewport;
        finish();
        return;
    }
    m_view->resize(Screenshot::Width, h);
    const int generation = m_generation;
    // the compositor needs a frame or two at the new size; no signal says when, so a short timer
    QTimer::singleShot(ResizeMs, this, [this, generation] {
        if (generation != m_generation || !m_busy)
            return;
        m_shot.fullPage = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
        finish();
    });
}

void ScreenshotWorker::finish()
{
    m_loadCap.stop();
    m_quiet.stop();
    m_settleCap.stop();
    m_shot.blocked = m_page->blocked;
    m_shot.certificateErrors = m_page->certificateErrors;
    m_shot.elapsedMs = m_elapsed.elapsed();
    if (m_shot.capturedAt.isNull())
        m_shot.capturedAt = QDateTime::currentDateTimeUtc();
    deliverScreenshot(m_shared, m_shot);
    m_shared.reset();
    m_shot = Screenshot{};
    ++m_generation;
    m_busy = false;
    m_page->setUrl(QUrl(u"about:blank"_qs)); // lets the renderer drop the page's memory
    m_view->resize(Screenshot::Width, Screenshot::Height);
    Q_EMIT idle();
}

ScreenshotService *ScreenshotService::instance()
{
    Q_ASSERT(QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread());
    if (!g_service)
        g_service = new ScreenshotService(QCoreApplication::instance());
    return g_service;
}

ScreenshotService::ScreenshotService(QObject *parent)
    : QObject(parent)
{
    prepareSandbox();
    m_profile = new QWebEngineProfile(this); // no storage name: off the record, nothing reaches the disk
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
    for (int i = 0; i < PoolSize; ++i) {
        auto *worker = new ScreenshotWorker(m_profile, this);
        connect(worker, &ScreenshotWorker::idle, this, &ScreenshotService::dispatch, Qt::QueuedConnection);
        m_workers << worker;
    }
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ScreenshotService::shutdown);
}

ScreenshotService::~ScreenshotService()
{
    shutdown();
}

void ScreenshotService::shutdown()
{
    // views and pages first, then the profile: WebEngine warns and may crash the other way round
    qDeleteAll(m_workers);
    m_workers.clear();
    delete m_profile;
    m_profile = nullptr;
    for (const Job &job : std::as_const(m_queue)) {
        Screenshot shot;
        shot.requested = job.url;
        shot.error = tr("the application quit before the capture");
        deliverScreenshot(job.shared, shot);
    }
    m_queue.clear();
}

void ScreenshotService::enqueue(const QUrl &url, std::shared_ptr<ScreenshotTicket::Shared> shared)
{
    m_queue.enqueue(Job{url, std::move(shared)});
    dispatch();
}

void ScreenshotService::dispatch()
{
    for (ScreenshotWorker *worker : std::as_const(m_workers)) {
        if (worker->busy())
            continue;
        while (!m_queue.isEmpty()) {
            Job job = m_queue.dequeue();
            if (job.shared->abandoned.load())
                continue;
            worker->start(job.url, std::move(job.shared));
            break;
        }
    }
}

} // namespace Govscope::Sdk
