#include "fingerprintrepository.h"

#include "blobstore.h"
#include "casefile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

namespace {

Error queryError(const QSqlQuery &q)
{
    return makeError(QObject::tr("Reading the observations of the case failed: %1").arg(q.lastError().text()));
}

QString categoriesJson(const QList<int> &categories)
{
    QJsonArray a;
    for (int c : categories)
        a.append(c);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<int> categoriesOf(const QString &json)
{
    QList<int> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toInt();
    return out;
}

} // namespace

Status FingerprintRepository::record(QSqlDatabase &db, qint64 scanId, const Observation &o)
{
    QString sha;
    if (!o.source.content.isEmpty()) {
        auto put = BlobStore::put(db, o.source.content);
        if (!put)
            return put.error();
        sha = *put;
    }
    QSqlQuery old(db);
    old.prepare(u"SELECT id FROM observations WHERE org = ? AND check_id = ? AND target = ?"_qs);
    for (const QString &v : {o.org, o.check, o.target})
        old.addBindValue(bindable(v));
    if (!old.exec())
        return queryError(old);
    if (old.next()) {
        const qint64 id = old.value(0).toLongLong();
        if (Status s = exec(db, u"DELETE FROM fingerprints WHERE observation = ?"_qs, {id}); !s)
            return s;
        if (Status s = exec(db, u"DELETE FROM observations WHERE id = ?"_qs, {id}); !s)
            return s;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO observations (scan, org, check_id, target, evidence, evidence_summary, at) "
                   "VALUES (?,?,?,?,?,?,?)"_qs);
    for (const QVariant &v : QVariantList{scanId, o.org, o.check, o.target, sha, o.source.summary,
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})
        insert.addBindValue(bindable(v));
    if (!insert.exec())
        return queryError(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    for (const Fingerprint &f : o.fingerprints)
        if (Status s = exec(db,
                            u"INSERT INTO fingerprints (observation, kind, product, version, cpe, categories, how) "
                            "VALUES (?,?,?,?,?,?,?)"_qs,
                            {id, f.kind, f.product, f.version, f.cpe, categoriesJson(f.categories), f.how});
            !s)
            return s;
    return Done{};
}

Result<QList<StoredObservation>> FingerprintRepository::all(QSqlDatabase &db)
{
    QList<StoredObservation> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, scan, org, check_id, target, evidence, evidence_summary, at FROM observations "
                "ORDER BY org, check_id, target"_qs))
        return queryError(q);
    while (q.next()) {
        StoredObservation o;
        o.id = q.value(0).toLongLong();
        o.scan = q.value(1).toLongLong();
        o.org = q.value(2).toString();
        o.check = q.value(3).toString();
        o.target = q.value(4).toString();
        o.evidence = q.value(5).toString();
        o.evidenceSummary = q.value(6).toString();
        o.at = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        index.insert(o.id, out.size());
        out << o;
    }
    QSqlQuery f(db);
    if (!f.exec(u"SELECT observation, kind, product, version, cpe, categories, how FROM fingerprints ORDER BY id"_qs))
        return queryError(f);
    while (f.next()) {
        const auto it = index.constFind(f.value(0).toLongLong());
        if (it == index.cend())
            continue;
        out[*it].fingerprints << Fingerprint{f.value(1).toString(),
                                             f.value(2).toString(),
                                             f.value(3).toString(),
                                             f.value(4).toString(),
                                             categoriesOf(f.value(5).toString()),
                                             f.value(6).toString()};
    }
    return out;
}

} // namespace Govscope::Models
