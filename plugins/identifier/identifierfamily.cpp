#include "identifierfamily.h"

#include "badge.h"
#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "footerreading.h"
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

/// The page's markup or reading as text evidence; @p summary is rendered in the reader's language.
Models::NewEvidence markupEvidence(const Sdk::SitePage &page, const Models::Message &summary, const QString &content)
{
    return Sdk::Evidence::text(u"text"_qs, summary, page.exchange.finalUrl().toString() + u"\n\n"_qs + content);
}

/// A sentence made at scan time (a site-code problem from PageMarks) as a message of its own.
Models::Message asMessage(const QString &sentence)
{
    return Models::message("{text}", {{u"text"_qs, sentence}});
}

class SiteJudge
{
public:
    SiteJudge(Sdk::CheckContext &ctx, const Sdk::SitePage &page, const BadgeFacts &badge, const FooterReading &reading)
        : m_ctx(ctx)
        , m_org(ctx.org())
        , m_page(page)
        , m_badge(badge)
        , m_reading(reading)
    {}

    /// When a mark is not found but a same-site script that may write it could not be read, there is
    /// no verdict: records the inconclusive result and returns true.
    bool partial(const QString &check, const QString &what)
    {
        if (m_reading.unread.isEmpty())
            return false;
        m_ctx.inconclusive(check, m_page.host,
                           QObject::tr("%1 is not in the page, and scripts that may write it were not read: %2")
                               .arg(what, m_reading.unread.join(u"; "_qs)));
        return true;
    }

    /// What was read, so that a third party can see the footer the verdict rests on.
    Models::NewEvidence readingEvidence(const Models::Message &summary) const
    {
        QString content = QObject::tr("text of the page as a reader sees it (comments removed, script-written "
                                      "footers included), last part:\n%1")
                              .arg(m_reading.text.right(2000));
        if (!m_reading.scriptsRead.isEmpty())
            content += u"\n\n"_qs + QObject::tr("external scripts read:\n%1").arg(m_reading.scriptsRead.join(u'\n'));
        return markupEvidence(m_page, summary, content);
    }

    void finding(const QString &check, const Models::Message &title, QList<Models::NewEvidence> evidence)
    {
        Models::NewFinding f = Sdk::makeFinding(m_org, check, m_page.host, title);
        f.evidence << std::move(evidence) << pageEvidence(m_page) << Sdk::Evidence::org(m_org);
        m_ctx.finding(std::move(f));
    }

    Models::NewEvidence badgeEvidence() const
    {
        return markupEvidence(
            m_page,
            Models::message(QT_TRANSLATE_NOOP("Finding", "CONAC badge ({form} form, {colour}) on {url}"),
                            {{u"form"_qs, m_badge.form},
                             {u"colour"_qs, toId(m_badge.colour)},
                             {u"url"_qs, m_page.exchange.finalUrl().toString()}}),
            m_badge.snippet + (m_badge.scriptUrl.isEmpty() ? QString() : u"\n\nscript: "_qs + m_badge.scriptUrl));
    }

    void missing()
    {
        if (m_badge.present) {
            m_ctx.pass(Missing, m_page.host,
                       QObject::tr("badge present (%1 form): %2").arg(m_badge.form, m_badge.snippet.left(300)));
            return;
        }
        if (partial(Missing, QObject::tr("the badge")))
            return;
        const Models::Message why = Models::message(
            QT_TRANSLATE_NOOP("Finding", "the home page (outside comments, with what its scripts write) has no "
                                         "bszs.conac.cn link, no dcs.conac.cn/biaozhi.conac.cn badge image and no "
                                         "badge script"));
        finding(Missing,
                Models::message(QT_TRANSLATE_NOOP("Finding", "No 党政机关/事业单位 badge on the home page of {host}"),
                                {{u"host"_qs, m_page.host}}),
                {Sdk::Evidence::reasoning(u"text"_qs, why), readingEvidence(why)});
    }

    void misused()
    {
        if (!m_badge.present && partial(Misused, QObject::tr("a badge")))
            return;
        if (!m_badge.present) {
            m_ctx.pass(Misused, m_page.host, QObject::tr("no badge, as befits a %1").arg(Models::toId(m_org.kind)));
            return;
        }
        finding(Misused,
                Models::message(QT_TRANSLATE_NOOP("Finding", "{kind} site {host} carries the 党政机关/事业单位 badge"),
                                {{u"kind"_qs, Models::toId(m_org.kind)}, {u"host"_qs, m_page.host}}),
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
                Models::message(
                    QT_TRANSLATE_NOOP("Finding", "{colour} badge on the site of a {kind} ({expected} expected)"),
                    {{u"colour"_qs, toId(m_badge.colour)},
                     {u"kind"_qs, Models::toId(m_org.kind)},
                     {u"expected"_qs, toId(expected)}}),
                {badgeEvidence()});
    }

