#include "signingidentity.h"

#include "opensslutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace Govscope::Report {

namespace {

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the %1 %2: %3.").arg(what, path, file.errorString()));
    return file.readAll();
}

// Never lets OpenSSL prompt on a terminal: an encrypted key without a passphrase simply fails.
int passphraseCallback(char *buffer, int size, int, void *userData)
{
    const auto *passphrase = static_cast<const QByteArray *>(userData);
    if (passphrase->isEmpty() || passphrase->size() > size)
        return -1;
    memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

std::shared_ptr<evp_pkey_st> wrap(EVP_PKEY *key)
{
    return std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
}
std::shared_ptr<x509_st> wrap(X509 *cert)
{
    return std::shared_ptr<x509_st>(cert, X509_free);
}
std::shared_ptr<stack_st_X509> wrap(STACK_OF(X509) * chain)
{
    return std::shared_ptr<stack_st_X509>(chain, [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
}

bool isKeyTypeSupported(EVP_PKEY *key)
{
    return EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "EC");
}

} // namespace

Result<SigningIdentity> SigningIdentity::fromPem(const QString &keyPath, const QString &certPath,
                                                 const QByteArray &passphrase)
{
    auto keyBytes = readFile(keyPath, QObject::tr("private key"));
    if (!keyBytes)
        return keyBytes.error();
    auto certBytes = readFile(certPath, QObject::tr("certificate"));
    if (!certBytes)
        return certBytes.error();
    ERR_clear_error();
    SigningIdentity identity;
    auto keyBio = Ssl::memoryBio(*keyBytes);
    QByteArray pass = passphrase;
    identity.m_key = wrap(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, &pass));
    if (!identity.m_key) {
        const QString detail = Ssl::errors();
        if (keyBytes->contains("ENCRYPTED") && passphrase.isEmpty())
            return makeError(QObject::tr("The private key %1 is encrypted and no passphrase was given.").arg(keyPath));
        if (keyBytes->contains("ENCRYPTED"))
            return makeError(QObject::tr("Cannot decrypt the private key %1: wrong passphrase.").arg(keyPath));
        return makeError(QObject::tr("%1 is not a PEM private key (%2).").arg(keyPath, detail));
    }
    auto certBio = Ssl::memoryBio(*certBytes);
    identity.m_cert = wrap(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!identity.m_cert)
        return makeError(QObject::tr("%1 is not a PEM certificate (%2).").arg(certPath, Ssl::errors()));
    if (!isKeyTypeSupported(identity.m_key.get()))
        return makeError(QObject::tr("The key in %1 is neither RSA nor ECDSA; use one of those.").arg(keyPath));
    if (X509_check_private_key(identity.m_cert.get(), identity.m_key.get()) != 1) {
        ERR_clear_error();
        return makeError(
            QObject::tr("The certificate %1 does not belong to the private key %2.").arg(certPath, keyPath));
    }
    return identity;
}

Result<SigningIdentity> SigningIdentity::fromPkcs12(const QString &path, const QByteArray &passphrase)
{
    auto bytes = readFile(path, QObject::tr("PKCS#12 file"));
    if (!bytes)
        return bytes.error();
    ERR_clear_error();
    auto bio = Ssl::memoryBio(*bytes);
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12_bio(bio.get(), nullptr), PKCS12_free);
    if (!p12)
        return makeError(QObject::tr("%1 is not a PKCS#12 file (%2).").arg(path, Ssl::errors()));
    const QByteArray pass = passphrase;
    if (!PKCS12_verify_mac(p12.get(), pass.constData(), int(pass.size()))) {
        ERR_clear_error();
        return makeError(passphrase.isEmpty()
                             ? QObject::tr("The PKCS#12 file %1 is protected and no passphrase was given.").arg(path)
                             : QObject::tr("Cannot open the PKCS#12 file %1: wrong passphrase.").arg(path));
    }
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (!PKCS12_parse(p12.get(), pass.constData(), &key, &cert, &chain))
        return makeError(QObject::tr("Cannot read the key and certificate in %1 (%2).").arg(path, Ssl::errors()));
    SigningIdentity identity;
    identity.m_key = wrap(key);
    identity.m_cert = wrap(cert);
    identity.m_chain = wrap(chain ? chain : sk_X509_new_null());
    if (!key || !cert)
        return makeError(QObject::tr("%1 holds no private key with its certificate.").arg(path));
    if (!isKeyTypeSupported(key))
        return makeError(QObject::tr("The key in %1 is neither RSA nor ECDSA; use one of those.").arg(path));
    return identity;
}

Result<SigningIdentity> SigningIdentity::load(const SigningSource &source)
{
    if (!source.pkcs12.isEmpty())
        return fromPkcs12(source.pkcs12, source.passphrase);
    return fromPem(source.keyPem, source.certPem, source.passphrase);
}

QString SigningIdentity::subject() const
{
    return m_cert ? Ssl::nameText(X509_get_subject_name(m_cert.get())) : QString();
}

