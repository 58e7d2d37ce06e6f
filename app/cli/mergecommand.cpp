// `govscope merge OUT CASE…`: the shards of one scan (or any cases of one organisation list) into one case.
// Every input is checked before anything is written; OUT is rebuilt aside and replaced only when all merged.

#include "arguments.h"
#include "casemerge.h"
#include "cli.h"
#include "command.h"
#include "console.h"

#include <QElapsedTimer>

namespace Govscope::Cli {

namespace {

const QString kUsage = u"govscope merge OUT CASE…"_qs;

QString describe(const Models::MergeCounts &c)
{
    return u"%1 findings new, %2 updated, %3 status changes, %4 notes, %5 check results, %6 scans, %7 orgs, "
           "%8 evidence, %9 blobs"_qs.arg(c.findingsAdded)
               .arg(c.findingsUpdated)
               .arg(c.statusChanges)
               .arg(c.notes)
               .arg(c.checkResults)
               .arg(c.scans)
               .arg(c.orgs)
               .arg(c.evidence)
               .arg(c.blobs);
}

} // namespace

int runMerge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"OUT"_qs, u"The merged case (created if missing)."_qs);
    parser.addPositionalArgument(u"CASE…"_qs, u"The cases to merge into OUT (the shards of one scan)."_qs);
    // The number of inputs is open-ended (merge has no options but --help): expect what was given, then
    // require two or more.
    int given = 0;
    for (const QString &a : args)
        given += a.startsWith(u'-') ? 0 : 1;
    if (auto code = parseArguments(parser, args, kUsage, given); code)
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(u"name the output case and at least one case to merge."_qs, kUsage);
    const QString out = positional.first();
    const QStringList inputs = positional.mid(1);

    QElapsedTimer clock;
    clock.start();
    auto merged = Models::CaseMerge::merge(out, inputs, [](const QString &input, const Models::MergeCounts &c) {
        err(u"govscope: merge: %1: %2\n"_qs.arg(input, describe(c)));
    });
    if (!merged)
        return fail(merged.errorMessage());
    err(u"govscope: merged %1 case(s) into %2 in %3 s: %4%5\n"_qs.arg(inputs.size())
            .arg(out)
            .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
            .arg(describe(*merged))
            .arg(merged->total() == 0 ? u" (nothing new)"_qs : QString()));
    return Success;
}

} // namespace Govscope::Cli
