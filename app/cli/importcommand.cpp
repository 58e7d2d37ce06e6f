#include "arguments.h"
#include "casefile.h"
#include "casewriter.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "listimporter.h"

#include <QFileInfo>

namespace Govscope::Cli {

int runImport(const QStringList &args)
{
    const QString usage = u"govscope import CASE FILE [--as orgs|apps|accounts|leads]"_qs;
    QCommandLineParser parser;
    parser.addOption({u"as"_qs, u"The kind of list (detected from the header row when absent)."_qs, u"kind"_qs});
    parser.addPositionalArgument(u"CASE"_qs, u"The case file; created when it does not exist."_qs);
    parser.addPositionalArgument(u"FILE"_qs, u"A CSV or XLSX list."_qs);
    if (auto code = parseArguments(parser, args, usage, 2))
        return *code;
    const QString casePath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);

    std::optional<Models::ListKind> kind;
    if (parser.isSet(u"as"_qs)) {
        kind = Models::listKindFrom(parser.value(u"as"_qs));
        if (!kind)
            return usageError(u"--as must be orgs, apps, accounts or leads, not '%1'."_qs.arg(parser.value(u"as"_qs)),
                              usage);
    }

    // Parse before touching the case: an unreadable list must not leave a new, empty case behind.
    auto parsed = Models::ListImporter::parse(file, kind);
    if (!parsed)
        return fail(parsed.errorMessage());
    const Status opened = Models::CaseFile::open(casePath, Models::CaseFile::Mode::CreateIfMissing);
    if (!opened)
        return fail(opened.errorMessage());

    Models::CaseWriter writer(casePath);
    auto summary = Models::ListImporter::write(std::move(*parsed), writer);
    if (!summary)
        return fail(summary.errorMessage());
    for (const Models::RowError &e : summary->parsed.errors)
        err(u"%1:%2: %3\n"_qs.arg(file).arg(e.line).arg(e.message));
    err(u"govscope: %1: imported %2 %3 (%4 new, %5 updated), %6 rows skipped\n"_qs
            .arg(QFileInfo(file).fileName())
            .arg(summary->inserted + summary->updated)
            .arg(Models::toId(summary->parsed.kind))
            .arg(summary->inserted)
            .arg(summary->updated)
            .arg(summary->parsed.errors.size()));
    return Success;
}

} // namespace Govscope::Cli
