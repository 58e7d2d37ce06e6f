#include "application.h"

#include "familyregistry.h"
#include "language.h"
#include "mainwindow.h"
#include "reportcontroller.h"
#include "scancontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>

namespace Govscope::Application {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Govscope"_qs);
    QCoreApplication::setApplicationName(u"govscope"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVSCOPE_VERSION));
    // The modules log every DNS answer and fetch at debug/info level: useful when diagnosing, noise in an
    // auditor's terminal. GOVSCOPE_VERBOSE=1 (or Qt's own QT_LOGGING_RULES) turns them back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") && qEnvironmentVariableIsEmpty("GOVSCOPE_VERBOSE"))
        QLoggingCategory::setFilterRules(u"govscope.*.debug=false\ngovscope.*.info=false\n"
                                         "govscope.debug=false\ngovscope.info=false"_qs);
}

int runGui(const QString &casePath)
{
    // Before any widget exists: every text is translated once, when it is built.
    Ui::Language::install();
    // A build whose family plugins disagree with the catalogue would scan with checks missing: refuse.
    if (const QStringList problems = Engine::FamilyRegistry::problems(); !problems.isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Application", "Govscope"),
                              QCoreApplication::translate("Application",
                                                          "This build's check families are inconsistent; rebuild "
                                                          "it from a clean tree.") +
                                  u"\n\n"_qs + problems.join(u'\n'));
        return 1;
    }

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
