#include "jobspanel.h"

#include "itemmodels/findingdisplay.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QStyle>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace Govscope::Ui {

namespace {
// Finished rows kept for the person to read; older ones go.
constexpr int kKeepFinished = 8;

bool onGuiThread(const QObject *object)
{
    return QThread::currentThread() == object->thread();
}
} // namespace

struct JobsPanel::Row
{
    QWidget *widget = nullptr;
    QLabel *title = nullptr;
    QLabel *detail = nullptr;
    QLabel *state = nullptr;
    QProgressBar *progress = nullptr;
    QToolButton *button = nullptr;
    std::function<void()> cancel;
    bool finished = false;
};

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_rows = new QVBoxLayout(content);
    m_rows->setContentsMargins(6, 4, 6, 4);
    m_rows->setSpacing(2);
    m_placeholder = new QLabel(tr("No background jobs."), content);
    m_placeholder->setEnabled(false);
    m_rows->addWidget(m_placeholder);
    m_rows->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

JobsPanel::~JobsPanel()
{
    qDeleteAll(m_byId);
}

int JobsPanel::startJob(const QString &title, std::function<void()> cancel)
{
    const int id = m_nextId.fetchAndAddRelaxed(1);
    if (onGuiThread(this))
        addRow(id, title, std::move(cancel));
    else
        QMetaObject::invokeMethod(
            this, [this, id, title, cancel = std::move(cancel)]() mutable { addRow(id, title, std::move(cancel)); },
            Qt::QueuedConnection);
    return id;
}

void JobsPanel::addRow(int id, const QString &title, std::function<void()> cancel)
{
    auto *row = new Row;
    row->cancel = std::move(cancel);
    row->widget = new QWidget(this);
    auto *layout = new QHBoxLayout(row->widget);
    layout->setContentsMargins(0, 0, 0, 0);
    row->state = new QLabel(row->widget);
    row->state->setFixedWidth(18);
    row->title = new QLabel(title, row->widget);
    row->title->setMinimumWidth(220);
    row->progress = new QProgressBar(row->widget);
    row->progress->setRange(0, 0);
    row->progress->setMaximumWidth(260);
    row->progress->setTextVisible(true);
    row->detail = new QLabel(row->widget);
    row->detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Job titles and messages quote file names and site answers: never rendered as HTML.
    row->title->setTextFormat(Qt::PlainText);
    row->detail->setTextFormat(Qt::PlainText);
    row->button = new QToolButton(row->widget);
    row->button->setAutoRaise(true);
    row->button->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    row->button->setToolTip(tr("Cancel this job"));
    row->button->setVisible(bool(row->cancel));
    connect(row->button, &QToolButton::clicked, this, [this, id] {
        Row *r = m_byId.value(id);
        if (!r)
            return;
        if (r->finished) {
            removeRow(id);
        } else if (r->cancel) {
            r->button->setEnabled(false);
            r->detail->setText(tr("Cancelling…"));
            r->cancel();
        }
    });
    layout->addWidget(row->state);
    layout->addWidget(row->title);
    layout->addWidget(row->progress);
    layout->addWidget(row->detail, 1);
    layout->addWidget(row->button);
    m_placeholder->hide();
    m_rows->insertWidget(0, row->widget); // newest on top
    m_byId.insert(id, row);
    Q_EMIT jobStarted(id, title);
}

void JobsPanel::updateJob(int id, qint64 done, qint64 total, const QString &detail)
{
    if (!onGuiThread(this)) {
        QMetaObject::invokeMethod(
            this, [=, this] { updateJob(id, done, total, detail); }, Qt::QueuedConnection);
        return;
    }
    Row *row = m_byId.value(id);
    if (!row || row->finished)
        return;
    if (total > 0) {
        // QProgressBar holds ints: scale large counts (bytes, a million findings) to per-mille.
        row->progress->setRange(0, 1000);
        row->progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        row->progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    } else {
        row->progress->setRange(0, 0);
    }
    row->detail->setText(detail);
}

void JobsPanel::finishJob(int id, bool ok, const QString &message)
{
    if (!onGuiThread(this)) {
        QMetaObject::invokeMethod(
            this, [=, this] { finishJob(id, ok, message); }, Qt::QueuedConnection);
        return;
    }
    Row *row = m_byId.value(id);
    if (!row || row->finished)
        return;
    row->finished = true;
    row->cancel = nullptr;
    row->progress->setRange(0, 1);
    row->progress->setValue(1);
    row->progress->setFormat(ok ? tr("Done") : tr("Failed"));
    row->state->setPixmap(
        style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical).pixmap(16, 16));
    row->detail->setText(message);
    row->detail->setToolTip(Models::FindingDisplay::plainToolTip(message));
    if (!ok)
        row->detail->setStyleSheet(u"color: #b71c1c;"_qs);
    row->button->setEnabled(true);
    row->button->setVisible(true);
    row->button->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    row->button->setToolTip(tr("Dismiss"));
    m_finishedOrder.append(id);
    trimFinished();
    Q_EMIT jobFinished(id, ok, message);
}

int JobsPanel::runningJobs() const
{
    int running = 0;
    for (const Row *row : m_byId)
        running += !row->finished;
    return running;
}

void JobsPanel::removeRow(int id)
{
    Row *row = m_byId.take(id);
    if (!row)
        return;
    m_finishedOrder.removeAll(id);
    row->widget->deleteLater();
    delete row;
    m_placeholder->setVisible(m_byId.isEmpty());
}

void JobsPanel::trimFinished()
{
    while (m_finishedOrder.size() > kKeepFinished)
        removeRow(m_finishedOrder.first());
}

} // namespace Govscope::Ui
