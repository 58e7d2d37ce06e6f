#pragma once

#include "scantypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Govscope::Sdk {
class CheckFamily;
}
namespace Govscope::Engine {
class ScanEngine;
}

namespace Govscope::Ui {
class MainWindow;
}

namespace Govscope {

/// Runs scans for the workbench: on the window's scanRequested() it reads the case off the GUI thread,
/// offers the scan dialog (with resume of an unfinished scan), runs the engine and shows one job per
/// family in the jobs panel (cancelling any of them stops the scan). Findings appear live because the
/// window refreshes on every commit of its writer. The engine holds the case's writer by shared pointer, so
/// closing the case during a scan cannot pull it from under the tasks. Progress reaches the jobs panel at
/// most every kProgressIntervalMs: a scan reports per task, thousands of times, and each update relays out.
class ScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanController)

public:
    explicit ScanController(Ui::MainWindow *window);
    ~ScanController() override;

    bool isScanning() const;
    /// Starts a scan without the dialog (bench harness and tests).
    void startScan(const Engine::ScanRequest &request);
    void cancel();

Q_SIGNALS:
    void scanFinished(const Govscope::Engine::ScanSummary &summary);

private:
    void showDialog();
    void onProgress(const Engine::FamilyProgress &progress, const QString &detail);
    void showProgress();
    void onFinished(const Engine::ScanSummary &summary);
    QString familyName(const QString &id) const;
    void report(const QString &message);

    Ui::MainWindow *m_window;
    QList<Sdk::CheckFamily *> m_families;
    std::unique_ptr<Engine::ScanEngine> m_engine;
    QHash<QString, int> m_jobs; ///< family id -> jobs panel id
    struct PendingProgress
    {
        Engine::FamilyProgress progress;
        QString detail;
    };
    QHash<QString, PendingProgress> m_pending; ///< family id -> latest progress not yet shown
    QTimer m_progressTimer;
    bool m_preparing = false;
};

} // namespace Govscope
