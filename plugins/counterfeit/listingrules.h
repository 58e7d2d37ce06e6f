#pragma once

#include "types.h"

#include <QList>
#include <QString>

namespace Govscope::Counterfeit {

/// An app the org publishes: a package from its `apps` column (name and signer unknown) or an
/// imported listing marked official for it.
struct OfficialApp
{
    QString name, package, signerSha256, icon, developer, source;
};

/// An imported app listing that passes for one of the org's official apps.
struct AppImpersonation
{
    Models::App listing;
    OfficialApp official;
    QStringList matchedBy; ///< "name", "icon"
    QStringList differs;   ///< "package", "signer"
};

/// An imported account listing that presents itself as the org.
struct AccountImpersonation
{
    Models::Account listing;
    QString matchedBy; ///< "org name" or "official account name"
    QString matchedText;
};

namespace ListingRules {

/// @p name normalised, without what fake listings append to an official app's name: Pro, HD, Plus,
/// 官方版, 最新版, 正式版, 极速版 … and the brackets and dashes around them ("示例通（官方最新版）" → "示例通").
QString withoutAppAdditions(const QString &name);

/// Levenshtein distance in UTF-16 code units (names here are CJK or ASCII: one unit a character).
int editDistance(const QString &a, const QString &b);

/// One edit apart, both at least 4 characters long (shorter names are one edit from too much), and not
/// one administrative level character for another (某省发布 / 某市发布 name two governments).
bool nearlyEqual(const QString &a, const QString &b);

QList<OfficialApp> officialApps(const Models::Organization &org, const QList<Models::App> &apps);

/// counterfeit.app: listings not official for @p org that match an official app by normalised
/// name, by the name plus additions (withoutAppAdditions), by package or by icon (same blob hash) while
/// their package, signing certificate or developer differs. A listing
/// with the official package and signer is a mirror in another store, not a counterfeit; a signer
/// that either side does not state is not taken as a difference.
QList<AppImpersonation> impersonatingApps(const Models::Organization &org, const QList<Models::App> &apps);

/// The org's official account names: its `accounts` column and listings marked official for it.
QStringList officialAccountNames(const Models::Organization &org, const QList<Models::Account> &accounts);

/// counterfeit.account: listings not official for @p org whose name contains the org's name or is one
/// character off it (nearlyEqual), or equals, contains or is one character off (normalised) one of its
/// official account names, and which are not the official
/// listing itself (same platform and account id).
QList<AccountImpersonation> impersonatingAccounts(const Models::Organization &org,
                                                  const QList<Models::Account> &accounts);

} // namespace ListingRules

} // namespace Govscope::Counterfeit
