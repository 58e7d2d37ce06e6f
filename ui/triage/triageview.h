#pragma once

#include "result.h"
#include "triagesuspect.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace Govscope::Ui::Triage {

class ComparisonView;
class PairLoader;
class SignalList;
class SuspectQueue;
class VerdictBar;

/// 仿冒研判: the counterfeit suspects of the case worked through one keystroke each. The queue (best
/// score and new since the last scan first) on the left; the candidate's and the original's screenshots
/// side by side with every signal under them; C confirms, F marks a false positive, S skips, each moving
/// to the next suspect at once. It reads the case itself (off the GUI thread, read-only, no network) and
/// asks for the writes through verdictRequested(), which the window sends to the case writer.
class TriageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageView)

public:
    explicit TriageView(QWidget *parent = nullptr);

    /// The case to triage; empty for none. Loads the queue.
    void setCasePath(const QString &path);
    /// Re-reads the queue, keeping the current suspect when it is still there.
    void reload();
    /// The suspect shown, 0 when none.
    qint64 currentFindingId() const;

    // For tests.
    SuspectQueue *queue() const { return m_queue; }
    ComparisonView *comparison() const { return m_compare; }
    VerdictBar *verdictBar() const { return m_verdict; }
    SignalList *signalList() const { return m_signals; }
    PairLoader *pairs() const { return m_pairs; }

Q_SIGNALS:
    /// A verdict to record in the case, with who and why for the audit trail.
    void verdictRequested(qint64 id, Models::FindingStatus status, const QString &who, const QString &why);
    /// The queue was (re)read: @p count suspects.
    void queueLoaded(int count);
    /// Suspect @p id is shown with its screenshots (or with why they are missing).
    void suspectShown(qint64 id);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void queueRead(const QString &path, const Result<QList<Suspect>> &suspects);
    void currentChanged();
    void showPair(qint64 id);
    void prefetch(int row);
    void decide(Models::FindingStatus status);
    void skip();
    void moveTo(int row);
    void updateProgress();
    void showEmpty();

    QString m_path;
    quint64 m_request = 0;
    qint64 m_shown = 0;
    SuspectQueue *m_queue = nullptr;
    ComparisonView *m_compare = nullptr;
    SignalList *m_signals = nullptr;
    VerdictBar *m_verdict = nullptr;
    PairLoader *m_pairs = nullptr;
    QLabel *m_header = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace Govscope::Ui::Triage
