#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Govscope::Ui {
class MainWindow;
class ReportDialog;
class VerifyDialog;
class SigningIdentityDialog;
struct ReportChoice;
} // namespace Govscope::Ui

namespace Govscope {

/// Reports and verification for the workbench. On reportRequested() it reads the organisations off the GUI
/// thread and opens the report dialog; a report then runs as one job in the jobs panel: the case is read and
/// the bundle written on the thread pool, only the charts (Qt Charts needs the GUI thread, a few tens of ms)
/// are drawn in between on the GUI thread. The folder of the finished bundle is opened. verifyRequested()
/// opens the verify dialog, whose checks also run on the pool.
class ReportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportController)

public:
    explicit ReportController(Ui::MainWindow *window);
    ~ReportController() override;

private:
    void showReportDialog();
    void showVerifyDialog();
    void showIdentityDialog();
    void startReport(const Ui::ReportChoice &choice);

    Ui::MainWindow *m_window;
    QPointer<Ui::ReportDialog> m_reportDialog;
    QPointer<Ui::VerifyDialog> m_verifyDialog;
    QPointer<Ui::SigningIdentityDialog> m_identityDialog;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Govscope
