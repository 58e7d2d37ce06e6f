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

QString withoutAppAdditions(const QString &name)
{
    // What fake listings append to an app's name to pass as a newer or better edition of it.
    static const QStringList additions{
        u"官方正式版"_qs, u"官方最新版"_qs, u"官方版"_qs, u"最新版"_qs, u"正式版"_qs, u"极速版"_qs, u"专业版"_qs,
        u"免费版"_qs,     u"手机版"_qs,     u"安卓版"_qs, u"破解版"_qs, u"会员版"_qs, u"增强版"_qs, u"官方"_qs,
        u"最新"_qs,       u"pro"_qs,        u"plus"_qs,   u"lite"_qs,   u"hd"_qs,     u"vip"_qs,    u"app"_qs};
    static const QString decoration = u"()（）[]【】<>《》-_+|/:：,，.。!！ "_qs;
    QString n = normaliseName(name);
    for (bool stripped = true; stripped && !n.isEmpty();) {
        stripped = false;
        while (!n.isEmpty() && decoration.contains(n.back())) {
            n.chop(1);
            stripped = true;
        }
        for (const QString &a : additions)
            if (n.size() > a.size() && n.endsWith(a)) {
                n.chop(a.size());
                stripped = true;
                break;
            }
    }
    return n;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

bool nearlyEqual(const QString &a, const QString &b)
{
    // one character added, dropped or changed; shorter names are too easily one edit from anything
    if (a == b || std::min(a.size(), b.size()) < 4 || editDistance(a, b) != 1)
        return false;
    // 某省发布 and 某市发布 are two governments' accounts, not a copy: one administrative level for another
    static const QString levels = u"省市县区州盟旗镇乡村"_qs;
    if (a.size() == b.size())
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                return !(levels.contains(a[i]) && levels.contains(b[i]));
    return true;
}

QList<OfficialApp> officialApps(const Models::Organization &org, const QList<Models::App> &apps)
{
    QList<OfficialApp> out;
    for (const Models::App &a : apps)
        if (officialFor(a, org))
            out << OfficialApp{a.name, a.package,   a.signerSha256.toLower(),
                               a.icon, a.developer, u"listing (%1)"_qs.arg(a.store)};
    for (const QString &package : org.apps) {
        const bool listed = std::any_of(out.cbegin(), out.cend(), [&](const OfficialApp &o) {
            return o.package.compare(package, Qt::CaseInsensitive) == 0;
        });
        if (!listed && !package.trimmed().isEmpty())
            out << OfficialApp{{}, package.trimmed(), {}, {}, {}, u"org list"_qs};
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
            const QString officialName = normaliseName(official.name);
            if (!officialName.isEmpty() && officialName == normaliseName(listing.name))
                matchedBy << u"name"_qs;
            else if (!officialName.isEmpty() && withoutAppAdditions(listing.name) == officialName)
                matchedBy << u"name with additions (%1)"_qs.arg(listing.name);
            if (!official.package.isEmpty() && official.package.compare(listing.package, Qt::CaseInsensitive) == 0)
                matchedBy << u"package"_qs;
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
            // a listing under the official developer's account is theirs; another developer's is not
            if (!official.developer.isEmpty() && !listing.developer.isEmpty() &&
                normaliseName(official.developer) != normaliseName(listing.developer))
                differs << u"developer"_qs;
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
        if (!orgName.isEmpty() && nearlyEqual(name, orgName)) {
            out << AccountImpersonation{listing, u"org name, one character off"_qs, org.name};
            continue;
        }
        for (const QString &official : officialNames) {
            const QString o = normaliseName(official);
            const char *how = name == o                           ? "official account name"
                              : o.size() >= 4 && name.contains(o) ? "official account name, with additions"
                              : nearlyEqual(name, o)              ? "official account name, one character off"
                                                                  : nullptr;
            if (how) {
                out << AccountImpersonation{listing, QString::fromLatin1(how), official};
                break;
            }
        }
    }
    return out;
}

} // namespace Govscope::Counterfeit::ListingRules
