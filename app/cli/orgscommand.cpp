#include "arguments.h"
#include "casefile.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "orgrepository.h"
#include "serialization.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Govscope::Cli {

int runOrgs(const QStringList &args)
{
    const QString usage = u"govscope orgs CASE [--format json|csv]"_qs;
    QCommandLineParser parser;
    parser.addOption({u"format"_qs, u"json (default) or csv."_qs, u"format"_qs});
    parser.addPositionalArgument(u"CASE"_qs, u"The case file."_qs);
    if (auto code = parseArguments(parser, args, usage, 1))
        return *code;
    const auto format = choice(parser, u"format"_qs, {u"json"_qs, u"csv"_qs}, usage);
    if (!format)
        return Usage;
    const QString casePath = parser.positionalArguments().at(0);
    if (!openExistingCase(casePath))
        return Failure;

    Models::Connection conn(casePath, true);
    if (!conn.ok())
        return fail(conn.error());
    auto orgs = Models::OrgRepository::all(conn.db());
    if (!orgs)
        return fail(u"%1: %2"_qs.arg(casePath, orgs.errorMessage()));
    QHash<QString, QList<Models::Asset>> assets;
    for (const Models::Organization &o : *orgs) {
        auto a = Models::OrgRepository::assets(conn.db(), o.id);
        if (!a)
            return fail(u"%1: %2"_qs.arg(casePath, a.errorMessage()));
        assets.insert(o.id, *a);
    }
    if (*format == u"csv"_qs) {
        out(Models::orgsToCsv(*orgs, assets));
    } else {
        QJsonArray array;
        for (const Models::Organization &o : *orgs)
            array.append(Models::orgToJson(o, assets.value(o.id)));
        out(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    return Success;
}

} // namespace Govscope::Cli
