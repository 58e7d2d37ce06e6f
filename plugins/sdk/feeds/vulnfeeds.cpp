#include "vulnfeeds.h"

#include "feeds.h"
#include "versions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace Govscope::Sdk {

namespace {

/// CPE 2.3 formatted string fields; "\:" escapes a colon inside a field.
QStringList cpeFields(const QString &cpe)
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < cpe.size(); ++i) {
        if (cpe.at(i) == u'\\' && i + 1 < cpe.size()) {
            cur += cpe.at(++i);
        } else if (cpe.at(i) == u':') {
            out << cur;
            cur.clear();
        } else {
            cur += cpe.at(i);
        }
    }
    out << cur;
    return out;
}

Result<QJsonObject> object(const QByteArray &json, const QString &origin, const QString &expected)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(QObject::tr("%1: not JSON (%2 at offset %3); expected %4")
                             .arg(origin, error.errorString())
                             .arg(error.offset)
                             .arg(expected));
    return doc.object();
}

void readMetrics(const QJsonObject &metrics, CveRecord &r)
{
    for (const QString &key : {u"cvssMetricV31"_qs, u"cvssMetricV30"_qs, u"cvssMetricV2"_qs}) {
        const QJsonArray list = metrics.value(key).toArray();
        if (list.isEmpty())
            continue;
        // the NVD's own ("Primary") score first
        QJsonObject chosen = list.first().toObject();
        for (const QJsonValue &m : list)
            if (m.toObject().value(u"type"_qs).toString() == u"Primary"_qs)
                chosen = m.toObject();
        const QJsonObject data = chosen.value(u"cvssData"_qs).toObject();
        r.baseScore = data.value(u"baseScore"_qs).toDouble();
        r.vector = data.value(u"vectorString"_qs).toString();
        r.baseSeverity = data.value(u"baseSeverity"_qs).toString(chosen.value(u"baseSeverity"_qs).toString());
        return;
    }
}

} // namespace

bool CpeRange::covers(const QString &candidate) const
{
    if (candidate.isEmpty())
        return false; // an unknown version matches no range: the finding must be verifiable
    if (!version.isEmpty() && version != u"*"_qs && version != u"-"_qs)
        return Versions::compare(candidate, version) == 0;
    if (!startIncluding.isEmpty() && Versions::compare(candidate, startIncluding) < 0)
        return false;
    if (!startExcluding.isEmpty() && Versions::compare(candidate, startExcluding) <= 0)
        return false;
    if (!endIncluding.isEmpty() && Versions::compare(candidate, endIncluding) > 0)
        return false;
    if (!endExcluding.isEmpty() && Versions::compare(candidate, endExcluding) >= 0)
        return false;
    return true;
}

Result<QList<CveRecord>> VulnFeeds::parseNvd(const QByteArray &json, const QString &origin)
{
    auto root = object(json, origin, u"NVD CVE JSON 2.0 ({\"vulnerabilities\":[{\"cve\":…}]})"_qs);
    if (!root)
        return root.error();
    if (!root->value(u"vulnerabilities"_qs).isArray())
        return makeError(
            QObject::tr("%1: no \"vulnerabilities\" array; expected an NVD CVE JSON 2.0 file or API page").arg(origin));
    QList<CveRecord> out;
    for (const QJsonValue &v : root->value(u"vulnerabilities"_qs).toArray()) {
        const QJsonObject cve = v.toObject().value(u"cve"_qs).toObject();
        CveRecord r;
        r.id = cve.value(u"id"_qs).toString();
        if (r.id.isEmpty())
            return makeError(QObject::tr("%1: vulnerability #%2 has no cve.id").arg(origin).arg(out.size() + 1));
        r.source = origin;
        for (const QJsonValue &d : cve.value(u"descriptions"_qs).toArray())
            if (d.toObject().value(u"lang"_qs).toString() == u"en"_qs)
                r.description = d.toObject().value(u"value"_qs).toString();
        readMetrics(cve.value(u"metrics"_qs).toObject(), r);
        // every vulnerable cpeMatch; AND-ed platform conditions ("running on") are not modelled, so a
        // match is "this product version is affected", which is what a report states
        for (const QJsonValue &conf : cve.value(u"configurations"_qs).toArray()) {
            for (const QJsonValue &node : conf.toObject().value(u"nodes"_qs).toArray()) {
                if (node.toObject().value(u"negate"_qs).toBool())
                    continue;
                for (const QJsonValue &m : node.toObject().value(u"cpeMatch"_qs).toArray()) {
                    const QJsonObject o = m.toObject();
                    if (!o.value(u"vulnerable"_qs).toBool())
                        continue;
                    const QStringList f = cpeFields(o.value(u"criteria"_qs).toString());
                    if (f.size() < 6 || f.at(0) != u"cpe"_qs)
                        return makeError(QObject::tr("%1: %2 has a malformed CPE criteria \"%3\"")
                                             .arg(origin, r.id, o.value(u"criteria"_qs).toString()));
                    CpeRange range;
                    range.vendor = f.at(3).toLower();
                    range.product = f.at(4).toLower();
                    range.version = f.at(5);
                    range.startIncluding = o.value(u"versionStartIncluding"_qs).toString();
                    range.startExcluding = o.value(u"versionStartExcluding"_qs).toString();
                    range.endIncluding = o.value(u"versionEndIncluding"_qs).toString();
                    range.endExcluding = o.value(u"versionEndExcluding"_qs).toString();
                    r.ranges << range;
                }
            }
        }
        out << r;
    }
    return out;
}

