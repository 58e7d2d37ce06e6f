#include "cli.h"

#include "command.h"
#include "console.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

namespace Govscope::Cli {

namespace {

// The commands of spec/interfaces.md. A new command is one line here and one file.
const auto kCommands = std::to_array<Command>({
    {"import", "govscope import CASE FILE [--as orgs|apps|accounts|leads]",
     "import a list into CASE (created if missing); re-import updates rows by id", &runImport},
    {"orgs", "govscope orgs CASE [--format json|csv]", "print the organisations with their assets", &runOrgs},
    {"findings",
     "govscope findings CASE [--format json|csv] [--family F] [--org ID] [--min-severity S] [--status S] "
     "[--search TEXT]",
     "print findings", &runFindings},
    {"scan",
     "govscope scan CASE [--family F[,F…]] [--org ID[,ID…]] [--profile FILE] [--feeds DIR] [--jobs N] "
     "[--shard K/N]",
     "run the checks (all families by default); Ctrl-C stops, the same command again resumes", &runScan},
    {"merge", "govscope merge OUT CASE…",
     "merge cases of the same organisation list (shards of one scan) into OUT, created if missing; "
     "OUT is replaced only when every input merged",
     &runMerge},
    {"report",
     "govscope report CASE --out FILE.zip [--org ID…] [--lang zh_CN|en] [--auditor NAME] "
     "[--key KEY.pem --cert CERT.pem | --pkcs12 FILE.p12]",
     "write the report bundle (PDF, HTML, findings.json, evidence, manifest), signed when a key is given; "
     "--new-key/--new-cert/--subject create a signing identity",
     &runReport},
    {"verify", "govscope verify FILE.zip [--ca CA.pem]",
     "check a bundle's files against its manifest and its signature; exit 0 only if all is intact", &runVerify},
});

QString helpText()
{
    QString text =
        u"Govscope %1 — 政务应用监测工作台\n"
        "Checks the internet applications of government bodies and public institutions against\n"
        "the 2024 《互联网政务应用安全管理规定》.\n\n"
        "usage:\n"
        "  govscope [CASE]              open the workbench (on CASE)\n"_qs.arg(QStringLiteral(GOVSCOPE_VERSION));
    for (const Command &c : kCommands)
        text += u"  "_qs + QString::fromUtf8(c.usage) + u"\n      "_qs + QString::fromUtf8(c.summary) + u'\n';
    text += u"  govscope --version | --help\n\n"
            "Exit status: 0 success (a scan that found problems succeeded), 1 the work failed, 2 usage error.\n"_qs;
    return text;
}

const Command *find(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first.startsWith(u'-') || find(first) != nullptr || first == u"help"_qs)
        return true;
    // `govscope CASE` opens the workbench; anything else that is neither an existing file nor a
    // case name is a mistyped command, answered on the terminal rather than with a window.
    const bool looksLikeCase = QFileInfo::exists(first) || first.endsWith(u".govcase"_qs, Qt::CaseInsensitive);
    return !looksLikeCase || arguments.size() > 2;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--version"_qs || first == u"-v"_qs) {
        out(u"govscope %1\n"_qs.arg(QStringLiteral(GOVSCOPE_VERSION)));
        return Success;
    }
    if (first == u"--help"_qs || first == u"-h"_qs || first == u"help"_qs) {
        out(helpText());
        return Success;
    }
    const Command *command = find(first);
    if (!command) {
        err(u"govscope: unknown command or option '%1'.\n\n"_qs.arg(first) + helpText());
        return Usage;
    }
    return command->run(arguments.mid(2));
}

} // namespace Govscope::Cli
