#include "counterfeitfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "listingchecks.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCounterfeit, "govscope.counterfeit")

namespace Govscope::Counterfeit {

QList<Sdk::CheckInfo> CounterfeitFamily::checks() const
{
    return Sdk::catalogueChecks(id());
}

QCoro::Task<void> CounterfeitFamily::run(Sdk::CheckContext &ctx)
{
    checkApps(ctx);
    checkAccounts(ctx);
    qCDebug(lcCounterfeit) << ctx.org().id << "listing checks done";
    co_return;
}

} // namespace Govscope::Counterfeit
