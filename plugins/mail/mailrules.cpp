#include "mailrules.h"

#include "htmlforms.h"

#include <QObject>
#include <QRegularExpression>

#include <iterator>

namespace Govscope::Mail {

namespace {

QStringList upperTokens(const QByteArray &line)
{
    return QString::fromLatin1(line).toUpper().split(u' ', Qt::SkipEmptyParts);
}

CapabilityVerdict imap(const QList<QByteArray> &reply)
{
    // Capabilities come in "* CAPABILITY …" or in the greeting's "[CAPABILITY …]" response code.
    QStringList caps;
    for (const QByteArray &line : reply) {
        QString l = QString::fromLatin1(line).toUpper();
        const qsizetype at = l.indexOf(u"CAPABILITY "_qs);
        if (at < 0)
            continue;
        l = l.mid(at + 11);
        if (const qsizetype end = l.indexOf(u']'); end >= 0)
            l = l.left(end);
        caps += l.split(u' ', Qt::SkipEmptyParts);
    }
    CapabilityVerdict v;
    v.startTls = caps.contains(u"STARTTLS"_qs);
    QStringList mechs;
    for (const QString &c : caps)
        if (c.startsWith(u"AUTH="_qs))
            mechs << c;
    const bool loginDisabled = caps.contains(u"LOGINDISABLED"_qs);
    if (caps.isEmpty()) {
        v.authInClear = true;
        v.reason = QObject::tr("no CAPABILITY answer: LOGIN (RFC 3501) assumed available without TLS");
    } else if (!mechs.isEmpty()) {
        v.authInClear = true;
        v.reason = QObject::tr("advertises %1 before TLS").arg(mechs.join(u' '));
    } else if (!loginDisabled) {
        v.authInClear = true;
        v.reason = QObject::tr("LOGIN not disabled before TLS (no LOGINDISABLED)");
    } else {
        v.reason = QObject::tr("LOGINDISABLED and no AUTH= before TLS%1")
                       .arg(v.startTls ? QObject::tr("; STARTTLS offered") : QString());
    }
    return v;
}

CapabilityVerdict pop3(const QList<QByteArray> &reply)
{
    CapabilityVerdict v;
    if (reply.isEmpty() || !reply.first().startsWith("+OK")) {
        v.authInClear = true;
        v.reason = QObject::tr("CAPA not supported: USER/PASS (RFC 1939) assumed available without TLS");
        return v;
    }
    QStringList clear;
    for (const QByteArray &line : reply.mid(1)) {
        const QStringList t = upperTokens(line);
        if (t.isEmpty())
            continue;
        if (t.first() == u"STLS"_qs)
            v.startTls = true;
        else if (t.first() == u"USER"_qs)
            clear << u"USER"_qs;
        else if (t.first() == u"SASL"_qs && t.size() > 1)
            clear << t.join(u' ');
    }
    v.authInClear = !clear.isEmpty();
    v.reason = v.authInClear ? QObject::tr("advertises %1 before TLS").arg(clear.join(u", "_qs))
                             : QObject::tr("no USER or SASL mechanism before TLS%1")
                                   .arg(v.startTls ? QObject::tr("; STLS offered") : QString());
    return v;
}

CapabilityVerdict smtp(const QList<QByteArray> &reply)
{
    CapabilityVerdict v;
    QString auth;
    for (const QByteArray &line : reply) {
        if (line.size() < 4 || !line.startsWith("250"))
            continue;
        const QString ext = QString::fromLatin1(line.mid(4)).trimmed().toUpper();
        if (ext == u"STARTTLS"_qs)
            v.startTls = true;
        else if (ext.startsWith(u"AUTH "_qs) || ext.startsWith(u"AUTH="_qs))
            auth = ext;
    }
    v.authInClear = !auth.isEmpty();
    v.reason =
        v.authInClear
            ? QObject::tr("EHLO offers %1 before TLS%2")
                  .arg(auth, v.startTls ? QString() : QObject::tr(", and no STARTTLS"))
            : QObject::tr("no AUTH before TLS%1").arg(v.startTls ? QObject::tr("; STARTTLS offered") : QString());
    return v;
}

QString recordWith(const QStringList &txt, const QString &prefix, int *count)
{
    QString found;
    *count = 0;
    for (const QString &t : txt)
        if (t.trimmed().startsWith(prefix, Qt::CaseInsensitive)) {
            ++*count;
            if (found.isEmpty())
                found = t.trimmed();
        }
    return found;
}

} // namespace

QString protocolName(MailProtocol p)
{
    // indexed by the enum, in its order: Imap, Pop3, Smtp
    static const QString names[] = {u"IMAP"_qs, u"POP3"_qs, u"SMTP"_qs};
    const auto i = std::size_t(p);
    return i < std::size(names) ? names[i] : QString();
}

CapabilityVerdict analyseCapabilities(MailProtocol protocol, const QList<QByteArray> &reply)
{
    switch (protocol) {
    case MailProtocol::Imap:
        return imap(reply);
    case MailProtocol::Pop3:
        return pop3(reply);
    case MailProtocol::Smtp:
        return smtp(reply);
    }
    return {};
}

PolicyVerdict analysePolicy(const QStringList &domainTxt, const QStringList &dmarcTxt)
{
    PolicyVerdict v;
    int spfCount = 0;
    v.spf = recordWith(domainTxt, u"v=spf1"_qs, &spfCount);
    if (spfCount == 0) {
        v.problems << QObject::tr("no SPF record");
    } else if (spfCount > 1) {
        v.problems << QObject::tr("%1 SPF records (RFC 7208 permerror: receivers ignore them)").arg(spfCount);
    } else {
        const QStringList terms = v.spf.toLower().split(u' ', Qt::SkipEmptyParts);
        QString all;
        bool redirect = false;
        for (const QString &t : terms) {
            if (t == u"all"_qs || (t.size() == 4 && t.endsWith(u"all"_qs) && QStringLiteral("+-~?").contains(t[0])))
                all = t;
            if (t.startsWith(u"redirect="_qs))
                redirect = true;
        }
        if (all == u"all"_qs || all == u"+all"_qs)
            v.problems << QObject::tr("SPF ends in %1: any server may send as the domain").arg(all);
        else if (all == u"?all"_qs)
            v.problems << QObject::tr("SPF ends in ?all (neutral): unlisted servers are not rejected");
        else if (all.isEmpty() && !redirect)
            v.problems << QObject::tr("SPF has no all mechanism: unlisted servers are not rejected");
    }
    int dmarcCount = 0;
    v.dmarc = recordWith(dmarcTxt, u"v=DMARC1"_qs, &dmarcCount);
    if (dmarcCount == 0) {
        v.problems << QObject::tr("no DMARC record");
    } else {
        static const QRegularExpression policy(u"(?:^|;)\\s*p\\s*=\\s*([a-z]+)"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = policy.match(v.dmarc);
        const QString p = m.hasMatch() ? m.captured(1).toLower() : QString();
        if (p != u"quarantine"_qs && p != u"reject"_qs)
            v.problems << (p.isEmpty() ? QObject::tr("DMARC without a p= policy")
                                       : QObject::tr("DMARC p=%1: spoofed mail is delivered").arg(p));
    }
    return v;
}

MfaVerdict analyseLoginPage(const QString &html)
{
    // Words and field names of a second factor; a plain image CAPTCHA (验证码 alone) is not one.
    static const QStringList words{u"短信验证码"_qs, u"动态口令"_qs, u"动态密码"_qs, u"令牌"_qs,    u"扫码"_qs,
                                   u"证书登录"_qs,   u"数字证书"_qs, u"ukey"_qs,     u"u盾"_qs,     u"一次性密码"_qs,
                                   u"双因素"_qs,     u"二次验证"_qs, u"otp"_qs,      u"one-time"_qs};
    static const QRegularExpression fieldNames(u"(^|[_-])(otp|totp|hotp|smscode|sms_code|dynpwd|token|ukey)([_-]|$)"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
    MfaVerdict v;
    for (const Sdk::HtmlForm &form : Sdk::parseForms(html)) {
        if (!form.hasPassword())
            continue;
        QStringList fields;
        for (const Sdk::FormControl &c : form.controls) {
            if (c.autocomplete == u"one-time-code"_qs || fieldNames.match(c.name).hasMatch() ||
                fieldNames.match(c.id).hasMatch()) {
                v.kind = MfaVerdict::SecondFactor;
                v.detail = QObject::tr("field %1 (%2)").arg(c.name.isEmpty() ? c.id : c.name, c.placeholder);
                return v;
            }
            if (!c.name.isEmpty() && c.tag != u"button"_qs)
                fields << u"%1:%2"_qs.arg(c.name, c.type);
        }
        const QString text = (form.text + u' ' +
                              [&] {
                                  QString extra;
                                  for (const Sdk::FormControl &c : form.controls)
                                      extra += c.placeholder + u' ' + c.text + u' ';
                                  return extra;
                              }())
                                 .toLower();
        for (const QString &w : words)
            if (text.contains(w)) {
                v.kind = MfaVerdict::SecondFactor;
                v.detail = QObject::tr("login form mentions “%1”").arg(w);
                return v;
            }
        v.kind = MfaVerdict::PasswordOnly;
        v.detail = QObject::tr("login form fields: %1").arg(fields.join(u", "_qs));
    }
    return v;
}

} // namespace Govscope::Mail

#include "htmldocument.h"

namespace Govscope::Mail {

namespace {

const QStringList &lockWords()
{
    static const QStringList words{u"锁定"_qs,
                                   u"冻结"_qs,
                                   u"已被锁"_qs,
                                   u"次数过多"_qs,
                                   u"次数超过"_qs,
                                   u"次数已达"_qs,
                                   u"稍后再试"_qs,
                                   u"暂时禁止"_qs,
                                   u"locked"_qs,
                                   u"too many"_qs,
                                   u"temporarily blocked"_qs,
                                   u"try again later"_qs,
                                   u"account disabled"_qs};
    return words;
}

const QRegularExpression &captchaField()
{
    static const QRegularExpression re(u"captcha|verifycode|verify_code|vcode|yzm|checkcode|validcode|authcode"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString visibleText(const QString &html)
{
    return Sdk::HtmlDocument::parse(html).text().toLower();
}

QStringList found(const QString &text, const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        if (text.contains(w))
            out << w;
    return out;
}

bool hasCaptcha(const QList<Sdk::HtmlForm> &forms, const QString &text)
{
    for (const Sdk::HtmlForm &f : forms)
        for (const Sdk::FormControl &c : f.controls)
            if (c.type != u"password"_qs &&
                (captchaField().match(c.name).hasMatch() || captchaField().match(c.id).hasMatch()))
                return true;
    // 短信验证码 is a second factor (mail.no_mfa), not a CAPTCHA
    QString t = text;
    t.remove(u"短信验证码"_qs);
    return t.contains(u"验证码"_qs) || t.contains(u"captcha"_qs);
}

bool hasPasswordForm(const QList<Sdk::HtmlForm> &forms)
{
    for (const Sdk::HtmlForm &f : forms)
        if (f.hasPassword())
            return true;
    return false;
}

} // namespace

QString toText(WebmailAnswer::Kind kind)
{
    // indexed by the enum, in its order: Locked, Captcha, Accepted, Rejected, Unknown
    static const QString names[] = {u"locked"_qs, u"captcha"_qs, u"accepted"_qs, u"rejected"_qs};
    const auto i = std::size_t(kind);
    return i < std::size(names) ? names[i] : u"unknown"_qs;
}

bool loginPageHasCaptcha(const QString &html)
{
    return hasCaptcha(Sdk::parseForms(html), visibleText(html));
}

WebmailAnswer classifyWebmailAnswer(int status, const QString &html, const QString &baselineHtml)
{
    WebmailAnswer a;
    const QString text = visibleText(html);
    const QString baseline = visibleText(baselineHtml);
    const QList<Sdk::HtmlForm> forms = Sdk::parseForms(html);
    if (status == 429) {
        a.kind = WebmailAnswer::Locked;
        a.detail = QObject::tr("HTTP 429 Too Many Requests");
        return a;
    }
    QStringList newLockWords;
    for (const QString &w : found(text, lockWords()))
        if (!baseline.contains(w))
            newLockWords << w;
    if (!newLockWords.isEmpty()) {
        a.kind = WebmailAnswer::Locked;
        a.detail = QObject::tr("HTTP %1, the page says “%2”").arg(status).arg(newLockWords.join(u"”, “"_qs));
        return a;
    }
    if (hasCaptcha(forms, text) && !hasCaptcha(Sdk::parseForms(baselineHtml), baseline)) {
        a.kind = WebmailAnswer::Captcha;
        a.detail = QObject::tr("HTTP %1, a CAPTCHA appeared on the login form").arg(status);
        return a;
    }
    if (hasPasswordForm(forms) || status == 401 || status == 403) {
        static const QStringList rejectWords{u"密码错误"_qs,  u"用户名或密码"_qs, u"登录失败"_qs,
                                             u"incorrect"_qs, u"invalid"_qs,      u"wrong password"_qs};
        const QStringList said = found(text, rejectWords);
        a.kind = WebmailAnswer::Rejected;
        a.detail = said.isEmpty() ? QObject::tr("HTTP %1, the login form again").arg(status)
                                  : QObject::tr("HTTP %1, the page says “%2”").arg(status).arg(said.join(u"”, “"_qs));
        return a;
    }
    if (status >= 200 && status < 300) {
        static const QStringList inWords{u"退出"_qs,   u"注销"_qs,     u"收件箱"_qs,
                                         u"logout"_qs, u"sign out"_qs, u"inbox"_qs};
        const QStringList said = found(text, inWords);
        a.kind = WebmailAnswer::Accepted;
        a.detail = said.isEmpty()
                       ? QObject::tr("HTTP %1, a page without a login form").arg(status)
                       : QObject::tr("HTTP %1, a logged-in page (“%2”)").arg(status).arg(said.join(u"”, “"_qs));
        return a;
    }
    a.detail = QObject::tr("HTTP %1").arg(status);
    return a;
}

LimitVerdict combineChannels(const QList<ChannelLimit> &channels)
{
    LimitVerdict v;
    for (const ChannelLimit &c : channels) {
        const QString line = u"%1: %2"_qs.arg(c.channel, c.detail);
        switch (c.kind) {
        case ChannelLimit::Unlimited:
            v.unlimited << line;
            break;
        case ChannelLimit::Limited:
            v.limited << line;
            break;
        case ChannelLimit::Unknown:
            v.unknown << line;
            break;
        }
    }
    if (!v.unlimited.isEmpty())
        v.kind = LimitVerdict::Finding;
    else if (!v.limited.isEmpty() && v.unknown.isEmpty())
        v.kind = LimitVerdict::Pass;
    else
        v.kind = LimitVerdict::Inconclusive;
    return v;
}

TlsAssessment assessTls(const TlsFacts &f)
{
    TlsAssessment a;
    for (const QString &v : f.acceptedVersions)
        if (v == u"TLSv1.0"_qs || v == u"TLSv1.1"_qs || v.startsWith(u"SSL"_qs))
            a.protocolProblems << QObject::tr("%1 accepted").arg(v);
    static const QRegularExpression brokenCipher(
        u"(^|[-_])(RC4|DES|3DES|NULL|EXP|EXPORT|MD5|ADH|AECDH|ANON)([-_]|$)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    if (!f.cipher.isEmpty() && brokenCipher.match(f.cipher).hasMatch())
        a.protocolProblems << QObject::tr("broken cipher %1").arg(f.cipher);
    if (!f.certificateSeen)
        return a;
    if (f.expired)
        a.certificateProblems << QObject::tr("certificate expired");
    if (f.notYetValid)
        a.certificateProblems << QObject::tr("certificate not yet valid");
    if (f.selfSigned && !f.pinned)
        a.certificateProblems << QObject::tr("self-signed certificate");
    if (f.nameMismatch)
        a.certificateProblems << QObject::tr("certificate for another name");
    if (f.chainUnverified && !f.pinned && !f.selfSigned)
        a.unverified << QObject::tr("certificate chain not verified (%1)")
                            .arg(f.verifyError.isEmpty() ? QObject::tr("unknown issuer") : f.verifyError);
    return a;
}

} // namespace Govscope::Mail
