#pragma once

#include <QImage>
#include <QWidget>

class QAction;
class QCheckBox;
class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QGraphicsLineItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QSlider;

namespace Govscope::Ui::Triage {

/// The candidate's and the original's screenshots side by side, scrolled and zoomed together. Over the
/// candidate: a wipe (the original slid in from the left up to the slider) and a heat map of where the two
/// differ. Only displays; the pictures come decoded.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    /// Shows a pair; @p heat (any size) is stretched over the candidate. Keeps the zoom and the wipe.
    void setPair(const QImage &candidate, const QImage &original, const QImage &heat, const QString &candidateText,
                 const QString &originalText, const QString &diffText);
    /// No pictures, and @p message where they would be.
    void showMessage(const QString &message);

    void zoomIn();
    void zoomOut();
    /// Fits the screenshot's width into its pane, and keeps it fitted as the pane resizes.
    void fitWidth();
    double zoom() const { return m_zoom; }
    void setHeatMapVisible(bool visible);
    bool heatMapVisible() const;
    /// 0 shows the candidate alone, 100 the original alone over the candidate's pane.
    void setWipe(int percent);

    // For tests.
    QGraphicsView *candidateView() const { return m_left; }
    QGraphicsView *originalView() const { return m_right; }
    QSlider *wipeSlider() const { return m_wipe; }
    QCheckBox *heatMapBox() const { return m_heatBox; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setZoom(double zoom, bool fit);
    void applyZoom();
    void updateWipe();
    void syncScroll(QGraphicsView *from, QGraphicsView *to);
    void retranslate();

    QGraphicsScene *m_leftScene = nullptr;
    QGraphicsScene *m_rightScene = nullptr;
    QGraphicsView *m_left = nullptr;
    QGraphicsView *m_right = nullptr;
    QGraphicsPixmapItem *m_candidate = nullptr;
    QGraphicsPixmapItem *m_original = nullptr;
    QGraphicsRectItem *m_wipeClip = nullptr;
    QGraphicsPixmapItem *m_wipeOriginal = nullptr;
    QGraphicsLineItem *m_wipeLine = nullptr;
    QGraphicsPixmapItem *m_heat = nullptr;
    QLabel *m_leftCaption = nullptr;
    QLabel *m_rightCaption = nullptr;
    QLabel *m_diffLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_wipeLabel = nullptr;
    QSlider *m_wipe = nullptr;
    QCheckBox *m_heatBox = nullptr;
    QAction *m_inAction = nullptr;
    QAction *m_outAction = nullptr;
    QAction *m_fitAction = nullptr;
    QSize m_imageSize;
    double m_zoom = 1.0;
    bool m_fit = true;
    bool m_syncing = false;
};

} // namespace Govscope::Ui::Triage
