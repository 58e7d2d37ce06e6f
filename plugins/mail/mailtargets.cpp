#include "mailtargets.h"

#include "dnsprobe.h"

namespace Govscope::Mail {

namespace {

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

QUrl webmailUrl(const QString &value)
{
    QUrl url = QUrl::fromUserInput(value);
    if (url.path().isEmpty())
        url.setPath(u"/"_qs);
    return url;
}

} // namespace

QString mxHost(const QString &mxValue)
{
    QString host = mxValue.section(u' ', -1).trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

QCoro::Task<Sdk::DnsAnswer> askDefinite(Sdk::DnsProbe &dns, const QString &name, QDnsLookup::Type type)
{
    Sdk::DnsAnswer a = co_await dns.query(name, type);
    if (!a.definite()) {
        const QString first = a.text;
        a = co_await dns.query(name, type);
        a.text = first + u"\n\n;; asked again:\n"_qs + a.text;
    }
    co_return a;
}

QList<QUrl> MailTargets::webmailOn(const QString &host) const
{
    QList<QUrl> out;
    for (const QUrl &u : webmail)
        if (u.host().compare(host, Qt::CaseInsensitive) == 0)
            out << u;
    return out;
}

QCoro::Task<MailTargets> collectTargets(const Models::Organization &org, const QList<Models::Asset> &assets,
                                        Sdk::DnsProbe &dns)
{
    MailTargets t;
    QStringList declaredHosts;
    for (const Models::Asset &a : assets) {
        if (a.type == Models::AssetType::MailDomain)
            addUnique(t.domains, a.value.toLower());
        else if (a.type == Models::AssetType::MailHost)
            addUnique(declaredHosts, a.value.toLower());
    }
    for (const QString &w : org.webmail) {
        const QUrl url = webmailUrl(w);
        if (url.isValid() && !url.host().isEmpty() && !t.webmail.contains(url)) {
            t.webmail << url;
            addUnique(declaredHosts, url.host().toLower());
        }
    }
    for (const QString &domain : std::as_const(t.domains)) {
        const Sdk::DnsAnswer mx = co_await askDefinite(dns, domain, QDnsLookup::MX);
        t.mxAnswers << mx;
        if (!mx.definite())
            t.unknownHosts.append({domain, u"%1 %2"_qs.arg(Sdk::toId(mx.status), mx.error).trimmed()});
        for (const QString &v : mx.values)
            addUnique(t.hosts, mxHost(v));
    }
    for (const QString &h : std::as_const(declaredHosts))
        addUnique(t.hosts, h);
    co_return t;
}

} // namespace Govscope::Mail
