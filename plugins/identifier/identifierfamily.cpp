#include "identifierfamily.h"

#include "badge.h"
#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "pagemarks.h"
#include "probeset.h"
#include "sitepage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIdentifier, "govscope.identifier")

namespace Govscope::Identifier {

namespace {

const QString Missing = u"identifier.missing"_qs;
const QString Misused = u"identifier.misused"_qs;
const QString KindMismatch = u"identifier.kind_mismatch"_qs;
const QString SiteCodeMissing = u"identifier.site_code_missing"_qs;
const QString IcpMissing = u"identifier.icp_missing"_qs;

using Models::OrgKind;

/// The checks that apply to a site of an org of this kind.
QStringList applicableChecks(OrgKind kind)
{
    switch (kind) {
    case OrgKind::PartyGov:
        return {Missing, KindMismatch, SiteCodeMissing, IcpMissing};
    case OrgKind::Institution:
        return {Missing, KindMismatch, IcpMissing};
    default: // enterprises and others may not carry the badge at all
        return {Misused, IcpMissing};
    }
}

Models::NewEvidence pageEvidence(const Sdk::SitePage &page)
{
    const Sdk::HttpHop &last = page.exchange.last();
    return Sdk::Evidence::http(page.exchange,
                               QObject::tr("GET %1 → HTTP %2").arg(last.url.toString()).arg(last.status));
}

Models::NewEvidence markupEvidence(const Sdk::SitePage &page, const QString &summary, const QString &content)
{
    return Models::NewEvidence{u"text"_qs, summary,
                               (page.exchange.finalUrl().toString() + u"\n\n"_qs + content).toUtf8(),
                               u"text/plain; charset=utf-8"_qs};
}

class SiteJudge
{
public:
    SiteJudge(Sdk::CheckContext &ctx, const Sdk::SitePage &page, const BadgeFacts &badge)
        : m_ctx(ctx)
        , m_org(ctx.org())
        , m_page(page)
        , m_badge(badge)
    {}

    void finding(const QString &check, const QString &title, QList<Models::NewEvidence> evidence)
    {
        Models::NewFinding f = Sdk::makeFinding(m_org, check, m_page.host, title);
        f.evidence << std::move(evidence) << pageEvidence(m_page) << Sdk::Evidence::org(m_org);
        m_ctx.finding(std::move(f));
    }

    Models::NewEvidence badgeEvidence() const
    {
        return markupEvidence(m_page,
                              QObject::tr("CONAC badge (%1 form, %2) on %3")
                                  .arg(m_badge.form, toId(m_badge.colour), m_page.exchange.finalUrl().toString()),
                              m_badge.snippet +
                                  (m_badge.scriptUrl.isEmpty() ? QString() : u"\n\nscript: "_qs + m_badge.scriptUrl));
    }

    void missing()
    {
        if (m_badge.present) {
            m_ctx.pass(Missing, m_page.host, QObject::tr("badge present (%1 form)").arg(m_badge.form));
            return;
        }
        finding(Missing, QObject::tr("No 党政机关/事业单位 badge on the home page of %1").arg(m_page.host),
                {Sdk::Evidence::reasoning(u"text"_qs,
                                          QObject::tr("the home page has no bszs.conac.cn link, no dcs.conac.cn "
                                                      "badge image and no dcs.conac.cn badge script"))});
    }

    void misused()
    {
        if (!m_badge.present) {
            m_ctx.pass(Misused, m_page.host, QObject::tr("no badge, as befits a %1").arg(Models::toId(m_org.kind)));
            return;
        }
        finding(
            Misused,
            QObject::tr("%1 site %2 carries the 党政机关/事业单位 badge").arg(Models::toId(m_org.kind), m_page.host),
            {badgeEvidence()});
    }

