#include "feedvalidation.h"

#include "blocklist.h"
#include "cnvdfeed.h"
#include "endoflife.h"
#include "keywordlists.h"
#include "retirejs.h"
#include "rirdelegated.h"
#include "techfingerprints.h"
#include "vulnfeeds.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Govscope::Cli::FeedValidation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Govscope::Cli::FeedValidation", text);
}

Error empty(const QString &origin, const QString &what)
{
    return makeError(tr("%1: holds no %2; nothing was installed. Check that it is the right file.").arg(origin, what));
}

// cloud/*.csv and credentials/*.csv: a header naming @p columns, then rows of that many cells with @p rowCheck.
Result<qsizetype> csvRows(const QByteArray &bytes, const QString &origin, const QStringList &columns,
                          const std::function<QString(const QStringList &)> &rowCheck, bool headerOptional = false)
{
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    qsizetype rows = 0;
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u',');
        if (!header) {
            header = true;
            QStringList names;
            for (const QString &c : cells)
                names << c.trimmed().toLower();
            if (names == columns)
                continue;
            if (!headerOptional)
                return makeError(tr("%1 line %2: the header must be %3, not \"%4\".")
                                     .arg(origin)
                                     .arg(i + 1)
                                     .arg(columns.join(u','), line));
        }
        if (cells.size() != columns.size())
            return makeError(tr("%1 line %2: expected %3 fields (%4), got %5: \"%6\"")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(columns.size())
                                 .arg(columns.join(u','))
                                 .arg(cells.size())
                                 .arg(line));
        if (const QString problem = rowCheck(cells); !problem.isEmpty())
            return makeError(tr("%1 line %2: %3").arg(origin).arg(i + 1).arg(problem));
        ++rows;
    }
    return rows;
}

// The NVD parser is lenient (it skips what it does not need); an import is strict about the shape, so that a
// truncated or hand-edited file is refused with the record at fault instead of silently matching less.
Status nvdShape(const QByteArray &bytes, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            tr("%1: not valid JSON at byte %2 (%3).").arg(origin).arg(error.offset).arg(error.errorString()));
    const QJsonValue list = doc.object().value(u"vulnerabilities"_qs);
    if (!list.isArray())
        return makeError(tr("%1: no \"vulnerabilities\" array: not an NVD CVE JSON 2.0 file or API page.").arg(origin));
    static const QRegularExpression cveId(u"^CVE-\\d{4}-\\d{4,}$"_qs);
    const QJsonArray records = list.toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject cve = records.at(i).toObject().value(u"cve"_qs).toObject();
        const QString id = cve.value(u"id"_qs).toString();
        const QString where = tr("%1: record %2 (%3)").arg(origin).arg(i + 1).arg(id.isEmpty() ? u"?"_qs : id);
        if (!cveId.match(id).hasMatch())
            return makeError(tr("%1: \"cve.id\" must be a CVE id such as CVE-2024-12345.").arg(where));
        for (const char *key : {"configurations", "descriptions"})
            if (cve.contains(QLatin1String(key)) && !cve.value(QLatin1String(key)).isArray())
                return makeError(tr("%1: \"%2\" must be an array.").arg(where, QLatin1String(key)));
        if (cve.contains(u"metrics"_qs) && !cve.value(u"metrics"_qs).isObject())
            return makeError(tr("%1: \"metrics\" must be an object.").arg(where));
        for (const QJsonValue &conf : cve.value(u"configurations"_qs).toArray())
            for (const QJsonValue &node : conf[u"nodes"_qs].toArray())
                for (const QJsonValue &m : node[u"cpeMatch"_qs].toArray())
                    if (!m[u"criteria"_qs].toString().startsWith(u"cpe:2.3:"_qs))
                        return makeError(tr("%1: a cpeMatch \"criteria\" is not a CPE 2.3 name (\"%2\").")
                                             .arg(where, m[u"criteria"_qs].toString()));
    }
    return Done{};
}

