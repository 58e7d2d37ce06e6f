#include "cloudfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "cloudfeeds.h"
#include "domainnames.h"
#include "evidence.h"
#include "feedcache.h"
#include "orghosts.h"
#include "probeset.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCloud, "govscope.cloud")

namespace Govscope::Cloud {

namespace {

const QString Unassessed = u"cloud.unassessed_platform"_qs;
const QString Overseas = u"cloud.overseas_hosting"_qs;

Models::NewEvidence lines(const Models::Message &summary, const QStringList &content)
{
    return Sdk::Evidence::text(u"text"_qs, summary, content.join(u'\n'));
}

void overseas(Sdk::CheckContext &ctx, const Sdk::HostResolution &res, const CloudFeeds &feeds)
{
    QStringList abroad, mainland, unlisted, facts;
    for (const QString &a : res.addresses) {
        const QHostAddress address(a);
        const Sdk::RirBlock *block = feeds.rir.find(address);
        const CloudRange *range = feeds.rangeOf(address);
        if (block) {
            facts << u"%1 → %2 (%3)"_qs.arg(a, block->cc, block->source);
            (Geography::isMainlandCc(block->cc) ? mainland : abroad) << u"%1 (%2)"_qs.arg(a, block->cc);
        } else {
            unlisted << a;
            facts << QObject::tr("%1 → listed in no loaded RIR file").arg(a);
        }
        if (range && !Geography::isMainlandRegion(range->region)) {
            abroad << u"%1 (%2 region %3)"_qs.arg(a, range->platform, range->region);
            facts << u"%1 → %2 region %3 (%4)"_qs.arg(a, range->platform, range->region, range->source);
        }
    }
    if (!abroad.isEmpty()) {
        Models::NewFinding f = Sdk::makeFinding(
            ctx.org(), Overseas, res.host,
            Models::message(QT_TRANSLATE_NOOP("Finding", "{host} is hosted outside mainland China: {addresses}"),
                            {{u"host"_qs, res.host}, {u"addresses"_qs, abroad}}));
        f.evidence << lines(Models::message(
                                QT_TRANSLATE_NOOP("Finding", "RIR delegation and cloud-region records of {addresses}"),
                                {{u"addresses"_qs, res.addresses}}),
                            facts)
                   << Sdk::Evidence::dns(res) << Sdk::Evidence::org(ctx.org());
        ctx.finding(std::move(f));
    } else if (feeds.rirFiles.isEmpty()) {
        ctx.inconclusive(Overseas, res.host, QObject::tr("no RIR delegated statistics loaded (feeds rir/*)"));
    } else if (mainland.isEmpty()) {
        ctx.inconclusive(Overseas, res.host,
                         QObject::tr("no loaded RIR file lists %1 (%2)")
                             .arg(unlisted.join(u", "_qs), feeds.rirFiles.join(u", "_qs)));
    } else {
        ctx.pass(Overseas, res.host, facts.join(u"; "_qs));
    }
}

void unassessed(Sdk::CheckContext &ctx, const Sdk::HostResolution &res, const CloudFeeds &feeds, const QDate &today)
{
    if (!feeds.hasRanges) {
        ctx.inconclusive(Unassessed, res.host, QObject::tr("no cloud/ranges.csv feed loaded"));
        return;
    }
    QVariantList problems;
    QStringList facts, platforms;
    for (const QString &a : res.addresses) {
        const CloudRange *range = feeds.rangeOf(QHostAddress(a));
        if (!range) {
            facts << QObject::tr("%1 → on no listed cloud platform").arg(a);
            continue;
        }
        facts << u"%1 → %2 (%3)"_qs.arg(a, range->platform, range->source);
        platforms << range->platform;
        if (const AssessedPlatform *ok = feeds.assessment(range->platform, today)) {
            facts << QObject::tr("%1 assessed: %2").arg(range->platform, ok->source);
        } else if (const AssessedPlatform *old = feeds.anyAssessment(range->platform)) {
            const QVariant p =
                Models::message(QT_TRANSLATE_NOOP("Finding", "{platform} ({provider}): assessment expired {date}"),
                                {{u"platform"_qs, range->platform},
                                 {u"provider"_qs, range->provider},
                                 {u"date"_qs, old->validUntil.toString(Qt::ISODate)}});
            if (!problems.contains(p))
                problems << p;
            facts << QObject::tr("%1 assessment no longer valid on %2: %3")
                         .arg(range->platform, today.toString(Qt::ISODate), old->source);
        } else {
            if (const QVariant p(u"%1 (%2)"_qs.arg(range->platform, range->provider)); !problems.contains(p))
                problems << p;
            facts << QObject::tr("%1 is not in cloud/assessed.csv").arg(range->platform);
        }
    }
    if (!problems.isEmpty() && !feeds.hasAssessed) {
        ctx.inconclusive(Unassessed, res.host,
                         QObject::tr("%1 is on %2 but no cloud/assessed.csv feed is loaded")
                             .arg(res.host, platforms.join(u", "_qs)));
    } else if (!problems.isEmpty()) {
        Models::NewFinding f = Sdk::makeFinding(
            ctx.org(), Unassessed, res.host,
            Models::message(
                QT_TRANSLATE_NOOP(
                    "Finding", "{host} is hosted on a cloud platform without a valid security assessment: {platforms}"),
                {{u"host"_qs, res.host}, {u"platforms"_qs, problems}}));
        f.evidence << lines(Models::message(
                                QT_TRANSLATE_NOOP("Finding",
                                                  "cloud ranges and assessments matched for {host} (as of {date})"),
                                {{u"host"_qs, res.host}, {u"date"_qs, today.toString(Qt::ISODate)}}),
                            facts)
                   << Sdk::Evidence::dns(res) << Sdk::Evidence::org(ctx.org());
        ctx.finding(std::move(f));
    } else {
        ctx.pass(Unassessed, res.host, facts.join(u"; "_qs));
    }
}

// The RIR delegation files and cloud lists, parsed once for every org of a scan (and again when they change).
Sdk::FeedCache<CloudFeeds> &feedCache()
{
    static Sdk::FeedCache<CloudFeeds> cache({u"rir/*"_qs, u"cloud/*"_qs}, [](const Sdk::Feeds &feeds) {
        Result<CloudFeeds> loaded = CloudFeeds::load(feeds);
        if (loaded)
            qCDebug(lcCloud) << "loaded" << loaded->rir.size() << "RIR blocks," << loaded->ranges.size()
                             << "cloud ranges";
        return loaded;
    });
    return cache;
}

} // namespace

QCoro::Task<void> CloudFamily::run(Sdk::CheckContext &ctx)
{
    const QStringList hosts = Sdk::orgHosts(ctx.assets());
    if (hosts.isEmpty())
        co_return;
    const Sdk::FeedCache<CloudFeeds>::Parsed loaded = co_await feedCache().load(ctx.feeds());
    const Result<CloudFeeds> &feeds = *loaded;
    const QDate today = this->today();
    for (const QString &host : hosts) {
        if (ctx.cancelled())
            co_return;
        if (!feeds) {
            for (const QString &check : {Unassessed, Overseas})
                ctx.inconclusive(check, host, feeds.errorMessage());
            continue;
        }
        const Sdk::HostResolution res = co_await ctx.probes().dns().resolveHost(host);
        if (!res.resolves()) {
            const QString why =
                QObject::tr("%1 has no address (%2%3)")
                    .arg(host, Sdk::toId(res.status), res.error.isEmpty() ? QString() : u": "_qs + res.error);
            for (const QString &check : {Unassessed, Overseas})
                ctx.inconclusive(check, host, why);
            continue;
        }
        unassessed(ctx, res, *feeds, today);
        overseas(ctx, res, *feeds);
    }
}

} // namespace Govscope::Cloud
