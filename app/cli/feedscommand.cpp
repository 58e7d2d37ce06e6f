// `govscope feeds import PATH… [--as PLACE] [--source TEXT]` and `govscope feeds list [--format json]`:
// feeds as managed data (多源数据汇聚). An import validates every file with the parsers the checks use and
// installs all of them or none into the user's data directory, which scans and `rematch` read by default;
// the manifest there keeps each file's source, SHA-256, size, record count and date. A scan records the
// SHA-256 of every feed file it used (scan_feeds), as before.

#include "arguments.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "feeds.h"
#include "feedstore.h"
#include "feedvalidation.h"
#include "scanscope.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Govscope::Cli {

namespace {

const QString kUsage = u"govscope feeds import DIR|FILE… [--as PLACE] [--source TEXT] | govscope feeds list "
                       "[--format json]"_qs;
constexpr qint64 MaxFeedBytes = qint64(512) * 1024 * 1024;

QString tr(const char *text)
{
    // the context lupdate gives tr() calls in this namespace
    return QCoreApplication::translate("Govscope::Cli", text);
    ;
}

Result<QByteArray> readFeed(const QString &path)
{
    QFile file(path);
    if (file.size() > MaxFeedBytes)
        return makeError(tr("%1 is larger than 512 MiB: split it; nothing was installed.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read %1: %2; nothing was installed.").arg(path, file.errorString()));
    return file.readAll();
}

// (place in the layout, file) for every file @p path names: a directory's files keep their relative paths.
Result<QList<std::pair<QString, QString>>> filesOf(const QString &path, const QString &as)
{
    QList<std::pair<QString, QString>> out;
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir root(info.absoluteFilePath());
        QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString rel = root.relativeFilePath(file);
            if (rel.startsWith(u'.') || rel.contains(u"/."_qs))
                continue;
            out.append({rel, file});
        }
        if (out.isEmpty())
            return makeError(tr("%1 holds no feed files; nothing was installed.").arg(path));
        std::sort(out.begin(), out.end());
        return out;
    }
    if (!info.isFile())
        return makeError(tr("%1 does not exist; nothing was installed.").arg(path));
    QString place = as;
    if (place.isEmpty()) {
        auto bytes = readFeed(path);
        if (!bytes)
            return bytes.error();
        place = FeedValidation::placeOf(path, *bytes);
        if (place.isEmpty())
            return makeError(tr("%1: cannot tell which feed this is; give its place in the feeds layout with --as "
                                "(e.g. --as vuln/nvd-2024.json); nothing was installed.")
                                 .arg(path));
    }
    out.append({place, info.absoluteFilePath()});
    return out;
}

int runImport(const QCommandLineParser &parser, const QStringList &paths)
{
    if (paths.isEmpty())
        return usageError(tr("feeds import needs a directory or a file."), kUsage);
    const QString as = parser.value(u"as"_qs);
    if (!as.isEmpty() && (paths.size() != 1 || QFileInfo(paths.first()).isDir()))
        return usageError(tr("--as names the place of one file."), kUsage);
    QList<Models::StagedFeed> staged;
    QHash<QString, QString> placed; // place → file, so two files never claim one place
    for (const QString &path : paths) {
        auto files = filesOf(path, as);
        if (!files)
            return fail(files.errorMessage());
        for (const auto &[place, file] : *files) {
            if (placed.contains(place))
                return fail(tr("%1 and %2 would both be installed as %3; nothing was installed.")
                                .arg(placed.value(place), file, place));
            placed.insert(place, file);
            auto bytes = readFeed(file);
            if (!bytes)
                return fail(bytes.errorMessage());
            auto checked = FeedValidation::check(place, *bytes, file);
            if (!checked)
                return fail(checked.errorMessage() + u' ' + tr("(nothing was installed)"));
            const QString source = parser.isSet(u"source"_qs) ? parser.value(u"source"_qs) : file;
            staged << Models::StagedFeed{place, checked->kind, source, std::move(*bytes), checked->records};
        }
    }
    const Models::FeedStore store;
    auto installed = store.install(staged);
    if (!installed)
        return fail(installed.errorMessage());
    for (const Models::InstalledFeed &f : *installed)
        out(u"%1  %2  %3 %4  %5…  %6 bytes  %7\n"_qs.arg(f.path, f.kind)
                .arg(f.records)
                .arg(tr("records"), f.sha256.left(16))
                .arg(f.size)
                .arg(f.source));
    err(tr("govscope: feeds: %1 files installed in %2\n").arg(installed->size()).arg(store.root()));
    return Success;
}