Status kevShape(const QByteArray &bytes, const QString &origin)
{
    const QJsonArray records = QJsonDocument::fromJson(bytes).object().value(u"vulnerabilities"_qs).toArray();
    static const QRegularExpression cveId(u"^CVE-\\d{4}-\\d{4,}$"_qs);
    for (qsizetype i = 0; i < records.size(); ++i)
        if (!cveId.match(records.at(i)[u"cveID"_qs].toString()).hasMatch())
            return makeError(tr("%1: record %2: \"cveID\" must be a CVE id (got \"%3\").")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(records.at(i)[u"cveID"_qs].toString()));
    return Done{};
}

Status retireShape(const QByteArray &bytes, const QString &origin)
{
    const QJsonObject libraries = QJsonDocument::fromJson(bytes).object();
    for (auto it = libraries.begin(); it != libraries.end(); ++it) {
        const QString where = tr("%1: library \"%2\"").arg(origin, it.key());
        if (!it->isObject())
            return makeError(tr("%1: must be an object with extractors and vulnerabilities.").arg(where));
        const QJsonObject lib = it->toObject();
        if (lib.contains(u"extractors"_qs) && !lib.value(u"extractors"_qs).isObject())
            return makeError(tr("%1: \"extractors\" must be an object.").arg(where));
        if (lib.contains(u"vulnerabilities"_qs) && !lib.value(u"vulnerabilities"_qs).isArray())
            return makeError(tr("%1: \"vulnerabilities\" must be an array.").arg(where));
        const QJsonArray vulns = lib.value(u"vulnerabilities"_qs).toArray();
        for (qsizetype i = 0; i < vulns.size(); ++i) {
            const QJsonObject v = vulns.at(i).toObject();
            if (!v.value(u"below"_qs).isString() && !v.value(u"atOrAbove"_qs).isString())
                return makeError(
                    tr("%1: vulnerability %2 has neither \"below\" nor \"atOrAbove\".").arg(where).arg(i + 1));
        }
    }
    return Done{};
}

Status endOfLifeShape(const QByteArray &bytes, const QString &origin)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const bool legacy = doc.isArray();
    const QJsonArray cycles = legacy ? doc.array() : doc.object()[u"result"_qs][u"releases"_qs].toArray();
    for (qsizetype i = 0; i < cycles.size(); ++i) {
        const QJsonObject c = cycles.at(i).toObject();
        const QJsonValue name = c.value(legacy ? u"cycle"_qs : u"name"_qs);
        const QJsonValue eol = c.value(legacy ? u"eol"_qs : u"isEol"_qs);
        const bool eolOk = eol.isBool() || (legacy && QDate::fromString(eol.toString(), Qt::ISODate).isValid());
        if (!name.isString() || name.toString().isEmpty() || !eolOk)
            return makeError(tr("%1: release cycle %2: needs \"%3\" as text and \"%4\" as %5.")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(legacy ? u"cycle"_qs : u"name"_qs, legacy ? u"eol"_qs : u"isEol"_qs,
                                      legacy ? tr("true, false or YYYY-MM-DD") : tr("true or false")));
    }
    return Done{};
}

Result<FeedCheck> checkVuln(const QString &name, const QByteArray &bytes, const QString &origin)
{
    if (name.endsWith(u".xml"_qs)) {
        auto records = Sdk::CnvdFeed::parse(bytes, origin);
        if (!records)
            return records.error();
        if (records->isEmpty())
            return empty(origin, tr("CNVD vulnerability entry"));
        return FeedCheck{u"cnvd"_qs, records->size()};
    }
    if (!name.endsWith(u".json"_qs))
        return makeError(tr("%1: vuln/ takes NVD CVE JSON 2.0 (.json), the CISA KEV catalogue (kev.json) or CNVD "
                            "XML (.xml).")
                             .arg(origin));
    if (name == u"kev.json"_qs) {
        if (Status s = kevShape(bytes, origin); !s)
            return s.error();
        auto ids = Sdk::VulnFeeds::parseKev(bytes, origin);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return empty(origin, tr("known-exploited entry"));
        return FeedCheck{u"kev"_qs, ids->size()};
    }
    if (Status s = nvdShape(bytes, origin); !s)
        return s.error();
    auto records = Sdk::VulnFeeds::parseNvd(bytes, origin);
    if (!records)
        return records.error();
    // an NVD page may legitimately be empty (no change that day), but a document without the array is no NVD file
    if (records->isEmpty() && !QJsonDocument::fromJson(bytes).object().value(u"vulnerabilities"_qs).isArray())
        return empty(origin, tr("NVD \"vulnerabilities\" array"));
    return FeedCheck{u"nvd"_qs, records->size()};
}

} // namespace

