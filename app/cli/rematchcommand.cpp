// `govscope rematch CASE [--feeds DIR]`: 漏洞准实时匹配. Matches the fingerprints the scans stored (products,
// versions, CPEs per target) against the feeds in force — the shipped ones, then the installed ones or
// DIR — without touching the network, and writes what that changes in one transaction. One line per
// finding added (+), closed (-) or changed (~), with the feed that caused it, on stdout.

#include "arguments.h"
#include "casefile.h"
#include "casewriter.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "feeds.h"
#include "rematcher.h"
#include "scanscope.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace Govscope::Cli {

namespace {

QString lineOf(const RematchChange &c)
{
    const char sign = c.kind == RematchChange::Kind::Added ? '+' : c.kind == RematchChange::Kind::Closed ? '-' : '~';
    QString why;
    if (c.kind == RematchChange::Kind::Closed)
        why = QCoreApplication::translate("Govscope::Cli", "withdrawn: %1; feed: %2")
                  .arg(c.gone.isEmpty() ? u"-"_qs : c.gone.join(u", "_qs),
                       c.feeds.isEmpty() ? QCoreApplication::translate("Govscope::Cli", "unchanged")
                                         : c.feeds.join(u", "_qs));
    else if (c.kind == RematchChange::Kind::Added)
        why = QCoreApplication::translate("Govscope::Cli", "%1; feed: %2")
                  .arg(c.added.join(u", "_qs), c.feeds.join(u", "_qs));
    else
        why = QCoreApplication::translate("Govscope::Cli", "added %1, withdrawn %2; feed: %3")
                  .arg(c.added.isEmpty() ? u"-"_qs : c.added.join(u", "_qs),
                       c.gone.isEmpty() ? u"-"_qs : c.gone.join(u", "_qs), c.feeds.join(u", "_qs));
    return u"%1 %2 %3 %4  %5\n"_qs.arg(QLatin1Char(sign)).arg(c.finding).arg(c.check, c.target, why);
}

} // namespace

int runRematch(const QStringList &args)
{
    const QString usage = u"govscope rematch CASE [--feeds DIR]"_qs;
    QCommandLineParser parser;
    parser.addOption(
        {u"feeds"_qs, u"Feeds directory added over the shipped feeds (default: the installed feeds)."_qs, u"DIR"_qs});
    parser.addPositionalArgument(u"CASE"_qs, u"The case file."_qs);
    if (auto code = parseArguments(parser, args, usage, 1))
        return *code;
    const QString casePath = parser.positionalArguments().at(0);
    if (!openExistingCase(casePath))
        return Failure;

    QElapsedTimer timer;
    timer.start();
    const auto dirs = Engine::ScanPlanning::feedDirs(parser.value(u"feeds"_qs));
    if (!dirs)
        return fail(dirs.errorMessage());
    const auto feeds = Sdk::Feeds::load(*dirs);
    if (!feeds)
        return fail(feeds.errorMessage());
    const auto parsed = Sdk::ComponentFeeds::of(*feeds);
    if (!parsed)
        return fail(parsed.errorMessage());
    const qint64 parseMs = timer.elapsed();

    const Rematcher rematcher(**parsed, feeds->list(u"jslibs/*.json"_qs));
    const QList<Sdk::FeedFile> inForce = feeds->files();
    auto outcome = std::make_shared<Result<QList<RematchChange>>>(QList<RematchChange>{});
    {
        Models::CaseWriter writer(casePath);
        writer.submit([&rematcher, inForce, outcome](QSqlDatabase &db) -> Status {
            *outcome = rematcher.apply(db, inForce);
            if (!*outcome)
                return outcome->error();
            return Done{};
        });
        writer.flushAndWait();
    }
    if (!*outcome)
        return fail(QCoreApplication::translate("Govscope::Cli", "%1: re-match failed, nothing was changed: %2")
                        .arg(casePath, outcome->errorMessage()));
    int added = 0, closed = 0, updated = 0;
    for (const RematchChange &c : **outcome) {
        out(lineOf(c));
        (c.kind == RematchChange::Kind::Added ? added : c.kind == RematchChange::Kind::Closed ? closed : updated)++;
    }
    err(QCoreApplication::translate("Govscope::Cli",
                                    "govscope: rematch: %1 added, %2 closed, %3 changed; %4 vulnerability entries "
                                    "(parsed in %5 ms), %6 ms in all, no network used\n")
            .arg(added)
            .arg(closed)
            .arg(updated)
            .arg((*parsed)->vulnerabilities.size())
            .arg(parseMs)
            .arg(timer.elapsed()));
    return Success;
}

} // namespace Govscope::Cli
