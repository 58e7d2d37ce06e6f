#include "scancontroller.h"

#include "backgroundread.h"

#include "casefile.h"
#include "checkfamily.h"
#include "familyregistry.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "orgrepository.h"
#include "scandialog.h"
#include "scanengine.h"
#include "scanscope.h"

#include <QMessageBox>
#include <QStatusBar>

namespace Govscope {

namespace {

// Ten updates a second look live; more only cost the GUI thread layouts.
constexpr int kProgressIntervalMs = 100;

// What the dialog needs from the case, read on a pool thread.
struct DialogData
{
    QString error;
    QList<Models::Organization> orgs;
    std::optional<Engine::ResumableScan> resumable;
};

DialogData readCase(Models::Connection &conn, const QString &casePath)
{
    DialogData data;
    if (!conn.ok()) {
        data.error = conn.error();
        return data;
    }
    auto orgs = Models::OrgRepository::all(conn.db());
    if (!orgs) {
        data.error = orgs.errorMessage();
        return data;
    }
    data.orgs = *orgs;
    auto resumable = Engine::ScanPlanning::resumable(casePath);
    if (!resumable)
        data.error = resumable.errorMessage();
    else
        data.resumable = *resumable;
    return data;
}

} // namespace

ScanController::ScanController(Ui::MainWindow *window)
    : m_window(window)
    , m_families(Engine::FamilyRegistry::builtin())
{
    connect(window, &Ui::MainWindow::scanRequested, this, &ScanController::showDialog);
    // The writer of a case goes away with it: a scan must not outlive its case.
    connect(window, &Ui::MainWindow::caseClosed, this, &ScanController::cancel);
    connect(window, &Ui::MainWindow::caseOpened, this, &ScanController::cancel);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &ScanController::showProgress);
}

ScanController::~ScanController() = default;

bool ScanController::isScanning() const
{
    return m_engine && m_engine->isRunning();
}

void ScanController::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void ScanController::report(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10'000);
}

QString ScanController::familyName(const QString &id) const
{
    Sdk::CheckFamily *f = Engine::FamilyRegistry::find(m_families, id);
    return f ? f->name() : id;
}

void ScanController::showDialog()
{
    if (isScanning() || m_preparing) {
        report(tr("A scan is already running; cancel it in the jobs panel first."));
        return;
    }
    const QString casePath = m_window->casePath();
    if (casePath.isEmpty() || !m_window->writer()) {
        report(tr("Open or create a case before scanning."));
        return;
    }
    m_preparing = true;
    const auto read = [casePath](Models::Connection &conn) { return readCase(conn, casePath); };
    Models::readInBackground<DialogData>(this, casePath, read, [this, casePath](const DialogData &data) {
        m_preparing = false;
        if (casePath != m_window->casePath())
            return; // another case was opened meanwhile
        if (!data.error.isEmpty()) {
            report(tr("Cannot scan %1: %2").arg(casePath, data.error));
            return;
        }
        QList<Ui::ScanFamilyEntry> families;
        for (Sdk::CheckFamily *f : std::as_const(m_families))
            families.append({f->id(), f->name()});
        std::optional<Ui::ScanResumeOffer> offer;
        if (data.resumable)
            offer = Ui::ScanResumeOffer{
                data.resumable->scan.id,
                tr("scan %1 of %2, %3 of %4 tasks left (%5)")
                    .arg(data.resumable->scan.id)
                    .arg(QLocale().toString(data.resumable->scan.startedAt.toLocalTime(), QLocale::ShortFormat))
                    .arg(data.resumable->undoneTasks)
                    .arg(data.resumable->totalTasks)
                    .arg(data.resumable->scan.families.join(u", "_qs))};
        auto *dialog = new Ui::ScanDialog(families, data.orgs, offer, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, casePath] {
            const Ui::ScanChoice choice = dialog->choice();
            Engine::ScanRequest request;
            request.casePath = casePath;
            request.families = choice.families;
            request.orgs = choice.orgs;
            request.resumeScan = choice.resumeScan;
            if (!choice.profilePath.isEmpty()) {
                auto profile = Sdk::ScanProfile::load(choice.profilePath); // a small JSON file
                if (!profile) {
                    report(profile.errorMessage());
                    return;
                }
                request.profile = *profile;
            }
            if (choice.allowPrivate)
                request.profile.allowPrivate = true;
            auto feeds = Engine::ScanPlanning::feedDirs(choice.feedsDir);
            if (!feeds) {
                report(feeds.errorMessage());
                return;
            }
            request.feedDirs = *feeds;
            startScan(request);
        });
        dialog->open();
    });
}