Result<FeedCheck> check(const QString &relativePath, const QByteArray &bytes, const QString &origin)
{
    const QString dir = relativePath.section(u'/', 0, 0);
    const QString name = relativePath.section(u'/', -1);
    if (!relativePath.contains(u'/') || relativePath.count(u'/') > 1 || name.startsWith(u'.'))
        return makeError(tr("%1: %2 is not a place of the feeds layout (rir/, cloud/, vuln/, fingerprints/, jslibs/, "
                            "eol/, blocklists/, keywords/, credentials/; one level deep).")
                             .arg(origin, relativePath));
    if (dir == u"vuln"_qs)
        return checkVuln(name, bytes, origin);
    if (dir == u"fingerprints"_qs && name.endsWith(u".json"_qs)) {
        auto rules = Sdk::TechFingerprints::parse(bytes, origin);
        if (!rules)
            return rules.error();
        if (rules->size() == 0)
            return empty(origin, tr("technology"));
        return FeedCheck{u"fingerprints"_qs, rules->size()};
    }
    if (dir == u"jslibs"_qs && name.endsWith(u".json"_qs)) {
        auto repo = Sdk::RetireRepository::parse(bytes, origin);
        if (Status shape = repo ? retireShape(bytes, origin) : Status(Done{}); !shape)
            return shape.error();
        if (!repo)
            return repo.error();
        if (repo->size() == 0)
            return empty(origin, tr("retire.js library"));
        return FeedCheck{u"retirejs"_qs, repo->size()};
    }
    if (dir == u"eol"_qs && name.endsWith(u".json"_qs)) {
        auto cycles = Sdk::EndOfLife::parse(bytes, origin, QDate::currentDate());
        if (Status shape = cycles ? endOfLifeShape(bytes, origin) : Status(Done{}); !shape)
            return shape.error();
        if (!cycles)
            return cycles.error();
        if (cycles->isEmpty())
            return empty(origin, tr("release cycle"));
        return FeedCheck{u"endoflife"_qs, cycles->size()};
    }
    if (dir == u"rir"_qs && name.startsWith(u"delegated-"_qs)) {
        Sdk::RirDelegated rir;
        if (Status s = rir.add(bytes, origin); !s)
            return s.error();
        if (rir.size() == 0)
            return empty(origin, tr("ipv4 or ipv6 block"));
        return FeedCheck{u"rir"_qs, rir.size()};
    }
    if (dir == u"blocklists"_qs && (name.endsWith(u".txt"_qs) || name.endsWith(u".csv"_qs))) {
        Sdk::Blocklist list;
        const bool csv = name.endsWith(u".csv"_qs);
        if (Status s = csv ? list.addUrlhausCsv(bytes, origin) : list.addText(bytes, origin); !s)
            return s.error();
        if (list.size() == 0)
            return empty(origin, tr("domain or URL"));
        return FeedCheck{csv ? u"urlhaus-csv"_qs : u"blocklist"_qs, list.size()};
    }
    if (dir == u"keywords"_qs && name.endsWith(u".txt"_qs)) {
        Sdk::KeywordLists lists;
        if (Status s = lists.add(name.chopped(4), bytes, origin); !s)
            return s.error();
        qsizetype terms = 0;
        for (const QString &line : QString::fromUtf8(bytes).split(u'\n'))
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'#'))
                ++terms;
        return FeedCheck{u"keywords"_qs, terms};
    }
    if (dir == u"cloud"_qs && name == u"ranges.csv"_qs) {
        auto rows = csvRows(bytes, origin, {u"cidr"_qs, u"provider"_qs, u"platform"_qs, u"region"_qs},
                            [](const QStringList &c) {
                                if (QHostAddress::parseSubnet(c.at(0).trimmed()).first.isNull())
                                    return tr("\"%1\" is not a CIDR block such as 203.0.113.0/24").arg(c.at(0));
                                return c.at(2).trimmed().isEmpty() ? tr("empty platform") : QString();
                            });
        if (!rows)
            return rows.error();
        return FeedCheck{u"cloud-ranges"_qs, *rows};
    }
    if (dir == u"cloud"_qs && name == u"assessed.csv"_qs) {
        auto rows = csvRows(
            bytes, origin, {u"platform"_qs, u"provider"_qs, u"assessment_ref"_qs, u"valid_until"_qs},
            [](const QStringList &c) {
                if (c.at(0).trimmed().isEmpty() || !QDate::fromString(c.at(3).trimmed(), u"yyyy-MM-dd"_qs).isValid())
                    return tr("needs a platform and valid_until as YYYY-MM-DD (got \"%1\")").arg(c.at(3));
                return QString();
            });
        if (!rows)
            return rows.error();
        return FeedCheck{u"cloud-assessed"_qs, *rows};
    }
    if (dir == u"credentials"_qs && name.endsWith(u".csv"_qs)) {
        auto rows = csvRows(
            bytes, origin, {u"product"_qs, u"username"_qs, u"password"_qs},
            [](const QStringList &c) { return c.at(0).trimmed().isEmpty() ? tr("empty product") : QString(); }, true);
        if (!rows)
            return rows.error();
        return FeedCheck{u"credentials"_qs, *rows};
    }
    return makeError(tr("%1: %2 is not a feed file the layout knows (see spec/interfaces.md \"Feeds\": e.g. "
                        "vuln/*.json, jslibs/*.json, eol/<product>.json, blocklists/*.txt).")
                         .arg(origin, relativePath));
}

