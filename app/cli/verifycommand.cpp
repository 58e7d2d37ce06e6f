#include "arguments.h"
#include "bundleverifier.h"
#include "cli.h"
#include "command.h"
#include "console.h"

#include <QCommandLineParser>

namespace Govscope::Cli {

int runVerify(const QStringList &args)
{
    const QString usage = u"govscope verify FILE.zip [--ca CA.pem]"_qs;
    QCommandLineParser parser;
    parser.addOption({u"ca"_qs, u"PEM file of CA certificates the signer must chain to."_qs, u"file"_qs});
    parser.addPositionalArgument(u"FILE.zip"_qs, u"The report bundle."_qs);
    if (auto code = parseArguments(parser, args, usage, 1))
        return *code;
    const QString path = parser.positionalArguments().at(0);
    const QString ca = parser.value(u"ca"_qs);

    const Report::Verification v = Report::BundleVerifier::verify(path, ca);
    for (const QString &problem : v.problems)
        err(u"govscope: %1: %2\n"_qs.arg(path, problem));
    if (v.isSigned && !v.signer.isEmpty()) {
        if (v.signatureValid && !v.chainChecked)
            out(u"%1: signed by %2, not checked against a CA\n"_qs.arg(path, v.signer));
        else if (v.signatureValid)
            out(u"%1: signed by %2, certificate chains to %3\n"_qs.arg(path, v.signer, ca));
        else
            out(u"%1: claims to be signed by %2, but the signature does not verify\n"_qs.arg(path, v.signer));
        if (!v.signerSha256.isEmpty())
            out(u"%1: signing certificate SHA-256 %2\n"_qs.arg(path, v.signerSha256));
    }
    if (!v.ok()) {
        out(u"%1: NOT intact: %2 problem(s)\n"_qs.arg(path).arg(v.problems.size()));
        return Failure;
    }
    out(u"%1: intact: %2 files match the signed manifest\n"_qs.arg(path).arg(v.files));
    if (!v.chainChecked) {
        // Anyone can re-sign a bundle with a self-made certificate; without a CA the signer is only a claim.
        out(u"%1: the signer is NOT verified: compare the fingerprint above with the auditor's, or pass --ca "
            "CA.pem (exit status 3)\n"_qs.arg(path));
        return Unverified;
    }
    return Success;
}

} // namespace Govscope::Cli