Result<QSet<QString>> VulnFeeds::parseKev(const QByteArray &json, const QString &origin)
{
    auto root = object(json, origin, u"the CISA KEV catalogue ({\"vulnerabilities\":[{\"cveID\":…}]})"_qs);
    if (!root)
        return root.error();
    QSet<QString> ids;
    for (const QJsonValue &v : root->value(u"vulnerabilities"_qs).toArray()) {
        const QString id = v.toObject().value(u"cveID"_qs).toString();
        if (id.isEmpty())
            return makeError(QObject::tr("%1: entry #%2 has no cveID").arg(origin).arg(ids.size() + 1));
        ids.insert(id);
    }
    return ids;
}

Result<VulnFeeds> VulnFeeds::fromFeeds(const Feeds &feeds)
{
    VulnFeeds out;
    for (const QString &rel : feeds.list(u"vuln/*.json"_qs)) {
        auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        // the KEV catalogue by name (vuln/kev.json) or by its shape (entries keyed "cveID")
        if (rel == u"vuln/kev.json"_qs || (bytes->contains("\"cveID\"") && !bytes->contains("\"cve\""))) {
            auto kev = parseKev(*bytes, feeds.path(rel));
            if (!kev)
                return kev.error();
            out.addKnownExploited(*kev);
            continue;
        }
        auto nvd = parseNvd(*bytes, feeds.path(rel));
        if (!nvd)
            return nvd.error();
        out.add(*nvd);
    }
    for (const QString &rel : feeds.list(u"vuln/*.xml"_qs)) {
        auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        auto cnvd = CnvdFeed::parse(*bytes, feeds.path(rel));
        if (!cnvd)
            return cnvd.error();
        out.addCnvd(*cnvd);
    }
    return out;
}

QList<CnvdRecord> VulnFeeds::matchCnvd(const QString &name, const QString &version) const
{
    QList<CnvdRecord> out;
    for (const CnvdRecord &r : m_cnvd)
        if (r.affects(name, version))
            out << r;
    return out;
}

void VulnFeeds::add(const QList<CveRecord> &records)
{
    for (const CveRecord &r : records) {
        const qsizetype index = m_records.size();
        m_records << r;
        QSet<QString> keys;
        for (const CpeRange &range : r.ranges)
            keys.insert(range.vendor + u':' + range.product);
        for (const QString &k : keys)
            m_byProduct[k] << index;
    }
}

QList<CveRecord> VulnFeeds::match(const QString &vendor, const QString &product, const QString &version) const
{
    QList<CveRecord> out;
    const QString key = vendor.toLower() + u':' + product.toLower();
    for (qsizetype i : m_byProduct.value(key)) {
        const CveRecord &r = m_records.at(i);
        for (const CpeRange &range : r.ranges) {
            if (range.vendor + u':' + range.product == key && range.covers(version)) {
                out << r;
                break;
            }
        }
    }
    return out;
}

} // namespace Govscope::Sdk
