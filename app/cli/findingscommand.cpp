#include "arguments.h"
#include "casefile.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "findingrepository.h"
#include "findingtext.h"
#include "serialization.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Govscope::Cli {

int runFindings(const QStringList &args)
{
    const QString usage = u"govscope findings CASE [--format json|csv] [--family F] [--org ID] "
                          "[--min-severity S] [--status S] [--search TEXT] [--lang zh_CN|en]"_qs;
    QCommandLineParser parser;
    parser.addOption({u"format"_qs, u"json (default) or csv."_qs, u"format"_qs});
    parser.addOption({u"family"_qs, u"Only this check family (domain, mail, …)."_qs, u"family"_qs});
    parser.addOption({u"org"_qs, u"Only this organisation id."_qs, u"id"_qs});
    parser.addOption({u"min-severity"_qs, u"info, low, medium, high or critical."_qs, u"severity"_qs});
    parser.addOption({u"status"_qs, u"open, confirmed, false_positive, fixed or reopened."_qs, u"status"_qs});
    parser.addOption({u"search"_qs, u"Full-text search over titles, targets and evidence."_qs, u"text"_qs});
    parser.addOption({u"lang"_qs, QObject::tr("Language of titles and evidence: zh_CN or en (default: the locale's)."),
                      u"language"_qs});
    parser.addPositionalArgument(u"CASE"_qs, u"The case file."_qs);
    if (auto code = parseArguments(parser, args, usage, 1))
        return *code;
    const auto format = choice(parser, u"format"_qs, {u"json"_qs, u"csv"_qs}, usage);
    if (!format)
        return Usage;
    QString language = Models::Translations::forSystemLocale();
    if (parser.isSet(u"lang"_qs)) {
        const auto lang = choice(parser, u"lang"_qs, Models::Translations::available(), usage);
        if (!lang)
            return Usage;
        language = *lang;
    }

    Models::FindingFilter filter;
    filter.family = parser.value(u"family"_qs);
    filter.org = parser.value(u"org"_qs);
    filter.text = parser.value(u"search"_qs);
    if (parser.isSet(u"min-severity"_qs)) {
        filter.minSeverity = Models::severityFrom(parser.value(u"min-severity"_qs));
        if (!filter.minSeverity)
            return usageError(u"--min-severity must be info, low, medium, high or critical, not '%1'."_qs.arg(
                                  parser.value(u"min-severity"_qs)),
                              usage);
    }
    if (parser.isSet(u"status"_qs)) {
        filter.status = Models::findingStatusFrom(parser.value(u"status"_qs));
        if (!filter.status)
            return usageError(u"--status must be open, confirmed, false_positive, fixed or reopened, not '%1'."_qs.arg(
                                  parser.value(u"status"_qs)),
                              usage);
    }

    const QString casePath = parser.positionalArguments().at(0);
    if (!openExistingCase(casePath))
        return Failure;
    Models::Connection conn(casePath, true);
    if (!conn.ok())
        return fail(conn.error());
    auto findings = Models::FindingRepository::find(conn.db(), filter, 0, -1, true);
    if (!findings)
        return fail(u"%1: %2"_qs.arg(casePath, findings.errorMessage()));
    Models::FindingText::localize(*findings, language);
    if (*format == u"csv"_qs) {
        out(Models::findingsToCsv(*findings));
    } else {
        QJsonArray array;
        for (const Models::Finding &f : *findings)
            array.append(Models::findingToJson(f));
        out(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    return Success;
}

} // namespace Govscope::Cli
