#include "listimporter.h"

#include "blobstore.h"
#include "casewriter.h"
#include "csvreader.h"
#include "import/catalogrepository.h"
#include "import/headermap.h"
#include "import/rowreaders.h"
#include "orgupserter.h"
#include "textdecoding.h"
#include "xlsxreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <memory>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcImport, "govscope.import")

using namespace Import;

namespace {

Result<Table> readTable(const QByteArray &bytes, const QString &file, QString &format)
{
    if (bytes.startsWith("PK\x03\x04")) {
        format = u"XLSX"_qs;
        return XlsxReader::read(bytes, file);
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return makeError(ImportText::tr("%1 is an old Excel 97-2003 (.xls) or a password-protected workbook; save it "
                                        "without a password as .xlsx or CSV UTF-8.")
                             .arg(file));
    auto text = decodeText(bytes, file);
    if (!text)
        return text.error();
    format = u"CSV (%1)"_qs.arg(toId(text->encoding));
    return CsvReader::read(text->text, file);
}

// Spreadsheets from government offices often carry a title ("某省政务应用清单") and a date line above
// the header. When the first row does not read as a header, the next few are tried; rows above the one
// that does are titles and skipped.
constexpr int kMaxTitleRows = 5;

bool readsAsHeader(const Table &table, std::optional<ListKind> kind)
{
    return kind ? ColumnMap::build(table, *kind, QString()).ok() : ColumnMap::detectKind(table.header).has_value();
}

void skipTitleRows(Table &table, std::optional<ListKind> kind)
{
    if (readsAsHeader(table, kind))
        return;
    for (int i = 0; i < qMin<qsizetype>(kMaxTitleRows, table.rows.size()); ++i) {
        Table candidate;
        candidate.headerLine = table.rows.at(i).line;
        candidate.header = table.rows.at(i).cells;
        if (!table.rows.at(i).problem.isEmpty() || !readsAsHeader(candidate, kind))
            continue;
        candidate.rows = table.rows.mid(i + 1);
        table = std::move(candidate);
        return;
    }
}

// The key a row is updated by in the case, so two rows of one file that would land on the same row are
// caught as duplicates rather than silently merged.
QString keyOf(const Organization &o)
{
    return o.id;
}
QString keyOf(const App &a)
{
    return a.store + u'\x1f' + a.package + u'\x1f' + a.name;
}
QString keyOf(const Account &a)
{
    return a.platform + u'\x1f' + a.name + u'\x1f' + a.accountId;
}
QString keyOf(const Lead &l)
{
    return l.url;
}

constexpr int kControlEvery = 256; // rows between progress reports and cancel checks

Error cancelledError(const QString &file)
{
    return makeError(ImportText::tr("%1: the import was cancelled; nothing was imported.").arg(file));
}

// Reads every row of @p table into @p out; false when cancelled.
template<typename T, typename Read>
bool collect(const Table &table, QList<T> &out, QList<RowError> &errors, const ImportControl &control, Read read)
{
    QHash<QString, int> seenAt;
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        if (i % kControlEvery == 0) {
            if (control.cancelled && control.cancelled())
                return false;
            if (control.progress)
                control.progress(i, total);
        }
        const TableRow &row = table.rows.at(i);
        Result<T> value = read(row);
        if (!value) {
            errors.append({row.line, value.errorMessage()});
            continue;
        }
        const QString key = keyOf(*value);
        if (const int first = seenAt.value(key); first > 0) {
            errors.append({row.line, ImportText::tr("the same row as line %1 (same key %2); keep one of them")
                                         .arg(first)
                                         .arg(QString(key).replace(u'\x1f', u" / "_qs))});
            continue;
        }
        seenAt.insert(key, row.line);
        out.append(std::move(*value));
    }
    if (control.progress)
        control.progress(total, total);
    return true;
}

} // namespace

QString toId(ListKind kind)
{
    switch (kind) {
    case ListKind::Orgs:
        return u"orgs"_qs;
    case ListKind::Apps:
        return u"apps"_qs;
    case ListKind::Accounts:
        return u"accounts"_qs;
    case ListKind::Leads:
        return u"leads"_qs;
    }
    return {};
}

std::optional<ListKind> listKindFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (ListKind k : {ListKind::Orgs, ListKind::Apps, ListKind::Accounts, ListKind::Leads})
        if (t == toId(k) || t + u's' == toId(k))
            return k;
    return std::nullopt;
}

Result<ParsedList> ListImporter::parse(const QString &file, std::optional<ListKind> kind, const ImportControl &control)
{
    const QFileInfo info(file);
    if (!info.exists())
        return makeError(ImportText::tr("%1 does not exist; check the path.").arg(file));
    if (info.size() > Limits::kMaxFileBytes)
        return makeError(ImportText::tr("%1 is larger than %2 MB; split the list into smaller files.")
                             .arg(file)
                             .arg(Limits::kMaxFileBytes / (1024 * 1024)));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ImportText::tr("%1 cannot be read: %2.").arg(file, f.errorString()));
    return parse(f.read(Limits::kMaxFileBytes + 1), file, kind, control);
}

