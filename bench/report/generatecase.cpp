// Writes a synthetic case for the report benchmark: ORGS organisations, FINDINGS findings spread over the
// catalogue's checks, SHOTS distinct PNG screenshots (counterfeit findings get two), two scans with feeds.
// usage: bench_report_case OUT.govcase [orgs=200] [findings=20000] [shots=500]

#include "casefile.h"
#include "casewriter.h"
#include "checkcatalogue.h"
#include "findingrepository.h"
#include "orgrepository.h"
#include "reportfixture.h"
#include "scanrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

using namespace Govscope;
using namespace Govscope::Models;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the screenshots are drawn with QPainter and fonts
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_report_case OUT.govcase [orgs] [findings] [shots]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int orgCount = args.value(2, u"200"_qs).toInt();
    const int findingCount = args.value(3, u"20000"_qs).toInt();
    const int shotCount = args.value(4, u"500"_qs).toInt();
    if (QFile::exists(path)) {
        QTextStream(stderr) << path << " exists; remove it first\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (Status s = CaseFile::open(path, CaseFile::Mode::CreateIfMissing); !s) {
        QTextStream(stderr) << s.errorMessage() << '\n';
        return 1;
    }
    QList<QByteArray> shots;
    for (int i = 0; i < shotCount; ++i)
        shots << Tests::ReportFixture::png(u"仿冒网站 %1"_qs.arg(i), QColor::fromHsv((i * 37) % 360, 200, 180), 1024,
                                           640);
    const QList<CheckMeta> checks = CheckCatalogue::all();
    const QStringList levels{u"省级"_qs, u"市级"_qs, u"县级"_qs};
    QStringList orgIds;
    int failures = 0;
    {
        CaseWriter writer(path);
        QObject::connect(
            &writer, &CaseWriter::jobFailed, &writer,
            [&](const QString &m) {
                ++failures;
                QTextStream(stderr) << m << '\n';
            },
            Qt::DirectConnection);
        for (int o = 0; o < orgCount; ++o) {
            Organization org;
            org.id = u"B%1"_qs.arg(o, 4, 10, QLatin1Char('0'));
            org.name = u"示例省第%1号单位（%2）"_qs.arg(o + 1).arg(levels.at(o % 3));
            org.kind = o % 5 == 0 ? OrgKind::Institution : OrgKind::PartyGov;
            org.level = OrgLevel(2 + o % 3);
            org.websites = {u"https://www%1.example.gov.cn"_qs.arg(o)};
            org.mailDomains = {u"mail%1.example.gov.cn"_qs.arg(o)};
            orgIds << org.id;
            writer.submit([org](QSqlDatabase &db) { return OrgRepository::upsert(db, org); });
        }
        for (int scanNo = 0; scanNo < 2; ++scanNo) {
            // The second scan sees 90% of the findings again; the rest become fixed.
            const int seen = scanNo == 0 ? findingCount : findingCount * 9 / 10;
            auto scanId = std::make_shared<qint64>(0);
            writer.submit([=](QSqlDatabase &db) -> Status {
                auto id = ScanRepository::create(db, CheckCatalogue::families(), orgIds, "{}", u"bench"_qs);
                if (!id)
                    return id.error();
                *scanId = *id;
                return ScanRepository::recordFeeds(
                    db, *id,
                    {{u"vuln/kev.json"_qs, QString(64, u'a')}, {u"fingerprints/gov.json"_qs, QString(64, u'b')}});
            });
            constexpr int kBatch = 200;
            for (int start = 0; start < seen; start += kBatch) {
                QList<NewFinding> batch;
                for (int i = start; i < std::min(seen, start + kBatch); ++i) {
                    const CheckMeta &check = checks.at(i % checks.size());
                    NewFinding f{orgIds.at(i % orgCount),
                                 check.family,
                                 check.id,
                                 u"host%1.www%2.example.gov.cn"_qs.arg(i).arg(i % orgCount),
                                 check.titleZh,
                                 check.severity,
                                 {}};
                    f.evidence << NewEvidence{
                        u"http"_qs,
                        u"GET https://host%1/ 200; Server: nginx; 联系电话 0571-8800%2"_qs.arg(i).arg(i % 1000, 4, 10,
                                                                                                      QLatin1Char('0')),
                        {},
                        {}};
                    // 500 screenshots over the counterfeit findings: the look-alike and the original.
                    if (check.family == u"counterfeit"_qs && shotCount > 1) {
                        const int a = (i * 2) % shotCount;
                        f.evidence << NewEvidence{u"screenshot"_qs, u"仿冒页面截图"_qs, shots.at(a), u"image/png"_qs}
                                   << NewEvidence{u"screenshot"_qs, u"原网站截图"_qs, shots.at((a + 1) % shotCount),
                                                  u"image/png"_qs};
                    }
                    batch << f;
                }
                writer.submit([batch, scanId](QSqlDatabase &db) -> Status {
                    for (const NewFinding &f : batch)
                        if (auto id = FindingRepository::record(db, *scanId, f); !id)
                            return id.error();
                    return Done{};
                });
            }
            writer.submit([=](QSqlDatabase &db) -> Status {
                if (scanNo == 1)
                    if (Status s = FindingRepository::markUnseenFixed(db, *scanId, orgIds, CheckCatalogue::families());
                        !s)
                        return s;
                return ScanRepository::finish(db, *scanId, u"finished"_qs);
            });
            writer.flushAndWait();
        }
        // A few false positives, as triage would leave them.
        writer.submit([](QSqlDatabase &db) -> Status {
            for (qint64 id = 1; id <= 200; id += 10)
                if (Status s =
                        FindingRepository::setStatus(db, id, FindingStatus::FalsePositive, u"bench"_qs, u"误报"_qs);
                    !s)
                    return s;
            return Done{};
        });
        writer.flushAndWait();
    }
    QTextStream(stdout) << "wrote " << path << ": " << orgCount << " orgs, " << findingCount << " findings, "
                        << shotCount << " screenshots in " << timer.elapsed() / 1000.0 << " s\n";
    return failures == 0 ? 0 : 1;
}
