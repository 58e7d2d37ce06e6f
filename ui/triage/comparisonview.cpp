#include "comparisonview.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPen>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace Govscope::Ui::Triage {

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;

QGraphicsView *makeView(QGraphicsScene *scene, QWidget *parent)
{
    auto *view = new QGraphicsView(scene, parent);
    view->setDragMode(QGraphicsView::ScrollHandDrag);
    view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    view->setAlignment(Qt::AlignLeft | Qt::AlignTop); // both start at the same corner: the scrolls line up
    view->setBackgroundBrush(view->palette().window());
    view->setRenderHint(QPainter::SmoothPixmapTransform);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

// The check's summary starts with the role ("candidate: http://…"); the caption says the role itself.
QString withoutRole(const QString &summary, const QString &none)
{
    if (summary.isEmpty())
        return none;
    const qsizetype colon = summary.indexOf(QRegularExpression(u"[:：]\\s*"_qs));
    if (colon > 0 && colon < 20 && !summary.left(colon).contains(u'/'))
        return summary.mid(colon + 1).trimmed();
    return summary;
}

QLabel *makeCaption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(50);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long URLs are elided, not widening
    return label;
}
} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    m_leftScene = new QGraphicsScene(this);
    m_rightScene = new QGraphicsScene(this);
    m_candidate = m_leftScene->addPixmap({});
    m_wipeClip = m_leftScene->addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
    m_wipeClip->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_wipeClip->setZValue(1);
    m_wipeOriginal = new QGraphicsPixmapItem(m_wipeClip);
    m_wipeOriginal->setTransformationMode(Qt::SmoothTransformation);
    m_heat = m_leftScene->addPixmap({});
    m_heat->setZValue(2);
    m_heat->setTransformationMode(Qt::SmoothTransformation);
    m_heat->setVisible(false);
    QPen line(QColor(0x1e, 0x88, 0xe5), 3);
    line.setCosmetic(true);
    m_wipeLine = m_leftScene->addLine(QLineF(), line);
    m_wipeLine->setZValue(3);
    m_original = m_rightScene->addPixmap({});
    m_candidate->setTransformationMode(Qt::SmoothTransformation);
    m_original->setTransformationMode(Qt::SmoothTransformation);

    m_left = makeView(m_leftScene, this);
    m_right = makeView(m_rightScene, this);
    for (QGraphicsView *view : {m_left, m_right})
        view->viewport()->installEventFilter(this);
    // Either pane's scroll moves the other: the same spot of both pages stays in view.
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_left, m_right); });
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_left, m_right); });
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_right, m_left); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_right, m_left); });

    m_leftCaption = makeCaption(this);
    m_rightCaption = makeCaption(this);
    m_diffLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_wipeLabel = new QLabel(this);
    m_wipe = new QSlider(Qt::Horizontal, this);
    m_wipe->setRange(0, 100);
    m_wipe->setFocusPolicy(Qt::NoFocus); // the arrow keys stay with the queue and the panes
    connect(m_wipe, &QSlider::valueChanged, this, &ComparisonView::updateWipe);
    m_heatBox = new QCheckBox(this);
    m_heatBox->setFocusPolicy(Qt::NoFocus);
    connect(m_heatBox, &QCheckBox::toggled, this, [this](bool on) { m_heat->setVisible(on); });

    // Keys for the hands on the keyboard; the triage view adds these actions to itself as well.
    const auto addKey = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction *in = addKey(QKeySequence(Qt::Key_Plus), [this] { zoomIn(); });
    in->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    QAction *out = addKey(QKeySequence(Qt::Key_Minus), [this] { zoomOut(); });
    QAction *fit = addKey(QKeySequence(Qt::Key_0), [this] { fitWidth(); });
    addKey(QKeySequence(Qt::Key_H), [this] { m_heatBox->toggle(); });
    addKey(QKeySequence(Qt::Key_BracketLeft), [this] { m_wipe->setValue(m_wipe->value() - 10); });
    addKey(QKeySequence(Qt::Key_BracketRight), [this] { m_wipe->setValue(m_wipe->value() + 10); });
    auto *inButton = new QToolButton(this);
    inButton->setDefaultAction(in);
    auto *outButton = new QToolButton(this);
    outButton->setDefaultAction(out);
    auto *fitButton = new QToolButton(this);
    fitButton->setDefaultAction(fit);
    for (QToolButton *b : {inButton, outButton, fitButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly); // the key is in the text, as on the verdict buttons
        b->setFocusPolicy(Qt::NoFocus);
    }

    auto *controls = new QHBoxLayout;
    controls->addWidget(outButton);
    controls->addWidget(inButton);
    controls->addWidget(fitButton);
    controls->addWidget(m_zoomLabel);
    controls->addSpacing(16);
    controls->addWidget(m_wipeLabel);
    controls->addWidget(m_wipe, 1);
    controls->addSpacing(16);
    controls->addWidget(m_heatBox);
    controls->addWidget(m_diffLabel);
    controls->addStretch();

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftCaption, 0, 0);
    grid->addWidget(m_rightCaption, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);

    m_fitAction = fit;
    m_inAction = in;
    m_outAction = out;
    retranslate();
    showMessage({});
}

