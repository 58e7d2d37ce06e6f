#pragma once

#include "reportoptions.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

// OpenSSL stays out of the headers: govscope_report links it privately.
struct evp_pkey_st;
struct x509_st;
struct stack_st_X509;

namespace Govscope::Report {

/// A signer's private key and certificate (plus any chain certificates a PKCS#12 file carries), loaded from
/// PEM files or a PKCS#12 file. RSA and ECDSA keys. The passphrase is used once and not kept.
class SigningIdentity final
{
public:
    static Result<SigningIdentity> fromPem(const QString &keyPath, const QString &certPath,
                                           const QByteArray &passphrase);
    static Result<SigningIdentity> fromPkcs12(const QString &path, const QByteArray &passphrase);
    static Result<SigningIdentity> load(const SigningSource &source);

    /// The certificate's subject, RFC 2253 style ("CN=…,O=…").
    QString subject() const;

    /// A detached CMS SignedData over @p content (binary, no MIME canonicalisation), DER, with the signer's
    /// certificate and chain included: `openssl cms -verify -binary -inform DER` accepts it.
    Result<QByteArray> signDetached(const QByteArray &content) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    std::shared_ptr<x509_st> m_cert;
    std::shared_ptr<stack_st_X509> m_chain;
};

/// What the "new signing identity" dialog and `govscope report --new-identity` ask for.
struct NewIdentity
{
    enum class KeyType { Rsa3072, EcdsaP256 };
    QString subject; ///< "CN=张三,O=某省网信办,C=CN" (also accepts the /CN=…/O=… form)
    KeyType keyType = KeyType::EcdsaP256;
    int validDays = 3 * 365;
    QByteArray passphrase; ///< required: the key file is written encrypted (PKCS#8, AES-256)
};

/// Creates a key and a self-signed certificate and writes them to @p keyPath (mode 0600) and @p certPath.
/// Existing files are not overwritten.
Status createIdentity(const NewIdentity &request, const QString &keyPath, const QString &certPath);

/// The result of checking a detached signature.
struct SignatureCheck
{
    bool valid = false;
    bool chainChecked = false; ///< verified up to a CA given by the caller
    QString signer;            ///< subject of the signing certificate, when it could be read
    QString signerSha256;      ///< SHA-256 of the signing certificate (DER, hex): what a reader compares by phone
    QString problem;           ///< why it is not valid
};

/// Checks a DER CMS detached signature over @p content. With @p caPath, the signer's certificate must chain
/// to a certificate in that PEM file; without, only the signature against the embedded certificate is checked.
SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content, const QString &caPath);

} // namespace Govscope::Report
