#include "arguments.h"

#include "casefile.h"
#include "cli.h"
#include "console.h"

namespace Govscope::Cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                                  int positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    parser.addOption(help);
    if (!parser.parse(QStringList{u"govscope"_qs} + args))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(help)) {
        out(u"usage: "_qs + usage + u"\n\n"_qs + parser.helpText().section(u'\n', 2));
        return int(Success);
    }
    const int given = int(parser.positionalArguments().size());
    if (given < positional)
        return usageError(u"missing arguments (%1 needed, %2 given)."_qs.arg(positional).arg(given), usage);
    if (given > positional)
        return usageError(u"unexpected argument '%1'."_qs.arg(parser.positionalArguments().at(positional)), usage);
    return std::nullopt;
}

std::optional<QString> choice(const QCommandLineParser &parser, const QString &option, const QStringList &allowed,
                              const QString &usage)
{
    if (!parser.isSet(option))
        return allowed.first();
    const QString value = parser.value(option);
    if (!allowed.contains(value)) {
        usageError(u"--%1 must be one of %2, not '%3'."_qs.arg(option, allowed.join(u", "_qs), value), usage);
        return std::nullopt;
    }
    return value;
}

bool openExistingCase(const QString &path)
{
    const Status opened = Models::CaseFile::open(path, Models::CaseFile::Mode::OpenExisting);
    if (!opened)
        fail(opened.errorMessage());
    return opened.ok();
}

} // namespace Govscope::Cli