Result<QByteArray> SigningIdentity::signDetached(const QByteArray &content) const
{
    ERR_clear_error();
    auto in = Ssl::memoryBio(content);
    Ssl::Cms cms(CMS_sign(m_cert.get(), m_key.get(), m_chain.get(), in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return makeError(QObject::tr("Signing failed: %1").arg(Ssl::errors()));
    Ssl::Bio out(BIO_new(BIO_s_mem()));
    if (!i2d_CMS_bio(out.get(), cms.get()))
        return makeError(QObject::tr("Cannot encode the signature: %1").arg(Ssl::errors()));
    return Ssl::bioBytes(out.get());
}

SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content, const QString &caPath)
{
    SignatureCheck check;
    ERR_clear_error();
    auto sigBio = Ssl::memoryBio(signatureDer);
    Ssl::Cms cms(d2i_CMS_bio(sigBio.get(), nullptr));
    if (!cms) {
        check.problem = QObject::tr("not a DER CMS signature (%1)").arg(Ssl::errors());
        return check;
    }
    // The signer's subject is read before verifying, so a failed check can still say who claims to have signed.
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    STACK_OF(X509) *certs = CMS_get1_certs(cms.get());
    if (signers && certs && sk_CMS_SignerInfo_num(signers) > 0) {
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(signers, 0);
        for (int i = 0; i < sk_X509_num(certs); ++i)
            if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0) {
                X509 *cert = sk_X509_value(certs, i);
                check.signer = Ssl::nameText(X509_get_subject_name(cert));
                unsigned char digest[EVP_MAX_MD_SIZE];
                unsigned int length = 0;
                if (X509_digest(cert, EVP_sha256(), digest, &length) == 1)
                    check.signerSha256 =
                        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex(':'));
            }
    }
    sk_X509_pop_free(certs, X509_free);

    Ssl::Store store(X509_STORE_new());
    unsigned flags = CMS_BINARY;
    if (caPath.isEmpty()) {
        flags |= CMS_NO_SIGNER_CERT_VERIFY;
    } else {
        if (!QFile::exists(caPath) || X509_STORE_load_file(store.get(), QFile::encodeName(caPath).constData()) != 1) {
            check.problem = QObject::tr("cannot load CA certificates from %1 (%2)").arg(caPath, Ssl::errors());
            return check;
        }
        check.chainChecked = true;
    }
    auto contentBio = Ssl::memoryBio(content);
    if (CMS_verify(cms.get(), nullptr, store.get(), contentBio.get(), nullptr, flags) != 1) {
        check.problem = Ssl::errors();
        return check;
    }
    ERR_clear_error();
    check.valid = true;
    return check;
}

Status createIdentity(const NewIdentity &request, const QString &keyPath, const QString &certPath)
{
    if (request.passphrase.isEmpty())
        return makeError(QObject::tr("A passphrase is required: the new private key is stored encrypted."));
    for (const QString &path : {keyPath, certPath})
        if (QFile::exists(path))
            return makeError(QObject::tr("%1 already exists; choose another file name.").arg(path));
    ERR_clear_error();
    auto key =
        wrap(request.keyType == NewIdentity::KeyType::Rsa3072 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072))
                                                              : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return makeError(QObject::tr("Cannot generate a key: %1").arg(Ssl::errors()));

    auto cert = wrap(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(serial, sizeof serial, nullptr), BN_free);
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(request.validDays) * 24 * 3600);

    X509_NAME *name = X509_get_subject_name(cert.get());
    static const QRegularExpression separator(u"\\s*[,/]\\s*(?=[A-Za-z]+=)"_qs);
    int entries = 0;
    for (const QString &part : request.subject.split(separator, Qt::SkipEmptyParts)) {
        const QString field = part.section(u'=', 0, 0).trimmed();
        const QByteArray value = part.section(u'=', 1).trimmed().toUtf8();
        if (field.isEmpty() || value.isEmpty() ||
            !X509_NAME_add_entry_by_txt(name, field.toLatin1().constData(), MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>(value.constData()), -1, -1, 0))
            return makeError(
                QObject::tr("Cannot use '%1' in the subject; write it as CN=name,O=organisation,C=CN.").arg(part));
        ++entries;
    }
    if (entries == 0)
        return makeError(QObject::tr("The subject is empty; write it as CN=name,O=organisation,C=CN."));
    X509_set_issuer_name(cert.get(), name);
    X509_set_pubkey(cert.get(), key.get());
    // No keyUsage: OpenSSL must accept this self-signed certificate as its own trust anchor (--ca CERT.pem).
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto &[nid, value] :
         {std::pair{NID_basic_constraints, "critical,CA:FALSE"}, std::pair{NID_subject_key_identifier, "hash"}}) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        if (!ext)
            return makeError(QObject::tr("Cannot build the certificate: %1").arg(Ssl::errors()));
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return makeError(QObject::tr("Cannot sign the certificate: %1").arg(Ssl::errors()));

    Ssl::Bio keyOut(BIO_new(BIO_s_mem()));
    QByteArray pass = request.passphrase;
    if (!PEM_write_bio_PKCS8PrivateKey(keyOut.get(), key.get(), EVP_aes_256_cbc(), pass.data(), int(pass.size()),
                                       nullptr, nullptr))
        return makeError(QObject::tr("Cannot encode the key: %1").arg(Ssl::errors()));
    Ssl::Bio certOut(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certOut.get(), cert.get());

    const auto write = [](const QString &path, const QByteArray &bytes, bool secret) -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(QObject::tr("Cannot write %1: %2.").arg(path, file.errorString()));
        if (secret)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(bytes);
        if (!file.commit())
            return makeError(QObject::tr("Cannot write %1: %2.").arg(path, file.errorString()));
        if (secret)
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return Done{};
    };
    if (Status s = write(keyPath, Ssl::bioBytes(keyOut.get()), true); !s)
        return s;
    if (Status s = write(certPath, Ssl::bioBytes(certOut.get()), false); !s) {
        QFile::remove(keyPath);
        return s;
    }
    return Done{};
}

} // namespace Govscope::Report
