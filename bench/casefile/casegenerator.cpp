#include "casegenerator.h"

#include "blobstore.h"
#include "casefile.h"
#include "findingsearchindex.h"
#include "orgrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <array>

namespace Govscope::Bench {

using namespace Models;

namespace {

const std::array<QString, 10> kFamilies{u"domain"_qs, u"identifier"_qs,  u"counterfeit"_qs, u"mail"_qs,  u"datasec"_qs,
                                        u"cloud"_qs,  u"supplychain"_qs, u"vuln"_qs,        u"links"_qs, u"entity"_qs};
// Title templates per family; %1 is the org's name, %2 the target. Chinese and English as real checks write.
const std::array<QString, 10> kTitles{
    u"域名%2未使用gov.cn后缀 (domain without gov.cn suffix)"_qs,
    u"%1网站未展示政府网站标识码"_qs,
    u"仿冒网站：%2疑似仿冒%1门户"_qs,
    u"Mail domain %2 has no DMARC record"_qs,
    u"%1的%2暴露数据库端口，存在数据泄露风险"_qs,
    u"%2 hosted on an unassessed cloud platform"_qs,
    u"%2引用的第三方脚本版本过旧"_qs,
    u"Known vulnerability in the web server of %2"_qs,
    u"%1网站存在失效链接 %2"_qs,
    u"%1的主体信息与备案不一致"_qs,
};

QString orgId(int i)
{
    return u"B%1"_qs.arg(i, 5, 10, QChar(u'0'));
}

QString orgName(int i)
{
    static const std::array<QString, 6> kinds{u"人民政府"_qs,       u"教育局"_qs,       u"卫生健康委员会"_qs,
                                              u"市场监督管理局"_qs, u"政务服务中心"_qs, u"公安局"_qs};
    return u"示例省第%1县%2"_qs.arg(i).arg(kinds[i % kinds.size()]);
}

Severity severityFor(quint32 r)
{
    const quint32 p = r % 100; // 30% info, 30% low, 25% medium, 10% high, 5% critical
    return p < 30   ? Severity::Info
           : p < 60 ? Severity::Low
           : p < 85 ? Severity::Medium
           : p < 95 ? Severity::High
                    : Severity::Critical;
}

Status execOrFail(QSqlQuery &q)
{
    if (!q.exec())
        return makeError(q.lastError().text());
    return Done{};
}

} // namespace

QByteArray CaseGenerator::orgsCsv(int count)
{
    QByteArray csv = "编号,名称,类型,层级,角色,行政区划代码,上级编号,网站,邮件域名,授权主动检测\n";
    for (int i = 0; i < count; ++i) {
        const QString parent = i == 0 ? QString() : orgId(i / 10);
        csv += u"%1,%2,党政机关,%3,政府,%4,%5,https://www%6.county%6.gov.cn;http://old%6.gov.cn,county%6.gov.cn,否\n"_qs
                   .arg(orgId(i), orgName(i),
                        i == 0    ? u"省级"_qs
                        : i < 100 ? u"市级"_qs
                                  : u"县级"_qs,
                        QString::number(510100 + i % 900), parent)
                   .arg(i)
                   .toUtf8();
    }
    return csv;
}

Status CaseGenerator::generate(const QString &path) const
{
    if (Status s = CaseFile::open(path, CaseFile::Mode::CreateIfMissing); !s)
        return s;
    Connection conn(path);
    if (!conn.ok())
        return makeError(conn.error());
    QSqlDatabase &db = conn.db();
    QElapsedTimer timer;
    timer.start();

    db.transaction();
    for (int i = 0; i < orgs; ++i) {
        Organization o;
        o.id = orgId(i);
        o.name = orgName(i);
        o.kind = OrgKind::PartyGov;
        o.level = i == 0 ? OrgLevel::Province : OrgLevel::County;
        o.parent = i == 0 ? QString() : orgId(i / 10);
        o.websites = {u"https://www%1.county%1.gov.cn"_qs.arg(i)};
        o.mailDomains = {u"county%1.gov.cn"_qs.arg(i)};
        if (Status s = OrgRepository::upsert(db, o); !s)
            return s;
    }
    db.commit();
    qInfo("orgs: %d in %lld ms", orgs, static_cast<long long>(timer.elapsed()));

    QSqlQuery finding(db), history(db), evidence(db), fts(db), bigram(db), blob(db);
    finding.prepare(u"INSERT INTO findings (id, org, family, check_id, severity, status, target, title, first_seen, "
                    "last_seen, last_scan) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_qs);
    history.prepare(u"INSERT INTO finding_status_history (finding, at, status, who, why) VALUES (?,?,?,?,?)"_qs);
    evidence.prepare(u"INSERT INTO evidence (finding, kind, summary, blob, mime, at) VALUES (?,?,?,?,?,?)"_qs);
    fts.prepare(u"INSERT INTO findings_fts (rowid, title, target, evidence) VALUES (?,?,?,?)"_qs);
    bigram.prepare(u"INSERT INTO findings_bigram (rowid, pairs) VALUES (?,?)"_qs);
    blob.prepare(u"INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?,?,?)"_qs);

    QRandomGenerator rng(20261125);
    const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    constexpr int kPerTransaction = 50000;
    constexpr int kBlobPool = 1000;
    QStringList blobShas;
    db.transaction();
    for (int b = 0; b < kBlobPool; ++b) {
        const QByteArray data = "HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n" + QByteArray::number(b).repeated(400);
        blobShas << BlobStore::hashOf(data);
        blob.addBindValue(blobShas.last());
        blob.addBindValue(data.size());
        blob.addBindValue(data);
        if (Status s = execOrFail(blob); !s)
            return s;
    }
    for (qint64 id = 1; id <= findings; ++id) {
        const int org = int((id - 1) % orgs);
        const int familyIndex = int(rng.bounded(quint32(kFamilies.size())));
        const QString &family = kFamilies[familyIndex];
        const QString target = u"www%1.county%2.gov.cn/p%3"_qs.arg(id % 97).arg(org).arg(id);
        QString title = kTitles[familyIndex];
        title.replace(u"%1"_qs, orgName(org)).replace(u"%2"_qs, target);
        const quint32 r = rng.generate();
        const QString status = r % 50 == 0 ? u"false_positive"_qs : r % 7 == 0 ? u"fixed"_qs : u"open"_qs;
        const QString at = base.addSecs(id).toString(Qt::ISODateWithMs);
        const QString summary = family == u"mail"_qs ? u"_dmarc.county%1.gov.cn 无 TXT 记录"_qs.arg(org)
                                                     : u"HTTP 200，页面标题：%1"_qs.arg(orgName(org));
        const QString sha = id % 5 == 0 ? blobShas[int(id % kBlobPool)] : QString(u""_qs);

        for (const QVariant &v : QVariantList{id, orgId(org), family, u"%1.check_%2"_qs.arg(family).arg(r % 8),
                                              int(severityFor(r >> 8)), status, target, title, at, at, 1})
            finding.addBindValue(v);
        for (const QVariant &v : QVariantList{id, at, u"open"_qs, u"govscope"_qs, u"first seen in scan 1"_qs})
            history.addBindValue(v);
        for (const QVariant &v :
             QVariantList{id, u"http"_qs, summary, sha, sha.isEmpty() ? u""_qs : u"text/plain"_qs, at})
            evidence.addBindValue(v);
        for (const QVariant &v : QVariantList{id, title, target, summary})
            fts.addBindValue(v);
        // As FindingRepository::record writes it (FindingSearchIndex::add), minus a prepare per row.
        bigram.addBindValue(id);
        bigram.addBindValue(FindingSearchIndex::tokensOf({title, target, summary}));
        for (QSqlQuery *q : {&finding, &history, &evidence, &fts, &bigram})
            if (Status s = execOrFail(*q); !s)
                return makeError(u"finding %1: %2"_qs.arg(id).arg(s.errorMessage()));
        if (id % kPerTransaction == 0) {
            if (!db.commit())
                return makeError(db.lastError().text());
            db.transaction();
            qInfo("findings: %lld in %lld ms", static_cast<long long>(id), static_cast<long long>(timer.elapsed()));
        }
    }
    if (!db.commit())
        return makeError(db.lastError().text());
    QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
    qInfo("generated in %lld ms", static_cast<long long>(timer.elapsed()));
    return Done{};
}

} // namespace Govscope::Bench
