#include "console.h"

#include "cli.h"

#include <cstdio>
#include <unistd.h>

namespace Govscope::Cli {

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString &text)
{
    out(text.toUtf8());
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int fail(const QString &message, int code)
{
    err(u"govscope: "_qs + message + u'\n');
    return code;
}

int usageError(const QString &message, const QString &usage)
{
    err(u"govscope: "_qs + message + u"\nusage: "_qs + usage + u"\nSee `govscope --help`.\n"_qs);
    return Usage;
}

bool stderrIsTty()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace Govscope::Cli
