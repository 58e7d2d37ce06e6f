#include "chartrenderer.h"

#include "checkcatalogue.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QThread>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace Govscope::Report {

namespace {

constexpr QSize kChartSize(960, 480);

QColor severityColour(Models::Severity s)
{
    switch (s) {
    case Models::Severity::Critical:
        return QColor(0x8b, 0x00, 0x00);
    case Models::Severity::High:
        return QColor(0xd9, 0x38, 0x1e);
    case Models::Severity::Medium:
        return QColor(0xf0, 0xa3, 0x0a);
    case Models::Severity::Low:
        return QColor(0x4a, 0x90, 0xd9);
    case Models::Severity::Info:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString severityName(Models::Severity s, Language language)
{
    if (language == Language::Chinese)
        return Models::chineseLabel(s);
    QString id = Models::toId(s);
    id[0] = id[0].toUpper();
    return id;
}

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font(u"Noto Sans CJK SC"_qs, pointSize);
    font.setBold(bold);
    return font;
}

void style(QChart &chart, const QString &title)
{
    chart.setTitle(title);
    chart.setTitleFont(chartFont(18, true));
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.legend()->setFont(chartFont(13));
    chart.legend()->setAlignment(Qt::AlignBottom);
}

// Counts are whole numbers: ticks at whole steps (the nice-number default would label 0.5 as "1").
void integerAxis(QValueAxis *axis, int maximum)
{
    const int interval = std::max(1, (maximum + 4) / 5);
    const int top = std::max(interval, interval * ((maximum + interval - 1) / interval));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, top);
    axis->setLabelFormat(u"%d"_qs);
}

// Renders through a scene rather than a QChartView: no widget is shown and the image size is exact.
QImage paint(QChart *chart)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->setGeometry(QRectF(QPointF(0, 0), kChartSize));
    QImage image(kChartSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), kChartSize), QRectF(QPointF(0, 0), kChartSize));
    painter.end();
    return image;
}

QImage bySeverityAndFamily(const ReportData &data, Language language, const Phrase &p)
{
    const QStringList families = Models::CheckCatalogue::families();
    QHash<QString, int> index;
    for (int i = 0; i < families.size(); ++i)
        index.insert(families.at(i), i);
    QList<QList<int>> counts(5, QList<int>(families.size(), 0));
    for (const OrgSection &o : data.orgs)
        for (const Models::Finding &f : o.findings)
            if (index.contains(f.family))
                ++counts[int(f.severity)][index.value(f.family)];

    auto *series = new QStackedBarSeries;
    for (int s = int(Models::Severity::Critical); s >= int(Models::Severity::Info); --s) {
        auto *set = new QBarSet(severityName(Models::Severity(s), language));
        set->setColor(severityColour(Models::Severity(s)));
        set->setBorderColor(Qt::white);
        for (int c : counts.at(s))
            *set << c;
        series->append(set);
    }
    auto *chart = new QChart;
    style(*chart, p(u"Findings by family and severity"_qs, u"各类别、各等级问题数量"_qs));
    chart->addSeries(series);
    QStringList labels;
    for (const QString &f : families)
        labels << (language == Language::English ? Models::CheckCatalogue::familyNameEn(f)
                                                 : Models::CheckCatalogue::familyNameZh(f));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    axisX->setLabelsFont(chartFont(11));
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%d"_qs);
    axisY->setLabelsFont(chartFont(11));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    int top = 0;
    for (int f = 0; f < families.size(); ++f) {
        int stack = 0;
        for (const QList<int> &perSeverity : counts)
            stack += perSeverity.at(f);
        top = std::max(top, stack);
    }
    integerAxis(axisY, top);
    axisX->setLabelsAngle(-30);
    axisX->setTruncateLabels(false);
    return paint(chart);
}

