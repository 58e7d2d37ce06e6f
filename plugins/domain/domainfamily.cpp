#include "domainfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "dnsrules.h"
#include "domainhosts.h"
#include "domainnames.h"
#include "evidence.h"
#include "findingtext.h"
#include "probeset.h"
#include "scope.h"
#include "suffixrules.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDomain, "govscope.domain")

namespace Govscope::Domain {

namespace {

const QString DanglingCname = u"domain.dangling_cname"_qs;
const QString Unresolvable = u"domain.unresolvable"_qs;

// A question without a definite answer (timeout, SERVFAIL) is asked again, up to MaxAttempts times, before
// a check gives up on it: under load a question may spend its time in the resolver's queue. Still no
// answer: the rules make it inconclusive, never a pass.
constexpr int MaxAttempts = 3;

bool definite(Sdk::DnsStatus status)
{
    return status == Sdk::DnsStatus::Ok || status == Sdk::DnsStatus::NoRecords || status == Sdk::DnsStatus::NxDomain;
}

QCoro::Task<Sdk::HostResolution> resolveHost(Sdk::DnsProbe &dns, const QString &host)
{
    // a resolution is up to three questions (CNAME, A, AAAA), any of which may be the one that timed out
    Sdk::HostResolution r = co_await dns.resolveHost(host);
    QString asked = r.text;
    for (int attempt = 1; attempt < MaxAttempts && !definite(r.status); ++attempt) {
        r = co_await dns.resolveHost(host);
        asked += u"\n\n;; asked again:\n"_qs + r.text;
    }
    r.text = asked;
    co_return r;
}

QCoro::Task<Sdk::DnsAnswer> query(Sdk::DnsProbe &dns, const QString &name, QDnsLookup::Type type)
{
    Sdk::DnsAnswer a = co_await dns.query(name, type);
    QString asked = a.text;
    for (int attempt = 1; attempt < MaxAttempts && !a.definite(); ++attempt) {
        a = co_await dns.query(name, type);
        asked += u"\n\n;; asked again:\n"_qs + a.text;
    }
    a.text = asked;
    co_return a;
}

void report(Sdk::CheckContext &ctx, const RuleOutcome &r)
{
    if (!r.fired) {
        ctx.pass(r.check, r.target, Models::FindingText::render(r.reasoning));
        return;
    }
    Models::NewFinding f = Sdk::makeFinding(ctx.org(), r.check, r.target, r.title);
    f.evidence << Sdk::Evidence::org(ctx.org()) << Sdk::Evidence::reasoning(u"domain"_qs, r.reasoning);
    ctx.finding(std::move(f));
}

void report(Sdk::CheckContext &ctx, const QString &check, const QString &target, const DnsVerdict &v,
            QList<Models::NewEvidence> evidence)
{
    switch (v.kind) {
    case DnsVerdict::Pass:
        ctx.pass(check, target, v.text);
        break;
    case DnsVerdict::Inconclusive:
        ctx.inconclusive(check, target, v.text);
        break;
    case DnsVerdict::Fire: {
        Models::NewFinding f = Sdk::makeFinding(ctx.org(), check, target, v.finding);
        f.evidence = std::move(evidence);
        f.evidence << Sdk::Evidence::org(ctx.org());
        ctx.finding(std::move(f));
        break;
    }
    }
}

} // namespace

QCoro::Task<void> DomainFamily::run(Sdk::CheckContext &ctx)
{
    const DomainHosts hosts = DomainHosts::of(ctx.assets());
    for (const RuleOutcome &r : SuffixRules::all(ctx.org(), hosts))
        report(ctx, r);

    Sdk::DnsProbe &dns = ctx.probes().dns();
    const Sdk::Scope scope = Sdk::Scope::of(ctx);
    QHash<QString, Sdk::HostResolution> resolved;
    for (const QString &host : hosts.allHosts) {
        if (ctx.cancelled())
            co_return;
        const Sdk::HostResolution r = co_await resolveHost(dns, host);
        resolved.insert(host, r);
        DnsVerdict v = DnsRules::danglingCname(r);
        // A live CNAME target on the org's own domains is a host of the org that other families
        // examine. One elsewhere (a CDN or cloud name shared with strangers) is evidence only: recording
        // it as the org's would send port and database checks to other people's machines (issue 12).
        QStringList elsewhere;
        if (r.hasCname() && r.resolves()) {
            for (const QString &target : r.chain.mid(1)) {
                const Sdk::Scope::Verdict own = scope.judge(target);
                if (own.own)
                    ctx.discovered(Models::AssetType::Host, target);
                else
                    elsewhere << own.explanation;
            }
        }
        if (!elsewhere.isEmpty() && v.kind == DnsVerdict::Pass)
            v.text += tr("; CNAME target not the org's own, kept as evidence and not recorded as an org host: %1")
                          .arg(elsewhere.join(u"; "_qs));
        report(ctx, DanglingCname, host, v, {Sdk::Evidence::dns(r)});
    }

    for (const QString &host : hosts.declaredWebsiteHosts) {
        if (ctx.cancelled())
            co_return;
        Sdk::HostResolution r;
        if (resolved.contains(host))
            r = resolved.value(host);
        else
            r = co_await resolveHost(dns, host);
        report(ctx, Unresolvable, host, DnsRules::websiteResolvable(r), {Sdk::Evidence::dns(r)});
    }
    for (const QString &domain : hosts.mailDomains) {
        if (ctx.cancelled())
            co_return;
        const Sdk::DnsAnswer mx = co_await query(dns, domain, QDnsLookup::MX);
        Sdk::HostResolution address;
        if (!mx.ok())
            address = co_await resolveHost(dns, domain);
        QList<Models::NewEvidence> evidence{Sdk::Evidence::dns(mx)};
        if (!mx.ok())
            evidence << Sdk::Evidence::dns(address);
        report(ctx, Unresolvable, domain, DnsRules::mailDomainResolvable(mx, address), evidence);
    }
    qCDebug(lcDomain) << ctx.org().id << "domain checks done on" << hosts.allHosts.size() << "hosts";
}

} // namespace Govscope::Domain
