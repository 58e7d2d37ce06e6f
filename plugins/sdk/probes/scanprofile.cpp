#include "scanprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Govscope::Sdk {

namespace {

// Reads an optional positive integer key; names the key when its value is of the wrong kind.
std::optional<QString> readInt(const QJsonObject &o, const QString &key, const QString &path, int &into, int min,
                               int max)
{
    if (!o.contains(key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())) || v.toInt() < min || v.toInt() > max)
        return QObject::tr("\"%1\" must be a whole number from %2 to %3").arg(path + key).arg(min).arg(max);
    into = v.toInt();
    return std::nullopt;
}

} // namespace

Result<ScanProfile> ScanProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the scan profile %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<ScanProfile> ScanProfile::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QObject::tr("%1: not valid JSON at offset %2 (%3).")
                             .arg(origin)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(QObject::tr("%1: a scan profile is a JSON object ({…}).").arg(origin));
    const QJsonObject root = doc.object();
    ScanProfile p;
    auto bad = [&](const QString &what) { return makeError(origin + u": "_qs + what + u'.'); };

    if (auto e = readInt(root, u"concurrency"_qs, {}, p.concurrency, 1, 4096))
        return bad(*e);
    if (auto e = readInt(root, u"per_host"_qs, {}, p.perHost, 1, 256))
        return bad(*e);
    if (auto e = readInt(root, u"timeout_ms"_qs, {}, p.timeoutMs, 100, 600000))
        return bad(*e);
    if (root.contains(u"user_agent"_qs)) {
        if (!root.value(u"user_agent"_qs).isString())
            return bad(QObject::tr("\"user_agent\" must be a string"));
        p.userAgent = root.value(u"user_agent"_qs).toString();
    }
    if (root.contains(u"allow_private"_qs)) {
        if (!root.value(u"allow_private"_qs).isBool())
            return bad(QObject::tr("\"allow_private\" must be true or false"));
        p.allowPrivate = root.value(u"allow_private"_qs).toBool();
    }
    const QJsonObject crawl = root.value(u"crawl"_qs).toObject();
    if (auto e = readInt(crawl, u"max_pages"_qs, u"crawl."_qs, p.crawlMaxPages, 1, 100000))
        return bad(*e);
    if (auto e = readInt(crawl, u"max_depth"_qs, u"crawl."_qs, p.crawlMaxDepth, 0, 50))
        return bad(*e);
    const QJsonObject vantage = root.value(u"vantage"_qs).toObject();
    if (vantage.contains(u"overseas"_qs)) {
        const QUrl url(vantage.value(u"overseas"_qs).toString());
        if (url.scheme() != u"socks5"_qs || url.host().isEmpty() || url.port() <= 0)
            return bad(QObject::tr("\"vantage.overseas\" must be a socks5://host:port URL"));
        p.overseasProxy = url;
    }
    const QJsonObject mail = root.value(u"mail"_qs).toObject();
    if (auto e = readInt(mail, u"idle_seconds"_qs, u"mail."_qs, p.mailIdleSeconds, 1, 86400))
        return bad(*e);
    if (auto e = readInt(mail, u"lockout_attempts"_qs, u"mail."_qs, p.mailLockoutAttempts, 1, 50))
        return bad(*e);
    const QJsonArray accounts = mail.value(u"accounts"_qs).toArray();
    for (int i = 0; i < accounts.size(); ++i) {
        const QJsonObject a = accounts.at(i).toObject();
        MailAccount account{
            a.value(u"org"_qs).toString(), a.value(u"user"_qs).toString(), a.value(u"password_env"_qs).toString(), {}};
        if (account.org.isEmpty() || account.user.isEmpty() || account.passwordEnv.isEmpty())
            return bad(QObject::tr("mail.accounts[%1] needs \"org\", \"user\" and \"password_env\"").arg(i));
        if (a.contains(u"password"_qs))
            return bad(QObject::tr("mail.accounts[%1] holds a \"password\": put it in an environment variable and "
                                   "name that in \"password_env\"")
                           .arg(i));
        const QJsonValue pins = a.value(u"pinned_sha256"_qs);
        if (!pins.isUndefined()) {
            if (!pins.isArray())
                return bad(
                    QObject::tr("mail.accounts[%1].pinned_sha256 must be an array of SHA-256 hex strings").arg(i));
            for (const QJsonValue &v : pins.toArray()) {
                const QString hex = v.toString().remove(u':').toLower();
                static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_qs);
                if (!sha256.match(hex).hasMatch())
                    return bad(QObject::tr("mail.accounts[%1].pinned_sha256: \"%2\" is not a SHA-256 in hex")
                                   .arg(i)
                                   .arg(v.toString()));
                account.pinnedSha256 << hex;
            }
        }
        p.mailAccounts.append(account);
    }
    return p;
}

QByteArray ScanProfile::toJson() const
{
    QJsonArray accounts;
    for (const MailAccount &a : mailAccounts) {
        QJsonObject o{{u"org"_qs, a.org}, {u"user"_qs, a.user}, {u"password_env"_qs, a.passwordEnv}};
        if (!a.pinnedSha256.isEmpty())
            o.insert(u"pinned_sha256"_qs, QJsonArray::fromStringList(a.pinnedSha256));
        accounts.append(o);
    }
    QJsonObject root{{u"concurrency"_qs, concurrency},
                     {u"per_host"_qs, perHost},
                     {u"timeout_ms"_qs, timeoutMs},
                     {u"user_agent"_qs, userAgent},
                     {u"allow_private"_qs, allowPrivate},
                     {u"crawl"_qs, QJsonObject{{u"max_pages"_qs, crawlMaxPages}, {u"max_depth"_qs, crawlMaxDepth}}},
                     {u"mail"_qs, QJsonObject{{u"idle_seconds"_qs, mailIdleSeconds},
                                              {u"lockout_attempts"_qs, mailLockoutAttempts},
                                              {u"accounts"_qs, accounts}}}};
    if (!overseasProxy.isEmpty())
        // The vantage's user name and password stay out of the case: toJson() is what scans.profile records.
        root.insert(u"vantage"_qs, QJsonObject{{u"overseas"_qs, overseasProxy.toString(QUrl::RemoveUserInfo)}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace Govscope::Sdk
