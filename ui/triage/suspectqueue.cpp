#include "suspectqueue.h"

#include "itemmodels/findingdisplay.h"

#include <QEvent>
#include <QHeaderView>

namespace Govscope::Ui::Triage {

SuspectQueue::SuspectQueue(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(4);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    header()->resizeSection(ScoreColumn, 46);
    header()->resizeSection(NewColumn, 36);
    header()->resizeSection(StatusColumn, 60);
    setHeaders();
}

void SuspectQueue::setHeaders()
{
    setHeaderLabels({tr("Score"), tr("New"), tr("Site"), tr("Status")});
    headerItem()->setToolTip(NewColumn, tr("First seen in the latest scan"));
}

void SuspectQueue::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeaders();
        for (int row = 0; row < m_suspects.size(); ++row)
            fillRow(row);
    }
    QTreeWidget::changeEvent(event);
}

void SuspectQueue::setSuspects(const QList<Suspect> &suspects, qint64 currentId)
{
    const QSignalBlocker block(this); // the view picks the current row itself afterwards
    clear();
    m_suspects = suspects;
    int current = -1;
    for (int row = 0; row < m_suspects.size(); ++row) {
        new QTreeWidgetItem(this);
        fillRow(row);
        if (m_suspects[row].findingId == currentId)
            current = row;
    }
    if (current >= 0)
        setCurrentItem(topLevelItem(current));
}

void SuspectQueue::fillRow(int row)
{
    QTreeWidgetItem *item = topLevelItem(row);
    const Suspect &s = m_suspects[row];
    item->setText(ScoreColumn, s.score < 0 ? u"?"_qs : QString::number(s.score, 'f', 2));
    item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(NewColumn, s.isNew ? tr("new") : QString());
    item->setText(TargetColumn, s.target);
    item->setToolTip(TargetColumn, s.title);
    item->setText(StatusColumn, Models::FindingDisplay::statusName(s.status));
    QFont font = item->font(TargetColumn);
    font.setBold(s.isNew && s.undecided());
    for (int column = 0; column < columnCount(); ++column) {
        item->setFont(column, font);
        // decided suspects stay in the list, greyed, so a slip can be seen and revisited
        item->setForeground(column, s.undecided() ? palette().text() : palette().placeholderText());
    }
}

int SuspectQueue::currentRow() const
{
    return currentItem() ? indexOfTopLevelItem(currentItem()) : -1;
}

void SuspectQueue::setCurrentRow(int row)
{
    if (row >= 0 && row < topLevelItemCount())
        setCurrentItem(topLevelItem(row));
}

void SuspectQueue::setStatus(int row, Models::FindingStatus status)
{
    if (row < 0 || row >= m_suspects.size())
        return;
    m_suspects[row].status = status;
    fillRow(row);
}

int SuspectQueue::nextUndecided(int row) const
{
    const int n = int(m_suspects.size());
    for (int step = 1; step <= n; ++step) {
        const int candidate = ((row < 0 ? -1 : row) + step) % n;
        if (m_suspects[candidate].undecided())
            return candidate;
    }
    return -1;
}

int SuspectQueue::undecidedCount() const
{
    return int(std::count_if(m_suspects.cbegin(), m_suspects.cend(), [](const Suspect &s) { return s.undecided(); }));
}

} // namespace Govscope::Ui::Triage
