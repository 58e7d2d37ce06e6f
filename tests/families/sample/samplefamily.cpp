#include "samplefamily.h"

#include "checkcontext.h"

#include <QUrl>

namespace Govscope::Sample {

QCoro::Task<void> SampleFamily::run(Sdk::CheckContext &ctx)
{
    const QString check = u"sample.site_outside_gov_cn"_qs;
    for (const QString &site : ctx.org().websites) {
        const QString host = QUrl(site).host();
        if (host.endsWith(u".gov.cn"_qs)) {
            ctx.pass(check, host);
            continue;
        }
        ctx.finding({ctx.org().id,
                     id(),
                     check,
                     host,
                     u"Website outside .gov.cn: "_qs + host,
                     Models::Severity::Low,
                     {{u"text"_qs, u"listed website "_qs + site, {}, {}}}});
    }
    co_return;
}

} // namespace Govscope::Sample
