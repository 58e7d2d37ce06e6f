#pragma once

// What every libFuzzer target here shares: a QCoreApplication made once (some readers use QObject::tr and
// the DNS target an event loop), Qt's warnings silenced (a parser warning per input would dominate the run
// time), and the input as a QByteArray without a copy.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace GovscopeFuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

inline QCoreApplication *application()
{
    static int argc = 1;
    static char name[] = "govscope-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        qInstallMessageHandler(quietMessages);
        return new QCoreApplication(argc, argv);
    }();
    return app;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace GovscopeFuzz

#define GOVSCOPE_FUZZ_INIT                                                                                             \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                               \
    {                                                                                                                  \
        GovscopeFuzz::application();                                                                                   \
        return 0;                                                                                                      \
    }
