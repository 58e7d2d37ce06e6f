#include "application.h"

#include "mainwindow.h"
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
    Ui::MainWindow window;
    ScanController scans(&window); // runs scans on the window's scanRequested()
    window.show();
    if (!casePath.isEmpty())
        window.openCase(casePath);
    return QApplication::exec();
}

} // namespace Govscope::Application
