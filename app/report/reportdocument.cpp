#include "reportdocument.h"

#include "checkcatalogue.h"
#include "htmlparts.h"
#include "orgsectionwriter.h"

#include <QBuffer>
#include <QFile>

namespace Govscope::Report {

using namespace Html;

namespace {

QString styleSheet()
{
    QFile css(u":/report/report.css"_qs);
    css.open(QIODevice::ReadOnly);
    return QString::fromUtf8(css.readAll());
}

QString dataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_qs + QString::fromLatin1(png.toBase64());
}

QString scopeText(const ReportData &data, const Phrase &p)
{
    QStringList names;
    for (const OrgSection &o : data.orgs)
        names << o.org.name;
    if (names.size() <= 5)
        return names.join(p(u", "_qs, u"、"_qs));
    return p(u"%1 and %2 more organisations"_qs, u"%1等 %2 个单位"_qs)
        .arg(names.mid(0, 3).join(p(u", "_qs, u"、"_qs)))
        .arg(p.language == Language::English ? names.size() - 3 : names.size());
}

QString periodText(const ReportData &data, Language language, const Phrase &p)
{
    if (data.scans.isEmpty())
        return p(u"no scan recorded"_qs, u"无检测记录"_qs);
    return p(u"%1 to %2 (%3 scans)"_qs, u"%1 至 %2（共 %3 次检测）"_qs)
        .arg(dateText(data.periodStart(), language), dateText(data.periodEnd(), language))
        .arg(data.scans.size());
}

QString cover(const ReportData &data, const QString &title, Language language, const Phrase &p)
{
    QString html = u"<div class=\"cover\">\n"_qs;
    html += u"<p class=\"issuer\">%1</p>\n"_qs.arg(
        esc(p(u"Internet Government Application Security Inspection"_qs, u"互联网政务应用安全检查"_qs)));
    html += u"<table class=\"rule\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td></td></tr></table>\n"_qs;
    html += u"<h1 class=\"title\">%1</h1>\n"_qs.arg(esc(title));
    html += u"<p class=\"subtitle\">%1</p>\n"_qs.arg(esc(scopeText(data, p)));
    html += u"<table class=\"cover-facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">\n"_qs;
    html += row(p(u"Case file"_qs, u"案卷文件"_qs), esc(data.caseName));
    html +=
        row(p(u"Scope"_qs, u"检查范围"_qs), esc(p(u"%1 organisation(s)"_qs, u"%1 个单位"_qs).arg(data.orgs.size())));
    html += row(p(u"Period"_qs, u"检查期间"_qs), esc(periodText(data, language, p)));
    html += row(p(u"Auditor"_qs, u"检查人员"_qs), esc(data.auditor.isEmpty() ? u"—"_qs : data.auditor));
    html += row(p(u"Findings"_qs, u"发现问题"_qs),
                esc(p(u"%1 (false positives left out: %2)"_qs, u"%1 项（已排除误报 %2 项）"_qs)
                        .arg(data.findingCount())
                        .arg(data.falsePositives)));
    html += row(p(u"Feed versions"_qs, u"检测数据版本"_qs),
                esc(data.feeds.isEmpty()
                        ? p(u"none recorded"_qs, u"无记录"_qs)
                        : p(u"%1 feed files, SHA-256 listed in the appendix"_qs, u"%1 个数据文件，SHA-256 见附录"_qs)
                              .arg(data.feeds.size())));
    html += row(p(u"Issued"_qs, u"出具日期"_qs), esc(dateText(data.generatedAt, language)));
    html += u"</table>\n"_qs;
    html += u"<p class=\"notice\">%1</p>\n"_qs.arg(
        esc(p(u"This report is issued under the Regulations on the Security Management of Internet Government "
              "Applications (2024). The bundle it came in is signed; check it with `govscope verify` or "
              "`openssl cms -verify` before relying on it."_qs,
              u"本报告依据《互联网政务应用安全管理规定》出具。报告包附有数字签名，使用前请以 govscope verify 或 "
              "openssl cms -verify 核验其完整性。"_qs)));
    return html + u"</div>\n"_qs;
}

QString summary(const ReportData &data, const ChartImages &charts, Language language, const Phrase &p)
{
    QString html = u"<h1 class=\"chapter\">%1</h1>\n"_qs.arg(esc(p(u"1 Executive summary"_qs, u"一、总体情况"_qs)));
    QList<int> totals(5, 0);
    for (const OrgSection &o : data.orgs)
        for (const Models::Finding &f : o.findings)
            ++totals[int(f.severity)];
    int affected = 0;
    for (const OrgSection &o : data.orgs)
        affected += o.findings.isEmpty() ? 0 : 1;
    html += u"<p>%1</p>\n"_qs.arg(esc(
        p(u"%1 organisations were checked; %2 of them have problems. %3 findings are reported: %4 critical, %5 high, "
          "%6 medium, %7 low and %8 informational. %9 findings judged false positives are left out."_qs,
          u"本次共检查 %1 个单位，其中 %2 个单位存在问题，共发现问题 %3 项：严重 %4 项、高危 %5 项、中危 %6 项、低危 "
          u"%7 项、"
          "提示 %8 项。另有 %9 项经核实为误报，未列入本报告。"_qs)
            .arg(data.orgs.size())
            .arg(affected)
            .arg(data.findingCount())
            .arg(totals[4])
            .arg(totals[3])
            .arg(totals[2])
            .arg(totals[1])
            .arg(totals[0])
            .arg(data.falsePositives)));
    for (const QImage &chart : {charts.bySeverityAndFamily, charts.byOrganisation, charts.trend})
        if (!chart.isNull())
            html += u"<p class=\"chart\"><img src=\"%1\" width=\"600\" height=\"%2\"/></p>\n"_qs.arg(dataUri(chart))
                        .arg(600 * chart.height() / chart.width());

    html +=
        u"<h1 class=\"chapter\">%1</h1>\n"_qs.arg(esc(p(u"2 Findings by organisation"_qs, u"二、各单位问题统计"_qs)));
    html +=
        u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th>"_qs.arg(
            esc(p(u"Organisation"_qs, u"单位"_qs)), esc(p(u"Total"_qs, u"合计"_qs)));
    for (int s = 4; s >= 0; --s)
        html += u"<th>%1</th>"_qs.arg(esc(severityLabel(Models::Severity(s), language)));
    html += u"<th>%1</th></tr>\n"_qs.arg(esc(p(u"False positives"_qs, u"误报"_qs)));
    for (const OrgSection &o : data.orgs) {
        QList<int> counts(5, 0);
        for (const Models::Finding &f : o.findings)
            ++counts[int(f.severity)];
        html += u"<tr><td>%1</td><td class=\"num\">%2</td>"_qs.arg(esc(o.org.name)).arg(o.findings.size());
        for (int s = 4; s >= 0; --s)
            html += u"<td class=\"num\">%1</td>"_qs.arg(counts[s]);
        html += u"<td class=\"num\">%1</td></tr>\n"_qs.arg(o.falsePositives);
    }
    return html + u"</table>\n"_qs;
}