int runList(const QCommandLineParser &parser)
{
    const auto format = choice(parser, u"format"_qs, {u"text"_qs, u"json"_qs}, kUsage);
    if (!format)
        return Usage;
    const Models::FeedStore store;
    const auto manifest = store.installed();
    if (!manifest)
        return fail(manifest.errorMessage());
    QHash<QString, Models::InstalledFeed> byPath;
    for (const Models::InstalledFeed &f : *manifest)
        byPath.insert(f.path, f);
    const auto dirs = Engine::ScanPlanning::feedDirs({});
    if (!dirs)
        return fail(dirs.errorMessage());
    const auto feeds = Sdk::Feeds::load(*dirs);
    if (!feeds)
        return fail(feeds.errorMessage());
    QJsonArray rows;
    QString text;
    for (const Sdk::FeedFile &f : feeds->files()) {
        const auto it = byPath.constFind(f.relativePath);
        // installed and still the bytes the manifest describes; else shipped (or put there by hand)
        const bool managed = it != byPath.cend() && it->sha256 == f.sha256 &&
                             QFileInfo(feeds->path(f.relativePath)).absolutePath().startsWith(store.root());
        const QString origin = managed                                                ? u"installed"_qs
                               : feeds->path(f.relativePath).startsWith(store.root()) ? u"unmanaged"_qs
                                                                                      : u"shipped"_qs;
        QJsonObject row{{u"path"_qs, f.relativePath},
                        {u"sha256"_qs, f.sha256},
                        {u"origin"_qs, origin},
                        {u"size"_qs, QFileInfo(feeds->path(f.relativePath)).size()}};
        if (managed) {
            row[u"kind"_qs] = it->kind;
            row[u"records"_qs] = it->records;
            row[u"source"_qs] = it->source;
            row[u"installed"_qs] = it->installed.toString(Qt::ISODate);
        }
        rows.append(row);
        text += u"%1  %2  %3…  %4\n"_qs.arg(
            f.relativePath, origin, f.sha256.left(16),
            managed ? u"%1, %2 %3, %4, %5"_qs.arg(it->kind)
                          .arg(it->records)
                          .arg(tr("records"), it->installed.toString(Qt::ISODate), it->source)
                    : QString());
    }
    if (*format == u"json"_qs)
        out(QJsonDocument(rows).toJson());
    else
        out(text);
    return Success;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"as"_qs, u"Place of a single file in the feeds layout (e.g. vuln/nvd-2024.json)."_qs, u"PLACE"_qs});
    parser.addOption(
        {u"source"_qs, u"Where the files came from, for the manifest (default: their path)."_qs, u"TEXT"_qs});
    parser.addOption({u"format"_qs, u"feeds list: text (default) or json."_qs, u"FORMAT"_qs});
    parser.addPositionalArgument(u"ACTION"_qs, u"import or list."_qs);
    parser.addPositionalArgument(u"PATH"_qs, u"feeds import: directories (in the feeds layout) or files."_qs);
}

} // namespace

int runFeeds(const QStringList &args)
{
    // import takes any number of paths: count them with a first parse, then parse for real (help, errors)
    QCommandLineParser counting;
    addOptions(counting);
    counting.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    counting.addHelpOption();
    counting.parse(QStringList{u"govscope"_qs} + args);
    QCommandLineParser parser;
    addOptions(parser);
    if (auto code =
            parseArguments(parser, args, kUsage, int(std::max<qsizetype>(1, counting.positionalArguments().size()))))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"import"_qs)
        return runImport(parser, positional.mid(1));
    if (action == u"list"_qs && positional.size() == 1)
        return runList(parser);
    return usageError(tr("feeds needs import or list."), kUsage);
}

} // namespace Govscope::Cli
