#include "pdfrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace Govscope::Report {

namespace {

constexpr int kResolution = 300;  // dots per inch of the PDF's coordinate space
constexpr qreal kMarginMm = 22.0; // left, right
constexpr qreal kTopMm = 28.0;    // room for the running header
constexpr qreal kBottomMm = 25.0; // room for the footer

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kResolution;
}

/// Serves the document's images from memory: charts from their data: URIs, evidence from the bundle's
/// files. Nothing is cached, so a report with hundreds of screenshots holds only the compressed bytes and
/// decodes each image when it is laid out or painted.
class ReportTextDocument final : public QTextDocument
{
public:
    explicit ReportTextDocument(const ReportDocument &document)
        : m_document(document)
    {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        if (name.scheme() == u"data"_qs) {
            const QString text = name.toString();
            const qsizetype comma = text.indexOf(u',');
            return QImage::fromData(QByteArray::fromBase64(text.mid(comma + 1).toLatin1()));
        }
        const auto it = m_document.evidence.constFind(name.toString());
        if (it == m_document.evidence.cend())
            return {};
        return QImage::fromData(*it);
    }

private:
    const ReportDocument &m_document;
};

void paintFrame(QPainter &painter, const QRectF &page, const QString &title, int number, int total, const Phrase &p)
{
    const QColor red(0xc0, 0x00, 0x00);
    QFont font(u"Noto Sans CJK SC"_qs);
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

    ReportTextDocument text(document);
    // Laid out against the PDF itself, so point sizes, CSS pixels and image sizes scale to its resolution.
    text.documentLayout()->setPaintDevice(&writer);
    QFont base(u"Noto Serif CJK SC"_qs);
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
