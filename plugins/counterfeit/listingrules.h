#pragma once

#include "types.h"

#include <QList>
#include <QString>

namespace Govscope::Counterfeit {

/// An app the org publishes: a package from its `apps` column (name and signer unknown) or an
/// imported listing marked official for it.
struct OfficialApp
{
    QString name, package, signerSha256, icon, source;
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

QList<OfficialApp> officialApps(const Models::Organization &org, const QList<Models::App> &apps);

/// counterfeit.app: listings not official for @p org that match an official app by normalised
/// name or by icon (same blob hash) while their package or signing certificate differs. A listing
/// with the official package and signer is a mirror in another store, not a counterfeit; a signer
/// that either side does not state is not taken as a difference.
QList<AppImpersonation> impersonatingApps(const Models::Organization &org, const QList<Models::App> &apps);

/// The org's official account names: its `accounts` column and listings marked official for it.
QStringList officialAccountNames(const Models::Organization &org, const QList<Models::Account> &accounts);

/// counterfeit.account: listings not official for @p org whose name contains the org's name or
/// equals (normalised) one of its official account names, and which are not the official
/// listing itself (same platform and account id).
QList<AccountImpersonation> impersonatingAccounts(const Models::Organization &org,
                                                  const QList<Models::Account> &accounts);

} // namespace ListingRules

} // namespace Govscope::Counterfeit
