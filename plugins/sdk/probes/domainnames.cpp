#include "domainnames.h"

#include <QObject>
#include <QUrl>

#include <libpsl.h>

namespace Govscope::Sdk {

namespace {

// psl_latest() picks the newer of the built-in list and the one Debian's publicsuffix package
// installs, so a newer distribution list is used without rebuilding. Loaded once, read-only.
const psl_ctx_t *pslContext()
{
    static const psl_ctx_t *ctx = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return ctx;
}

QString stripDot(QString host)
{
    host = host.trimmed();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// libpsl matches UTF-8 lower-case names; the Debian list spells 政务 and 公益 in Unicode only.
QByteArray forPsl(const QString &host)
{
    return DomainNames::toUnicode(host).toUtf8();
}

} // namespace

QString DomainNames::toAscii(const QString &host)
{
    const QString h = stripDot(host);
    if (h.isEmpty())
        return {};
    const QByteArray ace = QUrl::toAce(h.toLower(), QUrl::IgnoreIDNWhitelist);
    return QString::fromLatin1(ace).toLower();
}

QString DomainNames::toUnicode(const QString &host)
{
    const QString ascii = toAscii(host);
    return ascii.isEmpty() ? QString() : QUrl::fromAce(ascii.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

QString DomainNames::publicSuffix(const QString &host)
{
    const QByteArray name = forPsl(host);
    if (name.isEmpty())
        return {};
    const char *suffix = psl_unregistrable_domain(pslContext(), name.constData());
    return suffix ? toAscii(QString::fromUtf8(suffix)) : QString();
}

QString DomainNames::registrableDomain(const QString &host)
{
    const QByteArray name = forPsl(host);
    if (name.isEmpty())
        return {};
    const char *domain = psl_registrable_domain(pslContext(), name.constData());
    return domain ? toAscii(QString::fromUtf8(domain)) : QString();
}

bool DomainNames::isPublicSuffix(const QString &host)
{
    const QByteArray name = forPsl(host);
    return !name.isEmpty() &&
           psl_is_public_suffix2(pslContext(), name.constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE);
}

bool DomainNames::isChineseDomain(const QString &host)
{
    const QString reg = registrableDomain(host);
    const QString ascii = reg.isEmpty() ? toAscii(host) : reg;
    for (const QString &label : ascii.split(u'.'))
        if (label.startsWith(u"xn--"_qs))
            return true;
    return false;
}

QString DomainNames::explain(const QString &host)
{
    const QString ascii = toAscii(host);
    const QString reg = registrableDomain(ascii);
    const QString unicode = toUnicode(ascii);
    const QString shown = unicode == ascii ? ascii : u"%1 (%2)"_qs.arg(ascii, unicode);
    if (reg.isEmpty())
        return QObject::tr("%1 is itself a public suffix in the Public Suffix List: no registrable domain").arg(shown);
    return QObject::tr("%1: public suffix \"%2\" by the Public Suffix List, registrable domain \"%3\"%4")
        .arg(shown, toUnicode(publicSuffix(ascii)), reg,
             isChineseDomain(ascii) ? QObject::tr(" (Chinese/IDN)") : QObject::tr(" (English)"));
}

bool DomainNames::isUnder(const QString &host, const QString &suffix)
{
    const QString h = toAscii(host);
    const QString s = toAscii(suffix);
    return !h.isEmpty() && !s.isEmpty() && (h == s || h.endsWith(u'.' + s));
}

bool DomainNames::underGovCn(const QString &host)
{
    return isUnder(host, u"gov.cn"_qs);
}

bool DomainNames::underZhengwu(const QString &host)
{
    return isUnder(host, QString::fromLatin1(ZhengwuAce));
}

bool DomainNames::underGovSuffix(const QString &host)
{
    return underGovCn(host) || underZhengwu(host);
}

bool DomainNames::underCn(const QString &host)
{
    return isUnder(host, u"cn"_qs);
}

bool DomainNames::underGongyi(const QString &host)
{
    return isUnder(host, QString::fromLatin1(GongyiAce));
}

} // namespace Govscope::Sdk
