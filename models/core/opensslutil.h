#pragma once

// OpenSSL error text and RAII for the few OpenSSL types used (report signing, TLS probes, APK certificates).

#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace Govscope::Ssl {

/// Drains OpenSSL's error queue into one line ("; "-separated), empty when there was none.
QString errors();

struct BioFree
{
    void operator()(BIO *b) const { BIO_free_all(b); }
};
struct CmsFree
{
    void operator()(CMS_ContentInfo *c) const { CMS_ContentInfo_free(c); }
};
struct StoreFree
{
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Cms = std::unique_ptr<CMS_ContentInfo, CmsFree>;
using Store = std::unique_ptr<X509_STORE, StoreFree>;

/// A read-only memory BIO over @p bytes (which must outlive it).
Bio memoryBio(const QByteArray &bytes);
/// Everything written to a memory BIO.
QByteArray bioBytes(BIO *bio);
QString nameText(const X509_NAME *name);

} // namespace Govscope::Ssl
