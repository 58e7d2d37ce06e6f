#include "reportgenerator.h"

#include "blobstore.h"
#include "bundlewriter.h"
#include "casefile.h"
#include "pdfrenderer.h"
#include "reportdocument.h"
#include "reportlog.h"
#include "serialization.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

namespace Govscope::Report {

Q_LOGGING_CATEGORY(lcReport, "govscope.report")

namespace {

// The same array and order as `govscope findings --format json` over the report's scope.
QByteArray findingsJson(const ReportData &data)
{
    QList<const Models::Finding *> all;
    for (const OrgSection &o : data.orgs)
        for (const Models::Finding &f : o.findings)
            all << &f;
    std::sort(all.begin(), all.end(), [](const Models::Finding *a, const Models::Finding *b) {
        return a->severity != b->severity ? a->severity > b->severity : a->id > b->id;
    });
    QJsonArray array;
    for (const Models::Finding *f : all)
        array.append(Models::findingToJson(*f));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

Result<ReportData> ReportGenerator::loadData(const ReportOptions &options)
{
    return ReportDataLoader::load(options.casePath, options.orgs, options.auditor, languageId(options.language));
}

Result<ChartImages> ReportGenerator::drawCharts(const ReportData &data, Language language)
{
    return ChartRenderer::render(data, language);
}

Result<std::optional<SigningIdentity>> ReportGenerator::loadIdentity(const ReportOptions &options)
{
    if (!options.signing.isSet())
        return std::optional<SigningIdentity>();
    auto identity = SigningIdentity::load(options.signing);
    if (!identity)
        return identity.error();
    return std::optional<SigningIdentity>(*identity);
}

Result<BundleSummary> ReportGenerator::writeBundle(const ReportOptions &options, const ReportData &data,
                                                   const ChartImages &charts,
                                                   const std::optional<SigningIdentity> &identity,
                                                   const Progress &progress)
{
    const Phrase p{options.language};
    const auto report = [&](const QString &stage, qint64 done, qint64 total) {
        return !progress || progress(stage, done, total);
    };
    if (!report(p(u"Building the document"_qs, u"生成报告正文"_qs), 0, 1))
        return makeError(QObject::tr("The report was cancelled."));

    Models::Connection conn(options.casePath, true);
    if (!conn.ok())
        return makeError(conn.error());
    const BlobFetcher fetch = [&](const QString &sha) -> Result<QByteArray> {
        auto bytes = Models::BlobStore::get(conn.db(), sha);
        if (!bytes)
            return makeError(QObject::tr("%1: evidence blob %2 cannot be read (%3).")
                                 .arg(options.casePath, sha, bytes.errorMessage()));
        return bytes;
    };
    QElapsedTimer timer;
    timer.start();
    auto document = ReportDocumentBuilder::build(data, charts, options.language, fetch);
    if (!document)
        return document.error();
    qCInfo(lcReport) << "document:" << document->html.size() << "characters," << document->evidence.size()
                     << "evidence files in" << timer.restart() << "ms";

    int pages = 0;
    auto pdf = PdfRenderer::render(*document, options.language, [&](int done, int total) {
        pages = total;
        return report(p(u"Painting the PDF"_qs, u"生成 PDF"_qs), done, total);
    });
    if (!pdf)
        return pdf.error();
    qCInfo(lcReport) << "pdf:" << pages << "pages," << pdf->size() << "bytes in" << timer.restart() << "ms";

    QList<BundleFile> files;
    files << BundleFile{u"report.pdf"_qs, *pdf} << BundleFile{u"report.html"_qs, document->html.toUtf8()}
          << BundleFile{u"findings.json"_qs, findingsJson(data)};
    for (auto it = document->evidence.cbegin(); it != document->evidence.cend(); ++it)
        files << BundleFile{it.key(), it.value()};
    if (!report(p(u"Writing the bundle"_qs, u"写入报告包"_qs), 0, 1))
        return makeError(QObject::tr("The report was cancelled."));
    if (Status s = BundleWriter::write(options.outPath, files, identity, data.generatedAt); !s)
        return s.error();
    qCInfo(lcReport) << "bundle written in" << timer.restart() << "ms";

    BundleSummary summary;
    summary.path = options.outPath;
    summary.organisations = int(data.orgs.size());
    summary.findings = data.findingCount();
    summary.falsePositives = data.falsePositives;
    summary.pages = pages;
    summary.evidenceFiles = int(document->evidence.size());
    summary.bytes = QFileInfo(options.outPath).size();
    summary.signer = identity ? identity->subject() : QString();
    return summary;
}

Result<BundleSummary> ReportGenerator::run(const ReportOptions &options, const Progress &progress)
{
    auto identity = loadIdentity(options);
    if (!identity)
        return identity.error();
    auto data = loadData(options);
    if (!data)
        return data.error();
    auto charts = drawCharts(*data, options.language);
    if (!charts)
        return charts.error();
    return writeBundle(options, *data, *charts, *identity, progress);
}

} // namespace Govscope::Report
