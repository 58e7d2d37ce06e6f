#pragma once

// Builds a tiny but genuine APK for the importer tests: a binary AndroidManifest.xml (AXML) written by hand,
// a self-signed certificate and a detached PKCS#7 signature made with OpenSSL, and a launcher icon.

#include "ziptools.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

namespace Govscope::Testing {

class AxmlWriter
{
public:
    /// A manifest whose <manifest> element carries @p attributes (name, string value), string pool in
    /// UTF-8 or UTF-16.
    static QByteArray manifest(const QList<QPair<QString, QString>> &attributes, bool utf8)
    {
        QStringList strings{u"manifest"_qs};
        for (const auto &[name, value] : attributes)
            strings << name << value;
        QByteArray pool = stringPool(strings, utf8);
        QByteArray element;
        u32(element, 0xFFFFFFFF); // namespace
        u32(element, 0);          // name: "manifest"
        u16(element, 20);         // attributeStart
        u16(element, 20);         // attributeSize
        u16(element, quint16(attributes.size()));
        u16(element, 0);
        u16(element, 0);
        u16(element, 0);
        for (int i = 0; i < attributes.size(); ++i) {
            const quint32 nameIndex = quint32(1 + 2 * i), valueIndex = quint32(2 + 2 * i);
            u32(element, 0xFFFFFFFF);
            u32(element, nameIndex);
            u32(element, valueIndex); // rawValue
            u16(element, 8);
            element.append(char(0));
            element.append(char(0x03)); // TYPE_STRING
            u32(element, valueIndex);
        }
        QByteArray node;
        u16(node, 0x0102);
        u16(node, 16);
        u32(node, quint32(16 + element.size()));
        u32(node, 1);          // line number
        u32(node, 0xFFFFFFFF); // comment
        node += element;

        QByteArray file;
        u16(file, 0x0003);
        u16(file, 8);
        u32(file, quint32(8 + pool.size() + node.size()));
        return file + pool + node;
    }

private:
    static void u16(QByteArray &b, quint16 v)
    {
        char raw[2];
        qToLittleEndian(v, raw);
        b.append(raw, 2);
    }
    static void u32(QByteArray &b, quint32 v)
    {
        char raw[4];
        qToLittleEndian(v, raw);
        b.append(raw, 4);
    }

    static QByteArray stringPool(const QStringList &strings, bool utf8)
    {
        QByteArray data;
        QList<quint32> offsets;
        for (const QString &s : strings) {
            offsets.append(quint32(data.size()));
            if (utf8) {
                const QByteArray bytes = s.toUtf8();
                data.append(char(s.size()));
                data.append(char(bytes.size()));
                data += bytes;
                data.append(char(0));
            } else {
                u16(data, quint16(s.size()));
                for (QChar c : s)
                    u16(data, c.unicode());
                u16(data, 0);
            }
        }
        while (data.size() % 4)
            data.append(char(0));
        QByteArray chunk;
        const quint32 headerSize = 28;
        u16(chunk, 0x0001);
        u16(chunk, headerSize);
        u32(chunk, quint32(headerSize + 4 * strings.size() + data.size()));
        u32(chunk, quint32(strings.size()));
        u32(chunk, 0);
        u32(chunk, utf8 ? 1u << 8 : 0);
        u32(chunk, quint32(headerSize + 4 * strings.size()));
        u32(chunk, 0);
        for (quint32 o : offsets)
            u32(chunk, o);
        return chunk + data;
    }
};

/// A self-signed certificate and a detached PKCS#7 signature over @p content.
struct TestSignature
{
    QByteArray pkcs7Der;
    QString certSha256;
};

inline TestSignature makeSignature(const QByteArray &content)
{
    TestSignature result;
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *cert = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 42);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Govscope Test"), -1,
                               -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    result.certSha256 = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(reinterpret_cast<char *>(der), length), QCryptographicHash::Sha256)
            .toHex());
    OPENSSL_free(der);

    BIO *in = BIO_new_mem_buf(content.constData(), int(content.size()));
    PKCS7 *p7 = PKCS7_sign(cert, key, nullptr, in, PKCS7_DETACHED | PKCS7_BINARY);
    if (p7) {
        unsigned char *p7der = nullptr;
        const int p7length = i2d_PKCS7(p7, &p7der);
        result.pkcs7Der = QByteArray(reinterpret_cast<char *>(p7der), p7length);
        OPENSSL_free(p7der);
        PKCS7_free(p7);
    }
    BIO_free(in);
    X509_free(cert);
    EVP_PKEY_free(key);
    return result;
}

