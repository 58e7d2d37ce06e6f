#include "secretmask.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Govscope::Sdk {

namespace {

QString marker(QStringView secret)
{
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"[secret masked sha256:%1]"_qs.arg(QString::fromLatin1(digest.left(16)));
}

bool worthMasking(QStringView value)
{
    static const QRegularExpression placeholder(
        uR"(^(\*+|x+|changeme|change_me|your[_-]?\w*|<[^>]*>|\$\{[^}]*\}|%[A-Z_]+%|null|none|true|false|empty)$)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    return value.size() >= 4 && !placeholder.match(value.toString()).hasMatch();
}

/// Replaces capture group @p group of every match of @p pattern when it is worth masking.
int maskGroup(QString &text, const QRegularExpression &pattern, int group)
{
    int masked = 0;
    QString out;
    qsizetype copied = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView value = m.capturedView(group);
        if (!worthMasking(value))
            continue;
        out += QStringView(text).mid(copied, m.capturedStart(group) - copied);
        out += marker(value);
        copied = m.capturedEnd(group);
        ++masked;
    }
    if (masked) {
        out += QStringView(text).mid(copied);
        text = out;
    }
    return masked;
}

// The name of a setting that holds a secret: …PASSWORD, DB_PASS, api_key, secretKey, auth-token, credentials …
const QString kSecretName = QStringLiteral("(?:[A-Za-z0-9_.-]*(?:pass(?:wd|word)?|pwd|secret|token|api[_-]?key|access[_"
                                           "-]?key|private[_-]?key|credential)[A-Za-z0-9_.-]*)");

} // namespace

MaskedText maskSecrets(const QString &input)
{
    MaskedText result{input, 0};
    QString &text = result.text;
    // Whole PEM private-key blocks: the base64 between the armour lines.
    static const QRegularExpression pem(
        uR"(-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----([\s\S]*?)-----END \1-----)"_qs);
    result.masked += maskGroup(text, pem, 2);
    // NAME=value, NAME: value, "name": "value", name = 'value' — one line, quotes optional.
    static const QRegularExpression setting(
        QString(uR"((?im)(?:^|[\s{,;"'])%1["']?[ \t]*[:=][ \t]*["']?([^\s"',;<]+))"_qs).arg(kSecretName));
    result.masked += maskGroup(text, setting, 1);
    // <password>value</password>, <add key="DbPassword" value="…"/> is covered above; attributes password="value".
    static const QRegularExpression element(QString(uR"((?i)<(%1)>\s*([^<\s][^<]*?)\s*</\1>)"_qs).arg(kSecretName));
    result.masked += maskGroup(text, element, 2);
    // scheme://user:password@host (database URLs, JDBC, Redis, AMQP …).
    static const QRegularExpression userinfo(uR"([A-Za-z][A-Za-z0-9+.-]*://[^\s:/@"']+:([^\s@/"']+)@)"_qs);
    result.masked += maskGroup(text, userinfo, 1);
    return result;
}

} // namespace Govscope::Sdk