QImage byOrganisation(const ReportData &data, const Phrase &p)
{
    constexpr int kShown = 15;
    QList<const OrgSection *> orgs;
    for (const OrgSection &o : data.orgs)
        orgs << &o;
    std::stable_sort(orgs.begin(), orgs.end(),
                     [](const OrgSection *a, const OrgSection *b) { return a->findings.size() > b->findings.size(); });
    orgs = orgs.mid(0, kShown);
    std::reverse(orgs.begin(), orgs.end()); // horizontal bars are drawn bottom-up: the largest on top

    auto *set = new QBarSet(p(u"Findings"_qs, u"问题数"_qs));
    set->setColor(QColor(0xb0, 0x1c, 0x1c));
    QStringList labels;
    for (const OrgSection *o : orgs) {
        *set << o->findings.size();
        labels << (o->org.name.size() > 18 ? o->org.name.left(17) + u'…' : o->org.name);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    style(*chart,
          data.orgs.size() > kShown
              ? p(u"Organisations with the most findings (top %1)"_qs, u"问题最多的单位（前 %1 名）"_qs).arg(kShown)
              : p(u"Findings by organisation"_qs, u"各单位问题数量"_qs));
    chart->legend()->hide();
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    axisY->setLabelsFont(chartFont(11));
    axisY->setTruncateLabels(false);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(u"%d"_qs);
    axisX->setLabelsFont(chartFont(11));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    int top = 0;
    for (const OrgSection *o : orgs)
        top = std::max(top, int(o->findings.size()));
    integerAxis(axisX, top);
    return paint(chart);
}

QImage trend(const ReportData &data, const Phrase &p)
{
    auto *opened = new QLineSeries;
    opened->setName(p(u"New"_qs, u"新发现"_qs));
    opened->setColor(QColor(0xd9, 0x38, 0x1e));
    auto *fixed = new QLineSeries;
    fixed->setName(p(u"Fixed"_qs, u"已整改"_qs));
    fixed->setColor(QColor(0x2e, 0x8b, 0x57));
    auto *reopened = new QLineSeries;
    reopened->setName(p(u"Reopened"_qs, u"重新出现"_qs));
    reopened->setColor(QColor(0xf0, 0xa3, 0x0a));
    int top = 1;
    for (int i = 0; i < data.trend.size(); ++i) {
        const ScanTrend &t = data.trend.at(i);
        opened->append(i + 1, t.opened);
        fixed->append(i + 1, t.fixed);
        reopened->append(i + 1, t.reopened);
        top = std::max({top, t.opened, t.fixed, t.reopened});
    }
    auto *chart = new QChart;
    style(*chart, p(u"Trend across scans"_qs, u"历次检测问题变化趋势"_qs));
    auto *axisX = new QValueAxis;
    axisX->setRange(data.trend.size() > 1 ? 1 : 0, std::max<int>(2, int(data.trend.size())));
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickInterval(std::max<int>(1, int(data.trend.size()) / 10));
    axisX->setTickAnchor(1);
    axisX->setLabelFormat(u"%d"_qs);
    axisX->setTitleText(p(u"Scan"_qs, u"检测批次"_qs));
    axisX->setLabelsFont(chartFont(11));
    auto *axisY = new QValueAxis;
    integerAxis(axisY, top);
    axisY->setLabelsFont(chartFont(11));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *s : {opened, fixed, reopened}) {
        QPen pen = s->pen();
        pen.setWidth(4);
        s->setPen(pen);
        s->setPointsVisible(true);
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return paint(chart);
}

} // namespace

Result<ChartImages> ChartRenderer::render(const ReportData &data, Language language)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return makeError(QObject::tr("Report charts need a QApplication (Qt Charts draws with widgets); run the "
                                     "report from the workbench or `govscope report`, which create one."));
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return makeError(QObject::tr("Report charts must be drawn on the application's main thread."));
    const Phrase p{language};
    ChartImages images;
    images.bySeverityAndFamily = bySeverityAndFamily(data, language, p);
    images.byOrganisation = byOrganisation(data, p);
    images.trend = trend(data, p);
    return images;
}

} // namespace Govscope::Report
