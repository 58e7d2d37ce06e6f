#include "triageview.h"

#include "backgroundread.h"

#include "casefile.h"
#include "comparisonview.h"
#include "itemmodels/findingdisplay.h"
#include "pairloader.h"
#include "signallist.h"
#include "suspectloader.h"
#include "suspectqueue.h"
#include "verdictbar.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace Govscope::Ui::Triage {

namespace {
// Suspects read ahead of the one shown, so the next one appears as soon as a verdict is given.
constexpr int kPrefetch = 2;
} // namespace

TriageView::TriageView(QWidget *parent)
    : QWidget(parent)
{
    m_pairs = new PairLoader(this);
    connect(m_pairs, &PairLoader::loaded, this, [this](qint64 id) {
        if (id == currentFindingId() && id != m_shown)
            showPair(id);
    });

    m_queue = new SuspectQueue(this);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, &TriageView::currentChanged);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_compare = new ComparisonView(this);
    m_signals = new SignalList(this);
    m_verdict = new VerdictBar(this);
    connect(m_verdict, &VerdictBar::decided, this, &TriageView::decide);
    connect(m_verdict, &VerdictBar::skipped, this, &TriageView::skip);
    connect(m_verdict, &VerdictBar::reasonEntered, this, [this] { m_compare->candidateView()->setFocus(); });
    // The keys work anywhere in the view: the queue, the panes, the buttons (not while typing in a box).
    addActions(m_verdict->keyActions());
    addActions(m_compare->actions());

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_compare);
    right->addWidget(m_signals);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_queue);
    m_split->addWidget(right);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 5);
    m_split->setSizes({330, 1130});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_verdict);
    showEmpty();
}

void TriageView::setCasePath(const QString &path)
{
    m_path = path;
    m_pairs->setCasePath(path);
    m_queue->setSuspects({}, 0);
    m_shown = 0;
    showEmpty();
    if (!path.isEmpty())
        reload();
}

void TriageView::reload()
{
    if (m_path.isEmpty())
        return;
    const quint64 request = ++m_request;
    const QString path = m_path;
    Models::readInBackground<Result<QList<Suspect>>>(
        this, path,
        [](Models::Connection &conn) -> Result<QList<Suspect>> {
            if (!conn.ok())
                return makeError(conn.error());
            return SuspectLoader::load(conn.db());
        },
        [this, request, path](const Result<QList<Suspect>> &suspects) {
            if (request == m_request)
                queueRead(path, suspects);
        });
}

void TriageView::queueRead(const QString &path, const Result<QList<Suspect>> &suspects)
{
    if (path != m_path)
        return;
    if (!suspects) {
        Q_EMIT failed(tr("Could not read the counterfeit suspects of %1: %2").arg(path, suspects.errorMessage()));
        return;
    }
    const qint64 current = currentFindingId();
    m_queue->setSuspects(*suspects, current);
    m_shown = 0;
    if (m_queue->currentRow() < 0) {
        const int first = m_queue->nextUndecided(-1);
        m_queue->setCurrentRow(first >= 0 ? first : 0);
    }
    currentChanged();
    Q_EMIT queueLoaded(int(suspects->size()));
}

qint64 TriageView::currentFindingId() const
{
    const int row = m_queue->currentRow();
    return row >= 0 ? m_queue->suspects().at(row).findingId : 0;
}

void TriageView::showEmpty()
{
    m_header->setText(u"<i>%1</i>"_qs.arg(
        (m_path.isEmpty() ? tr("Open a case to triage its counterfeit suspects.")
                          : tr("No counterfeit site suspects in this case: run a scan with the counterfeit family."))
            .toHtmlEscaped()));
    m_compare->showMessage({});
    m_signals->setSignals({});
    updateProgress();
}