void ScanController::startScan(const Engine::ScanRequest &request)
{
    std::shared_ptr<Models::CaseWriter> writer = m_window->sharedWriter();
    if (!writer || isScanning())
        return;
    m_jobs.clear();
    m_pending.clear();
    Engine::ScanRequest guiRequest = request;
    guiRequest.yieldToGui = true;
    m_engine = std::make_unique<Engine::ScanEngine>(std::move(writer), m_families);
    connect(m_engine.get(), &Engine::ScanEngine::progress, this, &ScanController::onProgress);
    connect(m_engine.get(), &Engine::ScanEngine::finished, this, &ScanController::onFinished);
    connect(m_engine.get(), &Engine::ScanEngine::started, this, [this](qint64 scanId, bool resumed, int tasks) {
        report(resumed ? tr("Resuming scan %1: %2 tasks left").arg(scanId).arg(tasks)
                       : tr("Scan %1 started: %2 tasks").arg(scanId).arg(tasks));
    });
    m_engine->start(guiRequest);
}

void ScanController::onProgress(const Engine::FamilyProgress &progress, const QString &detail)
{
    m_pending.insert(progress.family, {progress, detail});
    if (!m_jobs.contains(progress.family))
        showProgress(); // the job appears at once; its updates are then coalesced
    else if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void ScanController::showProgress()
{
    m_progressTimer.stop();
    Ui::JobsPanel *jobs = m_window->jobs();
    const auto pending = std::exchange(m_pending, {});
    if (!jobs)
        return;
    for (const PendingProgress &p : pending) {
        const Engine::FamilyProgress &progress = p.progress;
        auto it = m_jobs.find(progress.family);
        if (it == m_jobs.end())
            it = m_jobs.insert(progress.family,
                               jobs->startJob(tr("Scan: %1").arg(familyName(progress.family)), [this] { cancel(); }));
        jobs->updateJob(*it, progress.done, progress.total,
                        p.detail.isEmpty() ? tr("%n finding(s)", nullptr, progress.findings)
                                           : tr("%1 — %n finding(s)", nullptr, progress.findings).arg(p.detail));
    }
}

void ScanController::onFinished(const Engine::ScanSummary &summary)
{
    showProgress(); // the last updates first, so a finished job is not overwritten by a stale one
    Ui::JobsPanel *jobs = m_window->jobs();
    for (const Engine::FamilyProgress &p : summary.families) {
        const int id = m_jobs.value(p.family, 0);
        if (!jobs || id == 0)
            continue;
        if (summary.cancelled)
            jobs->finishJob(
                id, false,
                tr("Cancelled after %1 of %2 organisations; scan again to resume.").arg(p.done).arg(p.total));
        else
            jobs->finishJob(id, summary.error.isEmpty(),
                            tr("%1 organisations, %n finding(s)", nullptr, p.findings).arg(p.done));
    }
    if (!summary.error.isEmpty())
        report(tr("The scan failed: %1").arg(summary.error));
    else if (!summary.cancelled)
        report(tr("Scan %1 finished: %2 findings, %3 inconclusive")
                   .arg(summary.scanId)
                   .arg(summary.findings)
                   .arg(summary.inconclusive));
    m_window->refreshFindings();
    // The engine is done with its thread; deleting it (later: we are inside its signal) joins an idle thread.
    m_engine.release()->deleteLater();
    Q_EMIT scanFinished(summary);
}

} // namespace Govscope
