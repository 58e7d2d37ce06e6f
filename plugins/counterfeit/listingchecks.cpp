#include "listingchecks.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "listingrules.h"

#include <QObject>

namespace Govscope::Counterfeit {

namespace {

const QString AppCheck = u"counterfeit.app"_qs;
const QString AccountCheck = u"counterfeit.account"_qs;

QString describe(const Models::App &a)
{
    return u"store=%1 name=%2 developer=%3 package=%4 version=%5 signer_sha256=%6 icon=%7 official=%8 org=%9"_qs.arg(
        a.store, a.name, a.developer, a.package, a.version, a.signerSha256.isEmpty() ? u"-"_qs : a.signerSha256,
        a.icon.isEmpty() ? u"-"_qs : a.icon, a.official ? u"yes"_qs : u"no"_qs, a.org.isEmpty() ? u"-"_qs : a.org);
}

QString describe(const Models::Account &a)
{
    return u"platform=%1 name=%2 account_id=%3 operator=%4 official=%5 org=%6"_qs.arg(
        a.platform, a.name, a.accountId, a.operatorName, a.official ? u"yes"_qs : u"no"_qs,
        a.org.isEmpty() ? u"-"_qs : a.org);
}

Models::NewEvidence textEvidence(const QString &summary, const QStringList &lines)
{
    return Models::NewEvidence{u"text"_qs, summary, lines.join(u'\n').toUtf8(), u"text/plain; charset=utf-8"_qs};
}

} // namespace

void checkApps(Sdk::CheckContext &ctx)
{
    const Models::Organization &org = ctx.org();
    const QList<Models::App> &apps = ctx.snapshot().apps;
    const QList<OfficialApp> officials = ListingRules::officialApps(org, apps);
    if (officials.isEmpty()) {
        ctx.pass(AppCheck, org.id, QObject::tr("the org declares no official app"));
        return;
    }
    const QList<AppImpersonation> hits = ListingRules::impersonatingApps(org, apps);
    for (const AppImpersonation &hit : hits) {
        const QString title = QObject::tr("App \"%1\" (%2) imitates the official app %3 by %4; its %5 differ(s)")
                                  .arg(hit.listing.name, hit.listing.package, hit.official.package,
                                       hit.matchedBy.join(u" and "_qs), hit.differs.join(u", "_qs));
        Models::NewFinding f = Sdk::makeFinding(org, AppCheck, hit.listing.package, title);
        const OfficialApp &o = hit.official;
        f.evidence << Sdk::Evidence::org(org)
                   << textEvidence(QObject::tr("Imported listing vs official app: matched by %1; differs in %2")
                                       .arg(hit.matchedBy.join(u", "_qs), hit.differs.join(u", "_qs)),
                                   {u"listing:  "_qs + describe(hit.listing),
                                    u"official: name=%1 package=%2 signer_sha256=%3 icon=%4 (from %5)"_qs.arg(
                                        o.name.isEmpty() ? u"-"_qs : o.name, o.package,
                                        o.signerSha256.isEmpty() ? u"-"_qs : o.signerSha256,
                                        o.icon.isEmpty() ? u"-"_qs : o.icon, o.source)});
        ctx.finding(std::move(f));
    }
    if (hits.isEmpty())
        ctx.pass(AppCheck, org.id,
                 QObject::tr("%1 listings compared with %2 official app(s); none imitates them")
                     .arg(apps.size())
                     .arg(officials.size()));
}

void checkAccounts(Sdk::CheckContext &ctx)
{
    const Models::Organization &org = ctx.org();
    const QList<Models::Account> &accounts = ctx.snapshot().accounts;
    const QList<AccountImpersonation> hits = ListingRules::impersonatingAccounts(org, accounts);
    const QStringList officialNames = ListingRules::officialAccountNames(org, accounts);
    for (const AccountImpersonation &hit : hits) {
        const QString title = QObject::tr("Account \"%1\" on %2 carries the %3 \"%4\" but is not an official account")
                                  .arg(hit.listing.name, hit.listing.platform, hit.matchedBy, hit.matchedText);
        Models::NewFinding f = Sdk::makeFinding(org, AccountCheck, hit.listing.name, title);
        f.evidence << Sdk::Evidence::org(org)
                   << textEvidence(QObject::tr("Listing matched by %1 \"%2\"; official accounts: %3")
                                       .arg(hit.matchedBy, hit.matchedText,
                                            officialNames.isEmpty() ? u"none"_qs : officialNames.join(u", "_qs)),
                                   {u"listing: "_qs + describe(hit.listing),
                                    u"official list: "_qs + officialNames.join(u"; "_qs)});
        ctx.finding(std::move(f));
    }
    if (hits.isEmpty())
        ctx.pass(AccountCheck, org.id,
                 QObject::tr("%1 account listings compared; none carries the org's name or an official account name")
                     .arg(accounts.size()));
}

} // namespace Govscope::Counterfeit
