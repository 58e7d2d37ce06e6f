#include "siterules.h"

#include "domainnames.h"

#include <QCryptographicHash>

namespace Govscope::Entity {

QString SiteRules::ownSiteCheck(const Models::Organization &org)
{
    if (org.level == Models::OrgLevel::Township)
        return u"entity.township_site"_qs;
    if (org.level == Models::OrgLevel::County && org.role == Models::OrgRole::Department)
        return u"entity.county_department_site"_qs;
    return {};
}

bool SiteRules::namesOrg(const Sdk::HtmlDocument &page, const Models::Organization &org)
{
    const QString name = org.name.simplified();
    if (name.isEmpty())
        return false;
    const QString title = page.title().simplified();
    const QString siteName = page.meta(u"SiteName"_qs).simplified();
    if (title.contains(name) || siteName.contains(name))
        return true;
    // a SiteName shorter than the org name but naming it (e.g. without the parent prefix)
    return siteName.size() >= 6 && name.endsWith(siteName);
}

QByteArray SiteRules::contentFingerprint(const Sdk::HtmlDocument &page, const QStringList &names)
{
    QString text = page.title() + u'\n' + page.meta(u"SiteName"_qs) + u'\n' + page.text();
    for (const QString &name : names) {
        // the page may show its own name in either form (SiteDomain, "欢迎访问 www…", copyright lines)
        for (const QString &form : {Sdk::DomainNames::toAscii(name), Sdk::DomainNames::toUnicode(name), name})
            if (!form.isEmpty())
                text.remove(form, Qt::CaseInsensitive);
    }
    QString normalised;
    normalised.reserve(text.size());
    for (const QChar c : std::as_const(text))
        if (!c.isSpace() && !c.isDigit())
            normalised += c;
    if (normalised.size() < MinFingerprintText)
        return {};
    return QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Govscope::Entity
