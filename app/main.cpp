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
