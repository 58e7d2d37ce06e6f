#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Report {

/// What `govscope verify` and the verify dialog report about a bundle.
struct Verification
{
    QStringList problems; ///< one line per problem, each naming the file at fault
    int files = 0;        ///< manifest entries checked
    bool isSigned = false;
    bool signatureValid = false;
    bool chainChecked = false;
    QString signer;
    QString signerSha256; ///< fingerprint of the signing certificate, so a reader can compare it out of band
    bool ok() const { return problems.isEmpty() && signatureValid; }
};

/// Checks a report bundle: every manifest entry's SHA-256 and size, no file missing and none extra, and the
/// detached CMS signature over manifest.json (against @p caPath when given). An unsigned bundle is reported as
/// such and does not pass: its integrity cannot be shown.
class BundleVerifier final
{
public:
    static Verification verify(const QString &zipPath, const QString &caPath);
};

} // namespace Govscope::Report