void TriageView::currentChanged()
{
    const int row = m_queue->currentRow();
    if (row < 0) {
        showEmpty();
        return;
    }
    const Suspect &s = m_queue->suspects().at(row);
    const QString score = s.score < 0 ? tr("unknown") : QString::number(s.score, 'f', 2);
    QString html = u"<b style='font-size:large'>%1</b><br>"_qs.arg(s.title.toHtmlEscaped());
    html += tr("Score %1 · %2 · %3 · %4 · organisation %5")
                .arg(score, Models::FindingDisplay::severityName(s.severity),
                     Models::FindingDisplay::statusName(s.status), s.check, s.org)
                .toHtmlEscaped();
    if (s.isNew)
        html += u" · <b>%1</b>"_qs.arg(tr("new since the last scan").toHtmlEscaped());
    m_header->setText(html);
    m_signals->setSignals(s.signalList);
    updateProgress();
    if (s.findingId != m_shown) {
        if (m_pairs->cached(s.findingId)) {
            showPair(s.findingId);
        } else {
            m_compare->showMessage(tr("Reading the screenshots…"));
            m_pairs->request(s);
        }
    }
    prefetch(row);
}

void TriageView::showPair(qint64 id)
{
    const ScreenshotPair *pair = m_pairs->cached(id);
    const int row = m_queue->currentRow();
    if (!pair || row < 0)
        return;
    const Suspect &s = m_queue->suspects().at(row);
    QString diff;
    if (!pair->diff.heat.isNull())
        diff = tr("differs in %1% of the picture").arg(qRound(pair->diff.changed * 100));
    if (!pair->error.isEmpty())
        diff = diff.isEmpty() ? pair->error : u"%1; %2"_qs.arg(diff, pair->error);
    m_compare->setPair(pair->candidate, pair->original, pair->diff.heat, s.candidateShot, s.originalShot, diff);
    m_shown = id;
    Q_EMIT suspectShown(id);
}

void TriageView::prefetch(int row)
{
    int next = row;
    for (int i = 0; i < kPrefetch; ++i) {
        next = m_queue->nextUndecided(next);
        if (next < 0 || next == row)
            break;
        m_pairs->request(m_queue->suspects().at(next));
    }
}

void TriageView::decide(Models::FindingStatus status)
{
    const int row = m_queue->currentRow();
    if (row < 0)
        return;
    const QString who = m_verdict->who();
    if (who.isEmpty()) {
        m_verdict->whoBox()->setFocus();
        m_verdict->whoBox()->setPlaceholderText(tr("Say who you are before deciding"));
        return;
    }
    const Suspect s = m_queue->suspects().at(row);
    QString why = m_verdict->reason();
    if (why.isEmpty())
        why = tr("Decided in the counterfeit triage view after comparing the screenshots (score %1)")
                  .arg(s.score < 0 ? tr("unknown") : QString::number(s.score, 'f', 2));
    // Shown as decided and moved on at once; the write is queued on the case writer behind it.
    m_queue->setStatus(row, status);
    m_verdict->clearReason();
    Q_EMIT verdictRequested(s.findingId, status, who, why);
    moveTo(m_queue->nextUndecided(row));
}

void TriageView::skip()
{
    const int row = m_queue->currentRow();
    if (row < 0)
        return;
    m_verdict->clearReason();
    moveTo(m_queue->nextUndecided(row));
}

void TriageView::moveTo(int row)
{
    if (row < 0) {
        currentChanged(); // every one decided: the last stays shown, greyed in the queue
        m_header->setText(m_header->text() + u"<br><b>%1</b>"_qs.arg(tr("Every suspect is decided.").toHtmlEscaped()));
        return;
    }
    m_queue->setCurrentRow(row); // currentChanged() follows
}

void TriageView::updateProgress()
{
    const int total = int(m_queue->suspects().size());
    m_verdict->setProgress(total == 0 ? QString() : tr("%1 of %2 undecided").arg(m_queue->undecidedCount()).arg(total));
}

void TriageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_path.isEmpty())
        reload(); // titles and evidence are rendered in the reader's language when read
    QWidget::changeEvent(event);
}

} // namespace Govscope::Ui::Triage
