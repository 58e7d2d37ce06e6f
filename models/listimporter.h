#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Govscope::Models {

class CaseWriter;

/// The kinds of list `govscope import` reads (spec/interfaces.md, "Input files").
enum class ListKind { Orgs, Apps, Accounts, Leads };
QString toId(ListKind kind);
std::optional<ListKind> listKindFrom(const QString &text);

/// A row that was not imported: its line in the file (1-based, the header is line 1; for XLSX the
/// sheet row number) and what is wrong with it, phrased so the person can fix the file.
struct RowError
{
    int line = 0;
    QString message;
};

/// A list read and validated, ready to be written.
struct ParsedList
{
    QString file;
    ListKind kind = ListKind::Orgs;
    QList<Organization> orgs;
    QList<App> apps;
    QList<Account> accounts;
    QList<Lead> leads;
    QList<RowError> errors;
    QString format;                   ///< "XLSX", "CSV (UTF-8)", "CSV (GB18030)", … for the import dialog
    QHash<QString, QByteArray> icons; ///< app icon images by SHA-256 (App::icon), stored as blobs on write
    int rows() const { return int(orgs.size() + apps.size() + accounts.size() + leads.size()); }
};

struct ImportSummary
{
    ParsedList parsed;
    int inserted = 0;
    int updated = 0;
};

/// How a caller on another thread follows and stops an import.
struct ImportControl
{
    /// Rows handled so far of @p total, first while reading, then while writing; called every few hundred
    /// rows from the thread doing the work.
    std::function<void(int done, int total)> progress;
    /// Polled between rows; when it returns true the import stops, writes nothing and fails saying so.
    std::function<bool()> cancelled;
};

/// Reads CSV (UTF-8 with or without BOM, GB18030 detected) or XLSX (first sheet) lists with the
/// English or Chinese headers of interfaces.md, and writes them into a case. Bad rows are reported
/// with their line and skipped; the good rows of a file are written in one transaction, so a
/// failure leaves the case as it was.
class ListImporter final
{
public:
    using Progress = std::function<void(int done, int total)>;

    /// Parses @p file; the kind comes from @p kind or is detected from the header row (title rows above it
    /// are skipped). Fails (with the file named) when the file is unreadable, empty, of an unknown format or
    /// kind. Files over 100 MB, XLSX that inflate past 200 MB and lists over 1,000,000 rows are refused.
    static Result<ParsedList> parse(const QString &file, std::optional<ListKind> kind = std::nullopt,
                                    const ImportControl &control = {});
    /// The same for bytes already read; @p file names them in messages and its folder resolves relative
    /// icon and apk paths.
    static Result<ParsedList> parse(const QByteArray &bytes, const QString &file,
                                    std::optional<ListKind> kind = std::nullopt, const ImportControl &control = {});

    /// Writes @p list through @p writer as one job (one transaction: all good rows or none) and waits for
    /// it — never call it on the GUI thread. Rows are updated by id (orgs) or natural key (apps by store,
    /// package and name; accounts by platform, name and account_id; leads by url), never duplicated.
    /// @p control's callbacks run on the writer's thread.
    static Result<ImportSummary> write(ParsedList list, CaseWriter &writer, const ImportControl &control = {});

    /// parse() then write().
    static Result<ImportSummary> importFile(const QString &file, std::optional<ListKind> kind, CaseWriter &writer,
                                            const ImportControl &control = {});
};

} // namespace Govscope::Models
