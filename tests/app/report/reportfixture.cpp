#include "reportfixture.h"

#include "casefile.h"
#include "casewriter.h"
#include "findingrepository.h"
#include "orgrepository.h"
#include "scanrepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace Govscope::Tests {

using namespace Models;

QByteArray ReportFixture::png(const QString &label, const QColor &colour, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, width, height / 6, colour);
    painter.setPen(Qt::white);
    QFont font(u"Noto Sans CJK SC"_qs);
    font.setPixelSize(height / 14);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, width, height / 6), Qt::AlignCenter, label);
    painter.setPen(Qt::darkGray);
    for (int y = height / 4; y < height - 20; y += 24)
        painter.fillRect(40, y, width - 80 - (y * 7 % 200), 10, QColor(0xdd, 0xdd, 0xdd));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString ReportFixture::create(const QString &path)
{
    if (Status s = CaseFile::open(path, CaseFile::Mode::CreateIfMissing); !s)
        return s.errorMessage();
    QString failure;
    {
        CaseWriter writer(path);
        QObject::connect(
            &writer, &CaseWriter::jobFailed, &writer, [&](const QString &m) { failure += m; }, Qt::DirectConnection);
        writer.submit([](QSqlDatabase &db) -> Status {
            Organization a{u"A001"_qs,
                           u"示例省大数据管理局"_qs,
                           OrgKind::PartyGov,
                           OrgLevel::Province,
                           OrgRole::Department,
                           u"990000"_qs,
                           QString(),
                           {u"https://www.dsj.example.gov.cn"_qs},
                           {u"dsj.example.gov.cn"_qs},
                           {},
                           {},
                           {},
                           true};
            Organization b{u"A002"_qs,
                           u"示例市第一人民医院"_qs,
                           OrgKind::Institution,
                           OrgLevel::City,
                           OrgRole::Unknown,
                           u"990100"_qs,
                           u"A001"_qs,
                           {u"https://www.yy.example.cn"_qs},
                           {},
                           {},
                           {u"cn.example.hospital"_qs},
                           {},
                           false};
            Organization c{u"A003"_qs,
                           u"示例县教育局"_qs,
                           OrgKind::PartyGov,
                           OrgLevel::County,
                           OrgRole::Department,
                           u"990101"_qs,
                           u"A001"_qs,
                           {u"https://jyj.example.gov.cn"_qs},
                           {},
                           {},
                           {},
                           {},
                           false};
            for (const Organization &o : {a, b, c})
                if (Status s = OrgRepository::upsert(db, o); !s)
                    return s;
            return OrgRepository::addDiscoveredAsset(db, u"A001"_qs, AssetType::Host, u"old.dsj.example.gov.cn"_qs);
        });
        const QStringList families{u"domain"_qs, u"counterfeit"_qs, u"datasec"_qs, u"mail"_qs, u"vuln"_qs};
        const QStringList orgs{u"A001"_qs, u"A002"_qs, u"A003"_qs};
        const QByteArray fake = png(u"仿冒网站 dsj-example.com"_qs, QColor(0xc0, 0x00, 0x00));
        const QByteArray original = png(u"示例省大数据管理局 官方网站"_qs, QColor(0x1f, 0x4e, 0x99));
        const QByteArray leak = png(u"数据泄露页面"_qs, QColor(0x55, 0x55, 0x55), 600, 300);
        writer.submit([=](QSqlDatabase &db) -> Status {
            auto scan = ScanRepository::create(db, families, orgs, "{}", u"test"_qs);
            if (!scan)
                return scan.error();
            if (Status s = ScanRepository::recordFeeds(db, *scan,
                                                       {{u"fingerprints/gov.json"_qs, QString::fromLatin1(kFeedSha)}});
                !s)
                return s;
            const QList<NewFinding> findings{
                {u"A001"_qs,
                 u"counterfeit"_qs,
                 u"counterfeit.lookalike_site"_qs,
                 u"www.dsj-example.com"_qs,
                 u"仿冒网站 www.dsj-example.com 与官方网站相似度 92%"_qs,
                 Severity::High,
                 {{u"screenshot"_qs, u"仿冒网站首页截图 https://www.dsj-example.com/"_qs, fake, u"image/png"_qs},
                  {u"screenshot"_qs, u"官方网站首页截图 https://www.dsj.example.gov.cn/"_qs, original, u"image/png"_qs},
                  {u"dns"_qs, u"www.dsj-example.com A 203.0.113.7"_qs, {}, {}}}},
                {u"A001"_qs,
                 u"datasec"_qs,
                 u"datasec.sensitive_disclosure"_qs,
                 u"https://www.dsj.example.gov.cn/gs/1.html"_qs,
                 u"公示页面泄露身份证号和手机号"_qs,
                 Severity::Critical,
                 {{u"http"_qs,
                   u"页面含身份证号 %1、手机号 %2（联系人张某）"_qs.arg(QString::fromLatin1(kRawIdNumber),
                                                                        QString::fromLatin1(kRawMobile)),
                   {},
                   {}},
                  {u"screenshot"_qs, u"泄露页面截图"_qs, leak, u"image/png"_qs},
                  {u"http"_qs, u"HTTP exchange"_qs, QByteArray("GET /gs/1.html HTTP/1.1\r\nHost: www\r\n\r\n"),
                   u"message/http"_qs}}},
                {u"A001"_qs,
                 u"mail"_qs,
                 u"mail.plaintext_protocol"_qs,
                 u"mail.dsj.example.gov.cn:110"_qs,
                 u"邮件服务器允许明文 POP3 登录"_qs,
                 Severity::High,
                 {{u"tcp"_qs, u"+OK POP3 ready; USER accepted without TLS"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"domain"_qs,
                 u"domain.institution_bad_suffix"_qs,
                 u"www.yy.example.cn"_qs,
                 u"事业单位网站未使用 .gov.cn 或公益域名"_qs,
                 Severity::Medium,
                 {{u"dns"_qs, u"www.yy.example.cn NS ns1.example.cn"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"vuln"_qs,
                 u"vuln.exposed_admin"_qs,
                 u"https://www.yy.example.cn/admin/"_qs,
                 u"后台管理页面对互联网开放"_qs,
                 Severity::High,
                 {{u"http"_qs, u"GET /admin/ 200 登录页"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"datasec"_qs,
                 u"datasec.hsts_missing"_qs,
                 u"www.yy.example.cn"_qs,
                 QString::fromUtf8(kFalsePositiveTitle),
                 Severity::Low,
                 {{u"http"_qs, u"no HSTS"_qs, {}, {}}}},
            };
            for (const NewFinding &f : findings)
                if (auto id = FindingRepository::record(db, *scan, f); !id)
                    return id.error();
            return ScanRepository::finish(db, *scan, u"finished"_qs);
        });
        // Second scan: the plaintext-mail finding is gone (fixed), a new one appears; the HSTS one is triaged
        // as a false positive.
        writer.submit([=](QSqlDatabase &db) -> Status {
            auto scan = ScanRepository::create(db, families, orgs, "{}", u"test"_qs);
            if (!scan)
                return scan.error();
            if (Status s = ScanRepository::recordFeeds(db, *scan,
                                                       {{u"fingerprints/gov.json"_qs, QString::fromLatin1(kFeedSha)}});
                !s)
                return s;
            const QList<NewFinding> seen{
                {u"A001"_qs,
                 u"counterfeit"_qs,
                 u"counterfeit.lookalike_site"_qs,
                 u"www.dsj-example.com"_qs,
                 u"仿冒网站 www.dsj-example.com 与官方网站相似度 92%"_qs,
                 Severity::High,
                 {{u"screenshot"_qs, u"仿冒网站首页截图 https://www.dsj-example.com/"_qs, fake, u"image/png"_qs},
                  {u"screenshot"_qs, u"官方网站首页截图 https://www.dsj.example.gov.cn/"_qs, original,
                   u"image/png"_qs}}},
                {u"A001"_qs,
                 u"datasec"_qs,
                 u"datasec.sensitive_disclosure"_qs,
                 u"https://www.dsj.example.gov.cn/gs/1.html"_qs,
                 u"公示页面泄露身份证号和手机号"_qs,
                 Severity::Critical,
                 {{u"http"_qs,
                   u"页面含身份证号 %1、手机号 %2（联系人张某）"_qs.arg(QString::fromLatin1(kRawIdNumber),
                                                                        QString::fromLatin1(kRawMobile)),
                   {},
                   {}},
                  {u"screenshot"_qs, u"泄露页面截图"_qs, leak, u"image/png"_qs},
                  {u"http"_qs, u"HTTP exchange"_qs, QByteArray("GET /gs/1.html HTTP/1.1\r\nHost: www\r\n\r\n"),
                   u"message/http"_qs}}},
                {u"A002"_qs,
                 u"domain"_qs,
                 u"domain.institution_bad_suffix"_qs,
                 u"www.yy.example.cn"_qs,
                 u"事业单位网站未使用 .gov.cn 或公益域名"_qs,
                 Severity::Medium,
                 {{u"dns"_qs, u"www.yy.example.cn NS ns1.example.cn"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"vuln"_qs,
                 u"vuln.exposed_admin"_qs,
                 u"https://www.yy.example.cn/admin/"_qs,
                 u"后台管理页面对互联网开放"_qs,
                 Severity::High,
                 {{u"http"_qs, u"GET /admin/ 200 登录页"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"datasec"_qs,
                 u"datasec.hsts_missing"_qs,
                 u"www.yy.example.cn"_qs,
                 QString::fromUtf8(kFalsePositiveTitle),
                 Severity::Low,
                 {{u"http"_qs, u"no HSTS"_qs, {}, {}}}},
                {u"A002"_qs,
                 u"datasec"_qs,
                 u"datasec.no_https"_qs,
                 u"http://www.yy.example.cn/"_qs,
                 u"网站未启用 HTTPS"_qs,
                 Severity::Medium,
                 {{u"http"_qs, u"http://www.yy.example.cn/ 200, no redirect"_qs, {}, {}}}},
            };
            for (const NewFinding &f : seen)
                if (auto id = FindingRepository::record(db, *scan, f); !id)
                    return id.error();
            if (Status s = FindingRepository::markUnseenFixed(db, *scan, orgs, families); !s)
                return s;
            return ScanRepository::finish(db, *scan, u"finished"_qs);
        });
        writer.submit([](QSqlDatabase &db) -> Status {
            Models::FindingFilter f;
            f.check = u"datasec.hsts_missing"_qs;
            auto found = FindingRepository::find(db, f);
            if (!found || found->isEmpty())
                return makeError(u"fixture: HSTS finding not recorded"_qs);
            return FindingRepository::setStatus(db, found->first().id, FindingStatus::FalsePositive, u"auditor"_qs,
                                                u"站点由上级统一配置 HSTS"_qs);
        });
        writer.flushAndWait();
    }
    return failure;
}

} // namespace Govscope::Tests