    void siteCode()
    {
        const SiteCodes codes =
            PageMarks::siteCodes(m_reading.markup, m_reading.text, m_reading.document.meta(u"SiteIDCode"_qs));
        const QString problem = PageMarks::siteCodeProblem(codes, m_org.region);
        const QString quoted = codes.footerQuote.isEmpty() ? QString() : u" (\"%1\")"_qs.arg(codes.footerQuote);
        if (problem.isEmpty()) {
            m_ctx.pass(SiteCodeMissing, m_page.host,
                       QObject::tr("site code %1%2").arg(codes.distinct().join(u", "_qs), quoted));
            return;
        }
        if (codes.distinct().isEmpty() && partial(SiteCodeMissing, QObject::tr("the 网站标识码")))
            return;
        const QString found = codes.present().isEmpty() ? QObject::tr("none") : codes.present().join(u"\n"_qs);
        finding(SiteCodeMissing,
                Models::message(QT_TRANSLATE_NOOP("Finding", "网站标识码 problem on {host}: {problem}"),
                                {{u"host"_qs, m_page.host}, {u"problem"_qs, problem}}),
                {markupEvidence(m_page, asMessage(problem),
                                QObject::tr("site codes found:\n%1\nfooter text: %2\norg region: %3")
                                    .arg(found, codes.footerQuote.isEmpty() ? QObject::tr("none") : codes.footerQuote,
                                         m_org.region)),
                 readingEvidence(asMessage(problem))});
    }

    void icp()
    {
        const QString icp = PageMarks::icpNumber(m_reading.text);
        if (!icp.isEmpty()) {
            m_ctx.pass(IcpMissing, m_page.host, QObject::tr("ICP filing number shown: \"%1\"").arg(icp));
            return;
        }
        if (partial(IcpMissing, QObject::tr("the ICP filing number")))
            return;
        const QString police = PageMarks::publicSecurityNumber(m_reading.text);
        const Models::Message why =
            police.isEmpty()
                ? Models::message(QT_TRANSLATE_NOOP("Finding", "the text of the home page (outside comments, with what "
                                                               "its scripts write) has no …ICP备…号"))
                : Models::message(QT_TRANSLATE_NOOP("Finding",
                                                    "the text of the home page (outside comments, with what "
                                                    "its scripts write) has no …ICP备…号; it shows a 公安 "
                                                    "filing number (\"{number}\"), which is not an ICP filing"),
                                  {{u"number"_qs, police}});
        finding(IcpMissing,
                Models::message(QT_TRANSLATE_NOOP("Finding", "No ICP filing number on the home page of {host}"),
                                {{u"host"_qs, m_page.host}}),
                {Sdk::Evidence::reasoning(u"text"_qs, why), readingEvidence(why)});
    }

private:
    Sdk::CheckContext &m_ctx;
    const Models::Organization &m_org;
    const Sdk::SitePage &m_page;
    const BadgeFacts &m_badge;
    const FooterReading &m_reading;
};

// The marks the checks look for are not all in the page itself: its own scripts may write them.
bool needsScripts(const QStringList &checks, const BadgeFacts &badge, const FooterReading &reading,
                  const QString &metaCode)
{
    if (!badge.present && (checks.contains(Missing) || checks.contains(Misused)))
        return true;
    if (checks.contains(SiteCodeMissing) &&
        PageMarks::siteCodes(reading.markup, reading.text, metaCode).footer.isEmpty())
        return true;
    return checks.contains(IcpMissing) && PageMarks::icpNumber(reading.text).isEmpty();
}

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
        FooterReading reading = FooterReading::read(page.html);
        BadgeFacts badge = Badge::find(page.html);
        if (needsScripts(checks, badge, reading, reading.document.meta(u"SiteIDCode"_qs))) {
            co_await FooterReading::readScripts(ctx.probes().http(), page, reading);
            if (!badge.present)
                badge = Badge::find(page.html, reading.externalWritten);
        }
        co_await resolveScriptColour(ctx.probes().http(), badge);
        SiteJudge judge(ctx, page, badge, reading);
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