Result<ParsedList> ListImporter::parse(const QByteArray &bytes, const QString &file, std::optional<ListKind> kind,
                                       const ImportControl &control)
{
    if (bytes.size() > Limits::kMaxFileBytes)
        return makeError(ImportText::tr("%1 is larger than %2 MB; split the list into smaller files.")
                             .arg(file)
                             .arg(Limits::kMaxFileBytes / (1024 * 1024)));
    QElapsedTimer timer;
    timer.start();
    ParsedList list;
    list.file = file;
    auto table = readTable(bytes, file, list.format);
    if (!table)
        return table.error();
    if (table->headerLine == 0)
        return makeError(ImportText::tr("%1 is empty; it needs a header row and one row per item.").arg(file));
    skipTitleRows(*table, kind);
    if (!kind)
        kind = ColumnMap::detectKind(table->header);
    if (!kind)
        return makeError(ImportText::tr("%1:%2: cannot tell what the list holds from its header row (%3); name the "
                                        "columns as in the documentation or give --as orgs|apps|accounts|leads.")
                             .arg(file)
                             .arg(table->headerLine)
                             .arg(table->header.join(u", "_qs)));
    list.kind = *kind;
    auto map = ColumnMap::build(*table, *kind, file);
    if (!map)
        return map.error();
    const RowReader reader(*map, QFileInfo(file).absolutePath());
    bool finished = false;
    switch (*kind) {
    case ListKind::Orgs:
        finished = collect(*table, list.orgs, list.errors, control, [&](const TableRow &r) { return reader.org(r); });
        break;
    case ListKind::Apps:
        finished = collect(*table, list.apps, list.errors, control,
                           [&](const TableRow &r) { return reader.app(r, list.icons); });
        break;
    case ListKind::Accounts:
        finished =
            collect(*table, list.accounts, list.errors, control, [&](const TableRow &r) { return reader.account(r); });
        break;
    case ListKind::Leads:
        finished = collect(*table, list.leads, list.errors, control, [&](const TableRow &r) { return reader.lead(r); });
        break;
    }
    if (!finished)
        return cancelledError(file);
    qCDebug(lcImport) << file << list.format << toId(list.kind) << "rows" << list.rows() << "errors"
                      << list.errors.size() << "in" << timer.elapsed() << "ms";
    return list;
}

Result<ImportSummary> ListImporter::write(ParsedList list, CaseWriter &writer, const ImportControl &control)
{
    struct Shared
    {
        ParsedList list;
        int inserted = 0, updated = 0;
        bool ran = false;
        bool cancelled = false;
        QString error;
    };
    auto shared = std::make_shared<Shared>();
    shared->list = std::move(list);
    const qint64 committedBefore = writer.committedJobs();
    writer.submit([shared, control](QSqlDatabase &db) -> Status {
        shared->ran = true;
        const ParsedList &l = shared->list;
        const int total = l.rows();
        int done = 0;
        CatalogRepository catalog(db);
        auto count = [&](const Result<bool> &inserted) -> Status {
            if (!inserted) {
                shared->error = inserted.errorMessage();
                return inserted.error();
            }
            ++(*inserted ? shared->inserted : shared->updated);
            if (++done % kControlEvery == 0 || done == total) {
                if (control.progress)
                    control.progress(done, total);
                if (control.cancelled && control.cancelled()) {
                    shared->cancelled = true;
                    return makeError(u"cancelled"_qs); // rolls the job back
                }
            }
            return Done{};
        };
        for (auto it = l.icons.cbegin(); it != l.icons.cend(); ++it)
            if (auto stored = BlobStore::put(db, it.value()); !stored) {
                shared->error = stored.errorMessage();
                return stored.error();
            }
        OrgUpserter orgs(db);
        for (const Organization &o : l.orgs)
            if (Status s = count(orgs.upsert(o)); !s)
                return s;
        for (const App &a : l.apps)
            if (Status s = count(catalog.upsert(a)); !s)
                return s;
        for (const Account &a : l.accounts)
            if (Status s = count(catalog.upsert(a)); !s)
                return s;
        for (const Lead &x : l.leads)
            if (Status s = count(catalog.upsert(x)); !s)
                return s;
        return Done{};
    });
    writer.flushAndWait();
    if (!shared->ran)
        return makeError(ImportText::tr("%1: the case could not be written; check that it is not read-only.")
                             .arg(shared->list.file));
    if (shared->cancelled)
        return cancelledError(shared->list.file);
    if (!shared->error.isEmpty())
        return makeError(ImportText::tr("%1: nothing was imported, writing to the case failed: %2")
                             .arg(shared->list.file, shared->error));
    // The job succeeded but its transaction may still fail to commit (disk full, file locked). Then no job
    // at all was committed meanwhile; other jobs committing can hide that, but never fake it.
    if (writer.committedJobs() == committedBefore)
        return makeError(ImportText::tr("%1: nothing was imported, the case could not commit the rows; check the "
                                        "free disk space and that no other program holds the case.")
                             .arg(shared->list.file));
    ImportSummary summary;
    summary.parsed = std::move(shared->list);
    summary.inserted = shared->inserted;
    summary.updated = shared->updated;
    return summary;
}

Result<ImportSummary> ListImporter::importFile(const QString &file, std::optional<ListKind> kind, CaseWriter &writer,
                                               const ImportControl &control)
{
    auto parsed = parse(file, kind, control);
    if (!parsed)
        return parsed.error();
    return write(std::move(*parsed), writer, control);
}

} // namespace Govscope::Models
