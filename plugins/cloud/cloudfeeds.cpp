#include "cloudfeeds.h"

#include "feeds.h"

#include <QObject>

namespace Govscope::Cloud {

namespace {

// A tiny CSV reader for these two feeds: no quoted commas occur in them, and a quoted cell is
// refused with a clear message rather than misread.
struct CsvTable
{
    QStringList header;
    QList<std::pair<int, QStringList>> rows; // line number, cells
};

Result<CsvTable> readCsv(const QByteArray &text, const QString &origin, const QStringList &required)
{
    CsvTable t;
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xfeff)))
        all.remove(0, 1);
    const QStringList lines = all.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.contains(u'"'))
            return makeError(QObject::tr("%1 line %2: quoted cells are not supported; write the row without quotes")
                                 .arg(origin)
                                 .arg(i + 1));
        QStringList cells = line.split(u',');
        for (QString &c : cells)
            c = c.trimmed();
        if (t.header.isEmpty()) {
            for (QString &c : cells)
                c = c.toLower();
            t.header = cells;
            for (const QString &r : required)
                if (!t.header.contains(r))
                    return makeError(QObject::tr("%1 line %2: the header has no \"%3\" column (needs %4)")
                                         .arg(origin)
                                         .arg(i + 1)
                                         .arg(r, required.join(u',')));
            continue;
        }
        if (cells.size() != t.header.size())
            return makeError(QObject::tr("%1 line %2: %3 cells, the header has %4")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(cells.size())
                                 .arg(t.header.size()));
        t.rows.append({i + 1, cells});
    }
    return t;
}

QString cell(const CsvTable &t, const QStringList &row, const QString &name)
{
    return row.value(t.header.indexOf(name));
}

QString sourceLine(const QString &origin, int line, const QStringList &cells)
{
    return u"%1:%2: %3"_qs.arg(origin).arg(line).arg(cells.join(u','));
}

} // namespace

Result<QList<CloudRange>> CloudFeeds::parseRanges(const QByteArray &text, const QString &origin)
{
    const auto table = readCsv(text, origin, {u"cidr"_qs, u"provider"_qs, u"platform"_qs, u"region"_qs});
    if (!table)
        return table.error();
    QList<CloudRange> out;
    for (const auto &[line, cells] : table->rows) {
        CloudRange r;
        r.subnet = QHostAddress::parseSubnet(cell(*table, cells, u"cidr"_qs));
        if (r.subnet.first.isNull())
            return makeError(QObject::tr("%1 line %2: \"%3\" is not a CIDR block such as 203.0.113.0/24")
                                 .arg(origin)
                                 .arg(line)
                                 .arg(cell(*table, cells, u"cidr"_qs)));
        r.provider = cell(*table, cells, u"provider"_qs);
        r.platform = cell(*table, cells, u"platform"_qs);
        r.region = cell(*table, cells, u"region"_qs);
        if (r.platform.isEmpty())
            return makeError(QObject::tr("%1 line %2: empty platform").arg(origin).arg(line));
        r.source = sourceLine(origin, line, cells);
        out << r;
    }
    return out;
}

Result<QList<AssessedPlatform>> CloudFeeds::parseAssessed(const QByteArray &text, const QString &origin)
{
    const auto table = readCsv(text, origin, {u"platform"_qs, u"provider"_qs, u"assessment_ref"_qs, u"valid_until"_qs});
    if (!table)
        return table.error();
    QList<AssessedPlatform> out;
    for (const auto &[line, cells] : table->rows) {
        AssessedPlatform a;
        a.platform = cell(*table, cells, u"platform"_qs);
        a.provider = cell(*table, cells, u"provider"_qs);
        a.reference = cell(*table, cells, u"assessment_ref"_qs);
        a.validUntil = QDate::fromString(cell(*table, cells, u"valid_until"_qs), u"yyyy-MM-dd"_qs);
        if (a.platform.isEmpty() || !a.validUntil.isValid())
            return makeError(QObject::tr("%1 line %2: needs a platform and valid_until as YYYY-MM-DD (got \"%3\")")
                                 .arg(origin)
                                 .arg(line)
                                 .arg(cell(*table, cells, u"valid_until"_qs)));
        a.source = sourceLine(origin, line, cells);
        out << a;
    }
    return out;
}

Result<CloudFeeds> CloudFeeds::load(const Sdk::Feeds &feeds)
{
    CloudFeeds out;
    for (const QString &rel : feeds.list(u"rir/*"_qs)) {
        const auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        if (Status s = out.rir.add(*bytes, rel); !s)
            return s.error();
        out.rirFiles << rel;
    }
    if (feeds.contains(u"cloud/ranges.csv"_qs)) {
        const auto bytes = feeds.read(u"cloud/ranges.csv"_qs);
        if (!bytes)
            return bytes.error();
        auto ranges = parseRanges(*bytes, u"cloud/ranges.csv"_qs);
        if (!ranges)
            return ranges.error();
        out.ranges = std::move(*ranges);
        out.hasRanges = true;
    }
    if (feeds.contains(u"cloud/assessed.csv"_qs)) {
        const auto bytes = feeds.read(u"cloud/assessed.csv"_qs);
        if (!bytes)
            return bytes.error();
        auto assessed = parseAssessed(*bytes, u"cloud/assessed.csv"_qs);
        if (!assessed)
            return assessed.error();
        out.assessed = std::move(*assessed);
        out.hasAssessed = true;
    }
    return out;
}

const CloudRange *CloudFeeds::rangeOf(const QHostAddress &address) const
{
    const CloudRange *best = nullptr;
    for (const CloudRange &r : ranges)
        if (address.isInSubnet(r.subnet) && (!best || r.subnet.second > best->subnet.second))
            best = &r;
    return best;
}

const AssessedPlatform *CloudFeeds::assessment(const QString &platform, const QDate &day) const
{
    for (const AssessedPlatform &a : assessed)
        if (a.platform == platform && a.validUntil >= day)
            return &a;
    return nullptr;
}

const AssessedPlatform *CloudFeeds::anyAssessment(const QString &platform) const
{
    const AssessedPlatform *latest = nullptr;
    for (const AssessedPlatform &a : assessed)
        if (a.platform == platform && (!latest || a.validUntil > latest->validUntil))
            latest = &a;
    return latest;
}

namespace Geography {

bool isMainlandCc(const QString &cc)
{
    return cc.compare(u"CN"_qs, Qt::CaseInsensitive) == 0;
}

bool isMainlandRegion(const QString &region)
{
    const QString r = region.toLower();
    if (!r.startsWith(u"cn-"_qs))
        return false;
    for (const QString &outside :
         {u"hongkong"_qs, u"hong-kong"_qs, u"-hk"_qs, u"macao"_qs, u"macau"_qs, u"taiwan"_qs, u"-tw"_qs})
        if (r.contains(outside))
            return false;
    return true;
}

} // namespace Geography

} // namespace Govscope::Cloud
