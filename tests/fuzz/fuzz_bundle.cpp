// `govscope verify` on a report bundle someone sent: the ZIP directory and entries, manifest.json and the
// detached signature. The verifier reads a path, so each input is written to a file in /dev/shm first.

#include "bundleverifier.h"
#include "fuzzsupport.h"
#include "manifest.h"

#include <QDir>
#include <QFile>

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // `-> QString`: without it the lambda returns the QStringBuilder of `dir + …`, which refers to `dir` after
    // the lambda returned (the path came out as "/dev/shm", a directory, and every input aborted).
    static const QString path = []() -> QString {
        const QString dir = QDir(u"/dev/shm"_qs).exists() ? u"/dev/shm"_qs : QDir::tempPath();
        return dir + u"/govscope-fuzz-bundle-%1.zip"_qs.arg(QCoreApplication::applicationPid());
    }();
    const QByteArray bytes = GovscopeFuzz::bytesOf(data, size);
    {
        QFile file(path);
        // (an empty input is an empty file: QIODevice::write() of nothing is not a write error to abort on)
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            (!bytes.isEmpty() && file.write(bytes) != bytes.size())) {
            fprintf(stderr, "fuzz_bundle: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            abort();
        }
    }
    (void)Govscope::Report::BundleVerifier::verify(path, QString());
    // The manifest parser on the raw bytes too: mutations of a zipped manifest rarely stay valid ZIP.
    (void)Govscope::Report::Manifest::parse(bytes);
    return 0;
}
