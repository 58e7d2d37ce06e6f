#include "arguments.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "reportgenerator.h"
#include "signingidentity.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace Govscope::Cli {

namespace {

const QString kUsage = u"govscope report CASE --out FILE.zip [--org ID…] [--lang zh_CN|en] [--auditor NAME] "
                       "[--key KEY.pem --cert CERT.pem | --pkcs12 FILE.p12]\n"
                       "       govscope report --new-key KEY.pem --new-cert CERT.pem --subject \"CN=…,O=…\" "
                       "[--key-type ec|rsa]"_qs;

// Passphrases come from the environment only: never from the command line, where `ps` would show them.
QByteArray passphraseFrom(const char *variable)
{
    return qgetenv(variable);
}

int newIdentity(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"new-cert"_qs) || !parser.isSet(u"subject"_qs))
        return usageError(u"--new-key needs --new-cert CERT.pem and --subject \"CN=…\"."_qs, kUsage);
    Report::NewIdentity request;
    request.subject = parser.value(u"subject"_qs);
    request.passphrase = passphraseFrom("GOVSCOPE_KEY_PASSPHRASE");
    if (request.passphrase.isEmpty())
        return usageError(u"set GOVSCOPE_KEY_PASSPHRASE to the passphrase that will protect the new key."_qs, kUsage);
    const QString type = parser.value(u"key-type"_qs);
    if (!type.isEmpty() && type != u"ec"_qs && type != u"rsa"_qs)
        return usageError(u"--key-type must be ec or rsa, not '%1'."_qs.arg(type), kUsage);
    request.keyType =
        type == u"rsa"_qs ? Report::NewIdentity::KeyType::Rsa3072 : Report::NewIdentity::KeyType::EcdsaP256;
    const Status made = Report::createIdentity(request, parser.value(u"new-key"_qs), parser.value(u"new-cert"_qs));
    if (!made)
        return fail(made.errorMessage());
    out(u"wrote %1 (encrypted private key) and %2 (self-signed certificate for %3)\n"_qs.arg(
        parser.value(u"new-key"_qs), parser.value(u"new-cert"_qs), request.subject));
    return Success;
}

// A bar on a terminal, otherwise one line per stage and every tenth of the pages (logs stay short).
Report::ReportGenerator::Progress progressPrinter()
{
    const bool tty = stderrIsTty();
    auto lastStage = std::make_shared<QString>();
    auto lastTenth = std::make_shared<qint64>(-1);
    return [tty, lastStage, lastTenth](const QString &stage, qint64 done, qint64 total) {
        if (tty) {
            const int width = 30;
            const int filled = total > 0 ? int(width * done / total) : 0;
            err(u"\r%1 [%2%3] %4/%5   "_qs.arg(stage, QString(filled, u'#'), QString(width - filled, u' '))
                    .arg(done)
                    .arg(total));
            if (done == total)
                err(u"\n"_qs);
            return true;
        }
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (stage != *lastStage || tenth != *lastTenth)
            err(u"%1: %2/%3\n"_qs.arg(stage).arg(done).arg(total));
        *lastStage = stage;
        *lastTenth = tenth;
        return true;
    };
}