QString placeOf(const QString &fileName, const QByteArray &bytes)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString lower = name.toLower();
    if (lower.startsWith(u"delegated-"_qs))
        return u"rir/"_qs + name;
    if (lower.endsWith(u".xml"_qs))
        return u"vuln/"_qs + name;
    if (lower.endsWith(u".txt"_qs))
        return u"blocklists/"_qs + name;
    if (lower.endsWith(u".csv"_qs)) {
        const QString head = QString::fromUtf8(bytes.left(4096)).toLower();
        if (head.contains(u"cidr,provider,platform,region"_qs))
            return u"cloud/ranges.csv"_qs;
        if (head.contains(u"platform,provider,assessment_ref,valid_until"_qs))
            return u"cloud/assessed.csv"_qs;
        if (head.contains(u"product,username,password"_qs))
            return u"credentials/"_qs + name;
        return u"blocklists/"_qs + name; // URLhaus CSV
    }
    if (!lower.endsWith(u".json"_qs))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isArray()) {
        const QJsonObject first = doc.array().first().toObject();
        return first.contains(u"cycle"_qs) ? u"eol/"_qs + name : QString();
    }
    const QJsonObject o = doc.object();
    if (o.contains(u"catalogVersion"_qs) ||
        o.value(u"vulnerabilities"_qs).toArray().first().toObject().contains(u"cveID"_qs))
        return u"vuln/kev.json"_qs;
    if (o.contains(u"vulnerabilities"_qs) || o.value(u"format"_qs).toString() == u"NVD_CVE"_qs)
        return u"vuln/"_qs + name;
    if (o.value(u"result"_qs).toObject().contains(u"releases"_qs))
        return u"eol/"_qs + name;
    if (o.contains(u"technologies"_qs))
        return u"fingerprints/"_qs + name;
    if (o.isEmpty())
        return {};
    const QJsonObject entry = o.begin()->toObject();
    if (entry.contains(u"extractors"_qs) || entry.contains(u"vulnerabilities"_qs))
        return u"jslibs/"_qs + name;
    if (entry.contains(u"cats"_qs) || entry.contains(u"headers"_qs) || entry.contains(u"html"_qs))
        return u"fingerprints/"_qs + name;
    return {};
}

} // namespace Govscope::Cli::FeedValidation
