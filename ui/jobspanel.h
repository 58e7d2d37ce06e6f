#pragma once

#include <QAtomicInteger>
#include <QHash>
#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace Govscope::Ui {

/// Background jobs of the workbench (opening a case, imports, scans, reports, triage writes), one row
/// each with a progress bar and a cancel button, like Qt Creator's progress manager.
///
/// Every method may be called from any thread: calls from a worker are queued to the GUI thread.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    explicit JobsPanel(QWidget *parent = nullptr);
    ~JobsPanel() override;

    /// Shows a running job; @p cancel (may be empty: no cancel button) is called on the GUI thread
    /// when the person presses cancel. Returns the job's id.
    int startJob(const QString &title, std::function<void()> cancel);
    /// @p total <= 0 shows a busy indicator.
    void updateJob(int id, qint64 done, qint64 total, const QString &detail);
    /// Marks the job done or failed with @p message; the row stays until dismissed or pushed out.
    void finishJob(int id, bool ok, const QString &message);

    /// Jobs started and not yet finished.
    int runningJobs() const;

Q_SIGNALS:
    void jobStarted(int id, const QString &title);
    void jobFinished(int id, bool ok, const QString &message);

private:
    struct Row;

    void addRow(int id, const QString &title, std::function<void()> cancel);
    void removeRow(int id);
    void trimFinished();

    QVBoxLayout *m_rows = nullptr;
    QWidget *m_placeholder = nullptr;
    QHash<int, Row *> m_byId;
    QList<int> m_finishedOrder;
    QAtomicInteger<int> m_nextId = 1;
};

} // namespace Govscope::Ui