void ComparisonView::retranslate()
{
    m_inAction->setText(tr("Zoom in (+)"));
    m_outAction->setText(tr("Zoom out (-)"));
    m_fitAction->setText(tr("Fit width (0)"));
    m_wipeLabel->setText(tr("Wipe ([ ]):"));
    m_wipe->setToolTip(tr("Slide the original in over the candidate from the left"));
    m_heatBox->setText(tr("Heat map of differences (H)"));
    m_heatBox->setToolTip(tr("Yellow to red where the candidate's screenshot differs from the original's"));
    m_zoomLabel->setText(u"%1%"_qs.arg(qRound(m_zoom * 100)));
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparisonView::setPair(const QImage &candidate, const QImage &original, const QImage &heat,
                             const QString &candidateText, const QString &originalText, const QString &diffText)
{
    m_candidate->setPixmap(QPixmap::fromImage(candidate));
    m_original->setPixmap(QPixmap::fromImage(original));
    m_wipeOriginal->setPixmap(m_original->pixmap());
    m_imageSize = candidate.isNull() ? original.size() : candidate.size();
    m_heat->setPixmap(QPixmap::fromImage(heat));
    if (!heat.isNull() && !candidate.isNull())
        m_heat->setTransform(QTransform::fromScale(double(candidate.width()) / heat.width(),
                                                   double(candidate.height()) / heat.height()));
    m_leftScene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(candidate.isNull() ? original.size() : candidate.size())));
    m_rightScene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(original.isNull() ? candidate.size() : original.size())));
    const QString left = tr("Candidate: %1").arg(withoutRole(candidateText, tr("no screenshot")));
    const QString right = tr("Original: %1").arg(withoutRole(originalText, tr("no screenshot")));
    m_leftCaption->setText(left);
    m_leftCaption->setToolTip(left);
    m_rightCaption->setText(right);
    m_rightCaption->setToolTip(right);
    m_diffLabel->setText(diffText);
    updateWipe();
    applyZoom();
    m_left->horizontalScrollBar()->setValue(0);
    m_left->verticalScrollBar()->setValue(0);
}

void ComparisonView::showMessage(const QString &message)
{
    m_candidate->setPixmap({});
    m_original->setPixmap({});
    m_wipeOriginal->setPixmap({});
    m_heat->setPixmap({});
    m_imageSize = {};
    m_leftScene->setSceneRect(QRectF(0, 0, 1, 1));
    m_rightScene->setSceneRect(QRectF(0, 0, 1, 1));
    m_leftCaption->setText(message);
    m_leftCaption->setToolTip(message);
    m_rightCaption->clear();
    m_diffLabel->clear();
    updateWipe();
}

void ComparisonView::zoomIn()
{
    setZoom(m_zoom * kZoomStep, false);
}

void ComparisonView::zoomOut()
{
    setZoom(m_zoom / kZoomStep, false);
}

void ComparisonView::fitWidth()
{
    setZoom(m_zoom, true);
}

void ComparisonView::setZoom(double zoom, bool fit)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_fit = fit;
    applyZoom();
}

void ComparisonView::applyZoom()
{
    if (m_fit && m_imageSize.width() > 0) {
        const int room = m_left->viewport()->width() - 2;
        m_zoom = std::clamp(double(room) / m_imageSize.width(), kMinZoom, kMaxZoom);
    }
    const QTransform t = QTransform::fromScale(m_zoom, m_zoom);
    for (QGraphicsView *view : {m_left, m_right})
        view->setTransform(t);
    m_zoomLabel->setText(u"%1%"_qs.arg(qRound(m_zoom * 100)));
}

void ComparisonView::setHeatMapVisible(bool visible)
{
    m_heatBox->setChecked(visible);
}

bool ComparisonView::heatMapVisible() const
{
    return m_heatBox->isChecked();
}

void ComparisonView::setWipe(int percent)
{
    m_wipe->setValue(percent);
}

void ComparisonView::updateWipe()
{
    const double x = m_imageSize.width() * m_wipe->value() / 100.0;
    m_wipeClip->setRect(QRectF(0, 0, x, m_imageSize.height()));
    m_wipeClip->setVisible(m_wipe->value() > 0);
    m_wipeLine->setLine(QLineF(x, 0, x, m_imageSize.height()));
    m_wipeLine->setVisible(m_wipe->value() > 0 && m_wipe->value() < 100 && !m_imageSize.isEmpty());
}

void ComparisonView::syncScroll(QGraphicsView *from, QGraphicsView *to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    to->horizontalScrollBar()->setValue(from->horizontalScrollBar()->value());
    to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
    m_syncing = false;
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // both panes zoom about the same scene point: the one under the mouse in the pane it is over
            const double factor = wheel->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep;
            setZoom(m_zoom * factor, false);
            return true;
        }
    } else if (event->type() == QEvent::Resize && m_fit) {
        applyZoom();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Govscope::Ui::Triage
