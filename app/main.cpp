// Govscope 政务应用监测工作台: one executable, the workbench (GUI) or a command (CLI) on the same engine.

#include "application.h"
#include "cli/cli.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // `report` draws its charts with Qt Charts, which needs a QApplication; the offscreen platform needs no display.
    if (arguments.value(1) == QLatin1String("report")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    QApplication app(argc, argv);
    Govscope::Application::setIdentity();
    return Govscope::Application::runGui(arguments.value(1));
}
