#include "cli.h"

#include "command.h"
#include "console.h"
#include "familyregistry.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

namespace Govscope::Cli {

namespace {

// The commands of spec/interfaces.md. A new command is one line here and one file.
const auto kCommands = std::to_array<Command>({
    {"import", "govscope import CASE FILE [--as orgs|apps|accounts|leads]",
     QT_TRANSLATE_NOOP("Cli", "import a list into CASE (created if missing); re-import updates rows by id"),
     &runImport},
    {"orgs", "govscope orgs CASE [--format json|csv]",
     QT_TRANSLATE_NOOP("Cli", "print the organisations with their assets"), &runOrgs},
    {"findings",
     "govscope findings CASE [--format json|csv] [--family F] [--org ID] [--min-severity S] [--status S] "
     "[--search TEXT]",
     QT_TRANSLATE_NOOP("Cli", "print findings (titles and evidence in the locale's language, or --lang)"),
     &runFindings},
    {"scan",
     "govscope scan CASE [--family F[,F…]] [--org ID[,ID…]] [--profile FILE] [--feeds DIR] [--jobs N] "
     "[--shard K/N]",
     QT_TRANSLATE_NOOP("Cli", "run the checks (all families by default); Ctrl-C stops, the same command again resumes"),
     &runScan},
    {"merge", "govscope merge OUT CASE…",
     QT_TRANSLATE_NOOP("Cli", "merge cases of the same organisation list (shards of one scan) into OUT, created if "
                              "missing; OUT is replaced only when every input merged"),
     &runMerge},
    {"report",
     "govscope report CASE --out FILE.zip [--org ID…] [--lang zh_CN|en] [--auditor NAME] "
     "[--key KEY.pem --cert CERT.pem | --pkcs12 FILE.p12]",
     QT_TRANSLATE_NOOP("Cli",
                       "write the report bundle (PDF, HTML, findings.json, evidence, manifest), signed when a key "
                       "is given; --new-key/--new-cert/--subject create a signing identity"),
     &runReport},
    {"verify", "govscope verify FILE.zip [--ca CA.pem]",
     QT_TRANSLATE_NOOP("Cli",
                       "check a bundle's files against its manifest and its signature; exit 0 only if all is intact"),
     &runVerify},
    {"feeds", "govscope feeds import DIR|FILE… [--source TEXT] | govscope feeds list [--format json]",
     QT_TRANSLATE_NOOP("Cli",
                       "validate and install feed files into the user's data directory; list the feeds in force"),
     &runFeeds},
    {"rematch", "govscope rematch CASE [--feeds DIR]",
     QT_TRANSLATE_NOOP("Cli",
                       "match the stored fingerprints against the feeds in force, without network; print what it "
                       "adds (+) or closes (-)"),
     &runRematch},
});

QString helpText()
{
    QString text =
        u"Govscope %1 — 政务应用监测工作台\n"_qs.arg(QStringLiteral(GOVSCOPE_VERSION)) +
        QCoreApplication::translate("Cli", "Checks the internet applications of government bodies and public "
                                           "institutions against\nthe 2024 《互联网政务应用安全管理规定》.") +
        u"\n\n"_qs + QCoreApplication::translate("Cli", "usage:") + u"\n  govscope [CASE]              "_qs +
        QCoreApplication::translate("Cli", "open the workbench (on CASE)") + u'\n';
    for (const Command &c : kCommands)
        text += u"  "_qs + QString::fromUtf8(c.usage) + u"\n      "_qs + QCoreApplication::translate("Cli", c.summary) +
                u'\n';
    text +=
        u"  govscope --version | --help\n\n"_qs +
        QCoreApplication::translate(
            "Cli", "Exit status: 0 success (a scan that found problems succeeded), 1 the work failed, 2 usage error.") +
        u'\n';
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
    // Messages and --help in the language of the locale (LANG=zh_CN.UTF-8 gives Chinese).
    if (Models::Translations::installed().isEmpty())
        Models::Translations::install(Models::Translations::forSystemLocale());
    const QString first = arguments.value(1);
    if (first == u"--version"_qs || first == u"-v"_qs) {
        out(u"govscope %1\n"_qs.arg(QStringLiteral(GOVSCOPE_VERSION)));
        return Success;
    }
    if (first == u"--help"_qs || first == u"-h"_qs || first == u"help"_qs) {
        out(helpText());
        return Success;
    }
    // A build whose family plugins disagree with the catalogue would scan with checks missing: refuse.
    if (const QStringList problems = Engine::FamilyRegistry::problems(); !problems.isEmpty()) {
        err(QCoreApplication::translate("Cli", "govscope: this build's check families are inconsistent; "
                                               "rebuild it from a clean tree:\n") +
            problems.join(u'\n') + u'\n');
        return Failure;
    }
    const Command *command = find(first);
    if (!command) {
        err(QCoreApplication::translate("Cli", "govscope: unknown command or option '%1'.").arg(first) + u"\n\n"_qs +
            helpText());
        return Usage;
    }
    return command->run(arguments.mid(2));
}

} // namespace Govscope::Cli