    void kindMismatch()
    {
        if (!m_badge.present) {
            m_ctx.pass(KindMismatch, m_page.host, QObject::tr("no badge to compare"));
            return;
        }
        if (m_badge.colour == BadgeColour::Unknown || m_badge.colour == BadgeColour::None) {
            m_ctx.inconclusive(
                KindMismatch, m_page.host,
                QObject::tr("the badge's colour could not be read (%1 form%2)")
                    .arg(m_badge.form, m_badge.scriptUrl.isEmpty() ? QString() : u", "_qs + m_badge.scriptUrl));
            return;
        }
        const BadgeColour expected = m_org.kind == OrgKind::PartyGov ? BadgeColour::Red : BadgeColour::Blue;
        if (m_badge.colour == expected) {
            m_ctx.pass(KindMismatch, m_page.host, QObject::tr("%1 badge").arg(toId(m_badge.colour)));
            return;
        }
        finding(KindMismatch,
                QObject::tr("%1 badge on the site of a %2 (%3 expected)")
                    .arg(toId(m_badge.colour), Models::toId(m_org.kind), toId(expected)),
                {badgeEvidence()});
    }

    void siteCode()
    {
        const SiteCodes codes =
            PageMarks::siteCodes(m_page.html, m_page.document.text(), m_page.document.meta(u"SiteIDCode"_qs));
        const QString problem = PageMarks::siteCodeProblem(codes, m_org.region);
        if (problem.isEmpty()) {
            m_ctx.pass(SiteCodeMissing, m_page.host, QObject::tr("site code %1").arg(codes.distinct().join(u", "_qs)));
            return;
        }
        const QString found = codes.present().isEmpty() ? QObject::tr("none") : codes.present().join(u"\n"_qs);
        finding(SiteCodeMissing, QObject::tr("网站标识码 problem on %1: %2").arg(m_page.host, problem),
                {markupEvidence(m_page, problem,
                                QObject::tr("site codes found:\n%1\norg region: %2").arg(found, m_org.region))});
    }

    void icp()
    {
        const QString icp = PageMarks::icpNumber(m_page.document.text());
        if (!icp.isEmpty()) {
            m_ctx.pass(IcpMissing, m_page.host, icp);
            return;
        }
        finding(
            IcpMissing, QObject::tr("No ICP filing number on the home page of %1").arg(m_page.host),
            {Sdk::Evidence::reasoning(u"text"_qs, QObject::tr("the visible text of the home page has no …ICP备…号"))});
    }

private:
    Sdk::CheckContext &m_ctx;
    const Models::Organization &m_org;
    const Sdk::SitePage &m_page;
    const BadgeFacts &m_badge;
};

// The dynamic form renders by script: read the script to learn the colour it writes.
QCoro::Task<void> resolveScriptColour(Sdk::HttpProbe &http, BadgeFacts &badge)
{
    if (badge.form != u"script"_qs || badge.scriptUrl.isEmpty())
        co_return;
    const QUrl scriptUrl(badge.scriptUrl); // named: no temporaries in a co_await (GCC 12)
    const Sdk::HttpResult script = co_await http.get(scriptUrl);
    if (!script.responded() || script.last().status != 200) {
        badge.snippet += u"\n\n"_qs + QObject::tr("badge script not readable: %1").arg(script.transcript(256));
        co_return;
    }
    const QString text = script.last().bodyText();
    badge.colour = Badge::colourIn(text);
    badge.snippet += u"\n\n"_qs + QObject::tr("badge script %1 writes:\n%2").arg(badge.scriptUrl, text.left(1200));
}

} // namespace

QList<Sdk::CheckInfo> IdentifierFamily::checks() const
{
    return Sdk::catalogueChecks(id());
}

QCoro::Task<void> IdentifierFamily::run(Sdk::CheckContext &ctx)
{
    const QStringList checks = applicableChecks(ctx.org().kind);
    for (const QString &host : Sdk::SitePage::websiteHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        const Sdk::SitePage page = co_await Sdk::SitePage::fetch(ctx.probes().http(), host);
        if (!page.ok()) {
            for (const QString &check : checks)
                ctx.inconclusive(check, host, page.failure());
            continue;
        }
        BadgeFacts badge = Badge::find(page.html);
        co_await resolveScriptColour(ctx.probes().http(), badge);
        SiteJudge judge(ctx, page, badge);
        for (const QString &check : checks) {
            if (check == Missing)
                judge.missing();
            else if (check == Misused)
                judge.misused();
            else if (check == KindMismatch)
                judge.kindMismatch();
            else if (check == SiteCodeMissing)
                judge.siteCode();
            else
                judge.icp();
        }
    }
    qCDebug(lcIdentifier) << ctx.org().id << "identifier checks done";
}

} // namespace Govscope::Identifier
