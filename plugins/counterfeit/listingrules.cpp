#include "listingrules.h"

#include "namenormalise.h"

namespace Govscope::Counterfeit::ListingRules {

namespace {

bool officialFor(const Models::App &app, const Models::Organization &org)
{
    return app.official && app.org == org.id;
}

bool officialFor(const Models::Account &account, const Models::Organization &org)
{
    return account.official && account.org == org.id;
}

} // namespace

QList<OfficialApp> officialApps(const Models::Organization &org, const QList<Models::App> &apps)
{
    QList<OfficialApp> out;
    for (const Models::App &a : apps)
        if (officialFor(a, org))
            out << OfficialApp{a.name, a.package, a.signerSha256.toLower(), a.icon, u"listing (%1)"_qs.arg(a.store)};
    for (const QString &package : org.apps) {
        const bool listed = std::any_of(out.cbegin(), out.cend(), [&](const OfficialApp &o) {
            return o.package.compare(package, Qt::CaseInsensitive) == 0;
        });
        if (!listed && !package.trimmed().isEmpty())
            out << OfficialApp{{}, package.trimmed(), {}, {}, u"org list"_qs};
    }
    return out;
}

QList<AppImpersonation> impersonatingApps(const Models::Organization &org, const QList<Models::App> &apps)
{
    const QList<OfficialApp> officials = officialApps(org, apps);
    QList<AppImpersonation> out;
    for (const Models::App &listing : apps) {
        if (officialFor(listing, org) || (listing.official && !listing.org.isEmpty()))
            continue; // another org's official app is that org's business
        for (const OfficialApp &official : officials) {
            QStringList matchedBy;
            if (!official.name.isEmpty() && normaliseName(official.name) == normaliseName(listing.name))
                matchedBy << u"name"_qs;
            if (!official.icon.isEmpty() && official.icon.compare(listing.icon, Qt::CaseInsensitive) == 0)
                matchedBy << u"icon"_qs;
            if (matchedBy.isEmpty())
                continue;
            QStringList differs;
            if (official.package.compare(listing.package, Qt::CaseInsensitive) != 0)
                differs << u"package"_qs;
            const QString signer = listing.signerSha256.toLower();
            if (!official.signerSha256.isEmpty() && !signer.isEmpty() && official.signerSha256 != signer)
                differs << u"signer"_qs;
            if (differs.isEmpty())
                continue;
            out << AppImpersonation{listing, official, matchedBy, differs};
            break; // one finding per listing, against the first official app it imitates
        }
    }
    return out;
}

QStringList officialAccountNames(const Models::Organization &org, const QList<Models::Account> &accounts)
{
    QStringList names;
    for (const QString &n : org.accounts)
        if (!n.trimmed().isEmpty() && !names.contains(n.trimmed()))
            names << n.trimmed();
    for (const Models::Account &a : accounts)
        if (officialFor(a, org) && !names.contains(a.name))
            names << a.name;
    return names;
}

QList<AccountImpersonation> impersonatingAccounts(const Models::Organization &org,
                                                  const QList<Models::Account> &accounts)
{
    const QStringList officialNames = officialAccountNames(org, accounts);
    QList<const Models::Account *> officialRows;
    for (const Models::Account &a : accounts)
        if (officialFor(a, org))
            officialRows << &a;
    const QString orgName = normaliseName(org.name);
    QList<AccountImpersonation> out;
    for (const Models::Account &listing : accounts) {
        if (officialFor(listing, org) || (listing.official && !listing.org.isEmpty()))
            continue;
        const bool sameAsOfficial = std::any_of(officialRows.cbegin(), officialRows.cend(), [&](const auto *o) {
            return !o->accountId.isEmpty() && o->platform == listing.platform && o->accountId == listing.accountId;
        });
        if (sameAsOfficial)
            continue;
        const QString name = normaliseName(listing.name);
        if (!orgName.isEmpty() && name.contains(orgName)) {
            out << AccountImpersonation{listing, u"org name"_qs, org.name};
            continue;
        }
        for (const QString &official : officialNames) {
            if (name == normaliseName(official)) {
                out << AccountImpersonation{listing, u"official account name"_qs, official};
                break;
            }
        }
    }
    return out;
}

} // namespace Govscope::Counterfeit::ListingRules
