#include "opensslutil.h"

#include <QStringList>

namespace Govscope::Ssl {

QString errors()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        lines << QString::fromLatin1(text);
    }
    return lines.join(u"; "_qs);
}

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QString nameText(const X509_NAME *name)
{
    Bio out(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 kept readable (a Chinese CN prints as Chinese).
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(out.get()));
}

} // namespace Govscope::Ssl
