#include "impostornames.h"

#include "domainnames.h"

namespace Govscope::Counterfeit {

QString innerGovernmentName(const QString &host, const QStringList &orgDomains)
{
    const QString ascii = Sdk::DomainNames::toAscii(host).toLower();
    const QString reg = Sdk::DomainNames::registrableDomain(ascii);
    if (reg.isEmpty() || ascii == reg || !ascii.endsWith(u'.' + reg))
        return {};
    // the labels left of the real owner's name, fenced with dots so only whole labels match
    const QString inner = u'.' + ascii.left(ascii.size() - reg.size()); // ".portal.gov.cn."
    for (const QString &own : orgDomains) {
        const QString d = Sdk::DomainNames::toAscii(own).toLower();
        if (!d.isEmpty() && d != reg && inner.contains(u'.' + d + u'.'))
            return Sdk::DomainNames::toUnicode(d);
    }
    if (inner.contains(u".gov.cn."_qs))
        return u"gov.cn"_qs;
    if (inner.contains(u"."_qs + QLatin1String(Sdk::DomainNames::ZhengwuAce) + u'.'))
        return u"政务"_qs;
    return {};
}

} // namespace Govscope::Counterfeit
