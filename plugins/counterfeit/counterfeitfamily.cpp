#include "counterfeitfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "listingchecks.h"
#include "lookalikechecks.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCounterfeit, "govscope.counterfeit")

namespace Govscope::Counterfeit {

QCoro::Task<void> CounterfeitFamily::run(Sdk::CheckContext &ctx)
{
    checkApps(ctx);
    checkAccounts(ctx);
    if (ctx.cancelled())
        co_return;
    co_await checkLookalikeSites(ctx);
    qCDebug(lcCounterfeit) << ctx.org().id << "counterfeit checks done";
}

} // namespace Govscope::Counterfeit
