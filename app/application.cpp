#include "application.h"

#include "language.h"
#include "mainwindow.h"
#include "reportcontroller.h"
#include "scancontroller.h"

#include <QApplication>
#include <QCoreApplication>

namespace Govscope::Application {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Govscope"_qs);
    QCoreApplication::setApplicationName(u"govscope"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVSCOPE_VERSION));
}

int runGui(const QString &casePath)
{
    // Before any widget exists: every text is translated once, when it is built.
    Ui::Language::install();

    Ui::MainWindow window;
    // App-level controllers: each connects to the window's signals (scanRequested, reportRequested, …)
    // and is owned by this scope.
    ScanController scans(&window);
    ReportController reports(&window);

    window.show();
    if (!casePath.isEmpty())
        window.openCase(casePath);
    return QApplication::exec();
}

} // namespace Govscope::Application
