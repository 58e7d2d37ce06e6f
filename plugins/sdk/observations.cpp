#include "observations.h"

#include "checkcontext.h"
#include "evidence.h"
#include "httpprobe.h"

#include <QObject>

namespace Govscope::Sdk::Observations {

void record(CheckContext &ctx, const QString &check, const QString &host, const HttpResult &page,
            const QList<TechDetection> &technologies, const QList<JsLibrary> &libraries)
{
    Models::Observation o;
    o.org = ctx.org().id;
    o.check = check;
    o.target = host;
    for (const TechDetection &d : technologies)
        o.fingerprints << Models::Fingerprint{u"technology"_qs,        d.name, d.version, d.cpe, d.categories,
                                              d.matched.join(u"; "_qs)};
    for (const JsLibrary &l : libraries)
        o.fingerprints << Models::Fingerprint{u"jslibrary"_qs, l.library, l.version, {}, {}, l.how};
    o.source =
        Evidence::http(page, QObject::tr("home page of %1 (what the products and versions were read from)").arg(host));
    ctx.observed(std::move(o));
}

} // namespace Govscope::Sdk::Observations
