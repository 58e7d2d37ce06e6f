#include "signallist.h"

#include <QEvent>
#include <QHeaderView>

namespace Govscope::Ui::Triage {

SignalList::SignalList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setRootIsDecorated(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus); // the keys belong to the verdict
    header()->resizeSection(0, 90);
    header()->setStretchLastSection(true);
    setHeaders();
}

void SignalList::setHeaders()
{
    setHeaderLabels({tr("Signal"), tr("What the check recorded")});
}

void SignalList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setHeaders();
    QTreeWidget::changeEvent(event);
}

void SignalList::setSignals(const QList<Signal> &list)
{
    clear();
    for (const Signal &s : list) {
        auto *item = new QTreeWidgetItem(this, {s.kind, s.text});
        item->setToolTip(1, s.text);
        // the scores and the verdict are what the decision rests on: stand them out
        if (s.kind == u"similarity"_qs || s.kind == u"verdict"_qs) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
}

} // namespace Govscope::Ui::Triage
