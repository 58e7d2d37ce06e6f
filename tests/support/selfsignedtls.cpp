#include "selfsignedtls.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace Govscope::Testing {

std::optional<QSslConfiguration> selfSignedServerConfig(const QString &name, const QString &dir)
{
    QProcess openssl;
    openssl.start(u"openssl"_qs, {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                                  u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs, u"-days"_qs, u"2"_qs, u"-subj"_qs,
                                  u"/CN="_qs + name, u"-addext"_qs, u"subjectAltName=DNS:"_qs + name, u"-keyout"_qs,
                                  dir + u"/k.pem"_qs, u"-out"_qs, dir + u"/c.pem"_qs});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        return std::nullopt;
    QFile cert(dir + u"/c.pem"_qs), key(dir + u"/k.pem"_qs);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return std::nullopt;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(cert.readAll()));
    conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return conf;
}

} // namespace Govscope::Testing
