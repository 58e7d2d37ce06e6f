#include "pdfrenderer.h"

#include "reportlog.h"
#include <QElapsedTimer>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCache>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace Govscope::Report {

namespace {

// The PDF's text must be searchable and copyable as the ideographs a reader types. With Noto CJK, Qt's
// PDF writer writes the ToUnicode entries of some glyphs as Kangxi radicals (网 becomes U+2F79), because
// that font maps both code points to one glyph; WenQuanYi Zen Hei (fonts-wqy-zenhei) has no such twins.
constexpr const char *kPdfFontFamily = "WenQuanYi Zen Hei";

constexpr int kResolution = 300;  // dots per inch of the PDF's coordinate space
constexpr qreal kMarginMm = 22.0; // left, right
constexpr qreal kTopMm = 28.0;    // room for the running header
constexpr qreal kBottomMm = 25.0; // room for the footer

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kResolution;
}

/// Serves the document's images from memory: charts from their data: URIs, evidence from the bundle's
/// files. Each image is decoded once, already scaled to the largest size the document shows it at (at
/// 1.5 pixels per CSS pixel, about 144 dpi on paper), and kept in a bounded cache: the PDF writer embeds an
/// image once per QImage, so a screenshot cited by many findings is stored in the PDF once while it stays
/// cached, and the cache keeps memory bounded for reports with hundreds of screenshots.
class ReportTextDocument final : public QTextDocument
{
public:
    explicit ReportTextDocument(const ReportDocument &document)
        : m_document(document)
    {
        static const QRegularExpression img(u"<img src=\"([^\"]+)\" width=\"(\\d+)\""_qs);
        for (auto it = img.globalMatch(document.html); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).startsWith(u"data:"_qs))
                m_shownWidth[m.captured(1)] = std::max(m_shownWidth.value(m.captured(1)), m.captured(2).toInt());
        }
        m_images.setMaxCost(kCacheKiB);
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        const QString key = name.toString();
        if (const QImage *cached = m_images.object(key))
            return *cached;
        QImage image;
        if (name.scheme() == u"data"_qs) {
            const qsizetype comma = key.indexOf(u',');
            image = QImage::fromData(QByteArray::fromBase64(key.mid(comma + 1).toLatin1()));
        } else {
            const auto it = m_document.evidence.constFind(key);
            if (it == m_document.evidence.cend())
                return {};
            QBuffer buffer(const_cast<QByteArray *>(&*it));
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            const int wanted = int(m_shownWidth.value(key) * 1.5);
            const QSize size = reader.size();
            if (wanted > 0 && size.isValid() && size.width() > wanted)
                reader.setScaledSize(QSize(wanted, std::max(1, size.height() * wanted / size.width())));
            image = reader.read();
        }
        if (image.isNull())
            return {};
        const int cost = int(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
        auto *entry = new QImage(image);
        if (!m_images.insert(key, entry, cost))
            return image; // larger than the whole cache: used once and dropped
        return *entry;
    }

private:
    static constexpr int kCacheKiB = 320 * 1024;
    const ReportDocument &m_document;
    QHash<QString, int> m_shownWidth;
    QCache<QString, QImage> m_images;
};

void paintFrame(QPainter &painter, const QRectF &page, const QString &title, int number, int total, const Phrase &p)
{
    const QColor red(0xc0, 0x00, 0x00);
    QFont font(QString::fromLatin1(kPdfFontFamily));
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF header(mm(kMarginMm), mm(10), page.width() - 2 * mm(kMarginMm), mm(kTopMm - 14));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, p(u"Govscope"_qs, u"Govscope 政务应用监测工作台"_qs));
    painter.setPen(QPen(red, mm(0.4)));
    painter.drawLine(QPointF(header.left(), header.bottom() + mm(1.5)),
                     QPointF(header.right(), header.bottom() + mm(1.5)));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF footer(mm(kMarginMm), page.height() - mm(kBottomMm - 8), page.width() - 2 * mm(kMarginMm), mm(8));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                     p(u"Page %1 of %2"_qs, u"第 %1 页 共 %2 页"_qs).arg(number).arg(total));
}

} // namespace

Result<QByteArray> PdfRenderer::render(const ReportDocument &document, Language language, const Progress &progress)
{
    const Phrase p{language};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(u"Govscope"_qs);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);

    QElapsedTimer timer;
    timer.start();
    ReportTextDocument text(document);
    // Laid out against the PDF itself, so point sizes, CSS pixels and image sizes scale to its resolution.
    text.documentLayout()->setPaintDevice(&writer);
    QFont base(QString::fromLatin1(kPdfFontFamily));
    base.setPointSizeF(10.5);
    text.setDefaultFont(base);
    text.setHtml(document.html);
    QTextFrameFormat root = text.rootFrame()->frameFormat();
    root.setMargin(0);
    text.rootFrame()->setFrameFormat(root);

    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const QSizeF body(page.width() - 2 * mm(kMarginMm), page.height() - mm(kTopMm) - mm(kBottomMm));
    text.setPageSize(body);
    const int pages = text.pageCount();
    qCInfo(lcReport) << "layout:" << pages << "pages in" << timer.restart() << "ms";

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(QObject::tr("Could not start the PDF writer."));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        paintFrame(painter, page, document.title, i + 1, pages, p);
        painter.save();
        painter.translate(mm(kMarginMm), mm(kTopMm) - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, i * body.height()), body);
        painter.setClipRect(context.clip);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        if (progress && !progress(i + 1, pages)) {
            painter.end();
            return makeError(QObject::tr("The report was cancelled."));
        }
    }
    painter.end();
    return pdf;
}

} // namespace Govscope::Report