inline const QByteArray &testPng()
{
    static const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    return png;
}

/// An APK with the given manifest, signed by a fresh key; @p signature receives the signer's fingerprint.
inline QByteArray makeApk(const QByteArray &manifest, TestSignature *signature = nullptr, bool withIcon = true)
{
    const QByteArray sf = "Signature-Version: 1.0\r\nCreated-By: govscope tests\r\n\r\n";
    TestSignature sig = makeSignature(sf);
    if (signature)
        *signature = sig;
    ZipEntries entries{{u"AndroidManifest.xml"_qs, manifest},
                       {u"classes.dex"_qs, "dex\n035\0"},
                       {u"META-INF/MANIFEST.MF"_qs, "Manifest-Version: 1.0\r\n\r\n"},
                       {u"META-INF/CERT.SF"_qs, sf},
                       {u"META-INF/CERT.RSA"_qs, sig.pkcs7Der}};
    if (withIcon) {
        entries.append({u"res/mipmap-mdpi-v4/ic_launcher.png"_qs, QByteArray("\x89PNG\r\n\x1a\nsmall")});
        entries.append({u"res/mipmap-xxhdpi-v4/ic_launcher.png"_qs, testPng()});
    }
    return makeZip(entries);
}

/// Inserts an APK Signing Block holding one signer with @p certificate under scheme @p schemeId (v2
/// 0x7109871a, v3 0xf05368c0) before the central directory of @p zip, fixing the directory offset.
inline QByteArray withSigningBlock(const QByteArray &zip, const QByteArray &certificate, quint32 schemeId)
{
    auto u32 = [](quint32 v) {
        QByteArray b(4, Qt::Uninitialized);
        qToLittleEndian(v, b.data());
        return b;
    };
    auto u64 = [](quint64 v) {
        QByteArray b(8, Qt::Uninitialized);
        qToLittleEndian(v, b.data());
        return b;
    };
    auto prefixed = [&](const QByteArray &b) -> QByteArray { return u32(quint32(b.size())) + b; };
    const QByteArray digest = prefixed(u32(0x0103) + prefixed(QByteArray(32, '\x11')));
    QByteArray signedData = prefixed(prefixed(digest)) + prefixed(prefixed(certificate)) + prefixed({});
    if (schemeId == 0xf05368c0)
        signedData += u32(24) + u32(0x7fffffff); // v3: min and max SDK
    QByteArray signer = prefixed(signedData);
    if (schemeId == 0xf05368c0)
        signer += u32(24) + u32(0x7fffffff);
    signer += prefixed({}) + prefixed("public key");
    const QByteArray value = prefixed(prefixed(signer));
    const QByteArray pairs = u64(quint64(4 + value.size())) + u32(schemeId) + value;
    const quint64 blockSize = quint64(pairs.size() + 8 + 16);
    const QByteArray block = u64(blockSize) + pairs + u64(blockSize) + "APK Sig Block 42";

    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06"));
    const quint32 cdOffset = qFromLittleEndian<quint32>(zip.constData() + eocd + 16);
    QByteArray result = zip.left(cdOffset) + block + zip.mid(cdOffset);
    qToLittleEndian<quint32>(quint32(cdOffset + block.size()), result.data() + eocd + block.size() + 16);
    return result;
}

} // namespace Govscope::Testing