QString withHint(const QString &message, const Report::ReportOptions &options)
{
    if (!message.contains(u"passphrase"_qs))
        return message;
    return message + (options.signing.pkcs12.isEmpty() ? u" Set GOVSCOPE_KEY_PASSPHRASE."_qs
                                                       : u" Set GOVSCOPE_PKCS12_PASSPHRASE."_qs);
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_qs, u"The bundle to write (.zip)."_qs, u"file"_qs});
    parser.addOption({u"org"_qs, u"Only this organisation (repeat, or a comma list)."_qs, u"id"_qs});
    parser.addOption({u"lang"_qs, u"zh_CN (default) or en."_qs, u"lang"_qs});
    parser.addOption({u"auditor"_qs, u"The auditor named on the cover (default: $USER)."_qs, u"name"_qs});
    parser.addOption(
        {u"key"_qs, u"PEM private key to sign with (passphrase: $GOVSCOPE_KEY_PASSPHRASE)."_qs, u"file"_qs});
    parser.addOption({u"cert"_qs, u"PEM certificate of the key."_qs, u"file"_qs});
    parser.addOption(
        {u"pkcs12"_qs, u"PKCS#12 file to sign with (passphrase: $GOVSCOPE_PKCS12_PASSPHRASE)."_qs, u"file"_qs});
    parser.addOption(
        {u"new-key"_qs, u"Create a signing key here (encrypted with $GOVSCOPE_KEY_PASSPHRASE)."_qs, u"file"_qs});
    parser.addOption({u"new-cert"_qs, u"Write the new key's self-signed certificate here."_qs, u"file"_qs});
    parser.addOption(
        {u"subject"_qs, u"Subject of the new certificate, e.g. \"CN=张三,O=某省网信办,C=CN\"."_qs, u"dn"_qs});
    parser.addOption({u"key-type"_qs, u"ec (P-256, default) or rsa (3072 bits)."_qs, u"type"_qs});
    parser.addPositionalArgument(u"CASE"_qs, u"The case file."_qs);
    const bool creating = args.contains(u"--new-key"_qs) || args.contains(u"-new-key"_qs);
    if (auto code = parseArguments(parser, args, kUsage, creating ? 0 : 1))
        return *code;
    if (creating)
        return newIdentity(parser);

    Report::ReportOptions options;
    options.casePath = parser.positionalArguments().at(0);
    options.outPath = parser.value(u"out"_qs);
    if (options.outPath.isEmpty())
        return usageError(u"--out FILE.zip is required."_qs, kUsage);
    for (const QString &value : parser.values(u"org"_qs))
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
            options.orgs << id.trimmed();
    bool languageOk = false;
    options.language = Report::languageFrom(parser.value(u"lang"_qs), &languageOk);
    if (!languageOk)
        return usageError(u"--lang must be zh_CN or en, not '%1'."_qs.arg(parser.value(u"lang"_qs)), kUsage);
    options.auditor = parser.isSet(u"auditor"_qs) ? parser.value(u"auditor"_qs) : qEnvironmentVariable("USER");

    const bool pem = parser.isSet(u"key"_qs) || parser.isSet(u"cert"_qs);
    if (pem && parser.isSet(u"pkcs12"_qs))
        return usageError(u"give either --key and --cert or --pkcs12, not both."_qs, kUsage);
    if (pem && !(parser.isSet(u"key"_qs) && parser.isSet(u"cert"_qs)))
        return usageError(u"--key and --cert go together."_qs, kUsage);
    if (pem) {
        options.signing.keyPem = parser.value(u"key"_qs);
        options.signing.certPem = parser.value(u"cert"_qs);
        options.signing.passphrase = passphraseFrom("GOVSCOPE_KEY_PASSPHRASE");
    } else if (parser.isSet(u"pkcs12"_qs)) {
        options.signing.pkcs12 = parser.value(u"pkcs12"_qs);
        options.signing.passphrase = passphraseFrom("GOVSCOPE_PKCS12_PASSPHRASE");
    }

    if (!openExistingCase(options.casePath))
        return Failure;
    QElapsedTimer timer;
    timer.start();
    auto summary = Report::ReportGenerator::run(options, progressPrinter());
    options.signing.passphrase.fill('\0');
    if (!summary)
        return fail(withHint(summary.errorMessage(), options));
    out(u"wrote %1: %2 organisations, %3 findings (%4 false positives left out), %5 pages, %6 evidence files, "
        "%7 bytes, %8 in %9 s\n"_qs.arg(summary->path)
            .arg(summary->organisations)
            .arg(summary->findings)
            .arg(summary->falsePositives)
            .arg(summary->pages)
            .arg(summary->evidenceFiles)
            .arg(summary->bytes)
            .arg(summary->signer.isEmpty() ? u"unsigned"_qs : u"signed by "_qs + summary->signer)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace Govscope::Cli