QString appendix(const ReportData &data, Language language, const Phrase &p)
{
    QString html = u"<h1 class=\"chapter\">%1</h1>\n"_qs.arg(
        esc(p(u"4 Appendix: method and feeds"_qs, u"四、附录：检查方法与数据"_qs)));
    html += u"<h2>%1</h2>\n<p>%2</p>\n"_qs.arg(
        esc(p(u"Method"_qs, u"检查方法"_qs)),
        esc(p(u"Govscope checked the organisations' declared and discovered internet applications from outside, as "
              "any member of the public could, in ten families of checks: %1. Active tests ran only for "
              "organisations that authorised them. Every finding cites its evidence; screenshots and records are "
              "in the evidence folder of the bundle, named by their SHA-256."_qs,
              u"Govscope 以公众可见的方式，从外部对各单位申报和发现的互联网政务应用开展检查，检查类别共十类：%1。"
              "主动检测仅对已授权单位开展。每项问题均附证据，截图及记录以 SHA-256 命名存放于报告包 evidence 目录。"_qs)
                .arg([&] {
                    QStringList names;
                    for (const QString &f : Models::CheckCatalogue::families())
                        names << familyName(f, language);
                    return names.join(p(u", "_qs, u"、"_qs));
                }())));
    html += u"<h2>%1</h2>\n"_qs.arg(esc(p(u"Scans"_qs, u"检测记录"_qs)));
    if (data.scans.isEmpty()) {
        html += u"<p>%1</p>\n"_qs.arg(esc(p(u"No scan is recorded in the case."_qs, u"案卷中无检测记录。"_qs)));
    } else {
        html += u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th>"
                "<th>%3</th><th>%4</th><th>%5</th></tr>\n"_qs.arg(
                    esc(p(u"Scan"_qs, u"批次"_qs)), esc(p(u"Started"_qs, u"开始时间"_qs)),
                    esc(p(u"Finished"_qs, u"结束时间"_qs)), esc(p(u"Status"_qs, u"状态"_qs)),
                    esc(p(u"New / fixed / reopened"_qs, u"新发现 / 已整改 / 重新出现"_qs)));
        for (int i = 0; i < data.scans.size(); ++i) {
            const Models::Scan &s = data.scans.at(i);
            const ScanTrend t = i < data.trend.size() ? data.trend.at(i) : ScanTrend{};
            html +=
                u"<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"num\">%5 / %6 / %7</td></tr>\n"_qs
                    .arg(s.id)
                    .arg(esc(dateTimeText(s.startedAt, language)), esc(dateTimeText(s.finishedAt, language)),
                         esc(s.status))
                    .arg(t.opened)
                    .arg(t.fixed)
                    .arg(t.reopened);
        }
        html += u"</table>\n"_qs;
    }
    html += u"<h2>%1</h2>\n"_qs.arg(esc(p(u"Feed files used"_qs, u"检测数据文件"_qs)));
    if (data.feeds.isEmpty()) {
        html += u"<p>%1</p>\n"_qs.arg(esc(p(u"The scans recorded no feed files."_qs, u"检测未记录数据文件。"_qs)));
    } else {
        html +=
            u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>SHA-256</th>"
            "<th>%2</th></tr>\n"_qs.arg(esc(p(u"File"_qs, u"文件"_qs)), esc(p(u"Scans"_qs, u"批次"_qs)));
        for (const FeedUse &f : data.feeds) {
            QStringList scans;
            for (qint64 s : f.scans)
                scans << QString::number(s);
            html += u"<tr><td class=\"mono\">%1</td><td class=\"hash\">%2</td><td>%3</td></tr>\n"_qs.arg(
                esc(f.path), esc(f.sha256), esc(scans.join(u", "_qs)));
        }
        html += u"</table>\n"_qs;
    }
    return html;
}

} // namespace

