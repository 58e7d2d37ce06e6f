#pragma once

#include "triagesuspect.h"

#include <QTreeWidget>

namespace Govscope::Ui::Triage {

/// The list of suspects in the order they are worked through: score, new since the last scan, the site,
/// and the decision so far. Holds the suspects; the triage view says which one is current.
class SuspectQueue final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuspectQueue)

public:
    enum Column { ScoreColumn, NewColumn, TargetColumn, StatusColumn };

    explicit SuspectQueue(QWidget *parent = nullptr);

    /// Replaces the list; keeps @p currentId current when it is still there.
    void setSuspects(const QList<Suspect> &suspects, qint64 currentId);
    const QList<Suspect> &suspects() const { return m_suspects; }
    /// Index of the current suspect, -1 when none.
    int currentRow() const;
    void setCurrentRow(int row);
    /// Records a decision on row @p row (shown at once; the write goes its own way).
    void setStatus(int row, Models::FindingStatus status);
    /// The next undecided suspect after @p row, wrapping round; -1 when every one is decided.
    int nextUndecided(int row) const;
    int undecidedCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRow(int row);
    void setHeaders();

    QList<Suspect> m_suspects;
};

} // namespace Govscope::Ui::Triage
