// Govscope 政务应用监测工作台: one executable, the workbench (GUI) or a command (CLI) on the same engine.

#include "application.h"
#include "cli/cli.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

/// `scan` runs the counterfeit family (named, or all families by default): its screenshot service needs a
/// QApplication on the GUI thread (QtWebEngine).
bool scanCapturesScreenshots(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("scan"))
        return false;
    QStringList families;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--family"))
            families << arguments.value(i + 1).split(u',');
        else if (arguments[i].startsWith(QLatin1String("--family=")))
            families << arguments[i].mid(9).split(u',');
    }
    return families.isEmpty() || families.contains(QLatin1String("counterfeit"));
}

} // namespace

#if defined(__SANITIZE_ADDRESS__)
// ASan+UBSan builds (preset `sanitize`): Qt WebEngine's Chromium, which Debian builds uninstrumented and with
// its own sized deletes, frees a page's objects with a size ASan reads as a new/delete type mismatch when
// the screenshot service's pages are destroyed (stack entirely inside libQt6WebEngineCore). That one check is
// off; every other report of our code still aborts the run. ASAN_OPTIONS in the environment still wins.
extern "C" const char *__asan_default_options()
{
    return "new_delete_type_mismatch=0";
}
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // `report` draws its charts with Qt Charts, `scan` may take screenshots with QtWebEngine: both need a
    // QApplication; the offscreen platform needs no display.
    if (arguments.value(1) == QLatin1String("report") || scanCapturesScreenshots(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it before the app
        QApplication app(argc, argv);
        Govscope::Application::setIdentity();
        return Govscope::Cli::run(arguments);
    }
    // Commands never need a display: a headless machine runs `govscope scan` and `--version`.
    if (Govscope::Cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        Govscope::Application::setIdentity();
        return Govscope::Cli::run(arguments);
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Govscope::Application::setIdentity();
    return Govscope::Application::runGui(arguments.value(1));
}