QString ReportDocumentBuilder::extensionFor(const QString &mime)
{
    static const QHash<QString, QString> known{
        {u"image/png"_qs, u"png"_qs},         {u"image/jpeg"_qs, u"jpg"_qs},      {u"image/gif"_qs, u"gif"_qs},
        {u"image/webp"_qs, u"webp"_qs},       {u"image/svg+xml"_qs, u"svg"_qs},   {u"text/html"_qs, u"html"_qs},
        {u"application/json"_qs, u"json"_qs}, {u"application/pdf"_qs, u"pdf"_qs}, {u"message/http"_qs, u"txt"_qs}};
    const QString base = mime.section(u';', 0, 0).trimmed().toLower();
    if (known.contains(base))
        return known.value(base);
    return base.startsWith(u"text/"_qs) ? u"txt"_qs : u"bin"_qs;
}

Result<ReportDocument> ReportDocumentBuilder::build(const ReportData &data, const ChartImages &charts,
                                                    Language language, const BlobFetcher &fetchBlob)
{
    const Phrase p{language};
    ReportDocument doc;
    doc.title =
        data.orgs.size() == 1
            ? p(u"Security inspection and rectification notice: %1"_qs, u"%1互联网政务应用安全检查及整改通知"_qs)
                  .arg(data.orgs.first().org.name)
            : p(u"Internet government application security inspection report"_qs, u"互联网政务应用安全检查报告"_qs);
    QString body;
    body += cover(data, doc.title, language, p);
    body += summary(data, charts, language, p);
    body += u"<h1 class=\"chapter\">%1</h1>\n"_qs.arg(
        esc(p(u"3 Findings and required rectification by organisation"_qs, u"三、各单位问题及整改要求"_qs)));
    OrgSectionWriter writer(language, fetchBlob, doc);
    for (int i = 0; i < data.orgs.size(); ++i) {
        auto section = writer.write(data.orgs.at(i), i + 1);
        if (!section)
            return section.error();
        body += *section;
    }
    body += appendix(data, language, p);

    doc.html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
               "<style>\n%3</style>\n</head>\n<body>\n%4</body>\n</html>\n"_qs.arg(
                   language == Language::English ? u"en"_qs : u"zh-CN"_qs, esc(doc.title), styleSheet(), body);
    return doc;
}

} // namespace Govscope::Report
