// MainWindow: menus, toolbar, file choosers, recent cases, language and the saved layout.

#include "mainwindow.h"

#include "importdialog.h"
#include "itemmodels/findingtablemodel.h"
#include "jobspanel.h"
#include "language.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace Govscope::Ui {

namespace {
const auto kRecentKey = u"cases/recent"_qs;
const auto kLastDirKey = u"cases/lastDir"_qs;
constexpr int kMaxRecent = 8;

QString caseFilter()
{
    return QCoreApplication::translate("Govscope::Ui::MainWindow", "Govscope cases (*.govcase);;All files (*)");
}
} // namespace

void MainWindow::buildActions()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        file->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New case…"), this, &MainWindow::chooseNewCase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open case…"), this,
                                          &MainWindow::chooseOpenCase);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    m_closeAction =
        file->addAction(s->standardIcon(QStyle::SP_DialogCloseButton), tr("&Close case"), this, &MainWindow::closeCase);
    file->addSeparator();
    m_importAction = file->addAction(s->standardIcon(QStyle::SP_ArrowDown), tr("&Import list…"), this,
                                     [this] { showImportDialog(); });
    m_importAction->setShortcut(tr("Ctrl+I"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *scan = menuBar()->addMenu(tr("&Scan"));
    m_scanAction =
        scan->addAction(s->standardIcon(QStyle::SP_MediaPlay), tr("&Run scan…"), this, &MainWindow::scanRequested);
    m_scanAction->setShortcut(tr("F5"));

    QMenu *report = menuBar()->addMenu(tr("&Report"));
    m_reportAction = report->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export report…"), this,
                                       &MainWindow::reportRequested);
    report->addAction(s->standardIcon(QStyle::SP_DialogApplyButton), tr("&Verify bundle…"), this,
                      &MainWindow::verifyRequested);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = Language::effective();
    for (const QString &language : Language::available()) {
        QAction *action = languageMenu->addAction(Language::nativeName(language), this,
                                                  [this, language] { chooseLanguage(language); });
        action->setCheckable(true);
        action->setChecked(language == current);
        languages->addAction(action);
    }
    if (auto *dock = findChild<QDockWidget *>(u"jobsDock"_qs))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *triage = view->addAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("Counterfeit &triage"),
                                      this, &MainWindow::toggleTriage);
    triage->setShortcut(tr("Ctrl+T"));
    triage->setStatusTip(tr("Work through the counterfeit suspects with their screenshots side by side"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(s->standardIcon(QStyle::SP_MessageBoxInformation), tr("&About Govscope"), this,
                    &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_qs);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_scanAction);
    toolbar->addAction(m_reportAction);
}

void MainWindow::updateActions()
{
    const bool open = !m_casePath.isEmpty();
    for (QAction *action : {m_importAction, m_scanAction, m_reportAction, m_closeAction})
        action->setEnabled(open);
}

void MainWindow::chooseNewCase()
{
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    // QFileDialog::open() instead of exec(): no nested event loop on the GUI thread.
    auto *dialog = new QFileDialog(this, tr("New case"), dir, caseFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"govcase"_qs);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
        newCase(path);
    });
    dialog->open();
}

void MainWindow::chooseOpenCase()
{
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    auto *dialog = new QFileDialog(this, tr("Open case"), dir, caseFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
        openCase(path);
    });
    dialog->open();
}

ImportDialog *MainWindow::showImportDialog()
{
    if (!m_writer) {
        showError(tr("Open or create a case before importing a list."));
        return nullptr;
    }
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_writer, m_jobs, this);
        connect(m_importDialog, &ImportDialog::imported, this, [this](Models::ListKind, int rows) {
            statusBar()->showMessage(tr("Imported %n row(s).", nullptr, rows), 10000);
            refreshFindings();
        });
        connect(m_importDialog, &ImportDialog::failed, this, &MainWindow::showError);
    }
    m_importDialog->show();
    m_importDialog->raise();
    return m_importDialog;
}

QStringList MainWindow::recentCases() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentCases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentCases();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCase(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent cases"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::chooseLanguage(const QString &language)
{
    Language::save(language);
    // Swapping the translator sends QEvent::LanguageChange to every widget; changeEvent() rebuilds the texts.
    Language::install(language);
    statusBar()->showMessage(tr("Govscope is now in %1.").arg(Language::nativeName(language)), 10000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_recentMenu) {
        // Menus and the toolbar are rebuilt rather than renamed one by one: they hold nothing but texts.
        for (QToolBar *bar : findChildren<QToolBar *>(u"mainToolbar"_qs))
            delete bar;
        menuBar()->clear();
        buildActions();
        updateActions();
        updateTitle();
        setTabTitles();
        // Titles and evidence are rendered when shown: re-reading them renders them in the new language.
        Q_EMIT m_findingModel->headerDataChanged(Qt::Horizontal, 0, m_findingModel->columnCount() - 1);
        refreshFindings();
        if (m_selectedFinding != 0)
            loadDetails(m_selectedFinding);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Govscope"),
                                tr("<h3>Govscope %1</h3>"
                                   "<p>政务应用监测工作台 — an investigation workbench for checking government "
                                   "internet applications against the 2024 Regulations on the Security Management "
                                   "of Government Internet Applications.</p>"
                                   "<p>Licensed under the GNU General Public License, version 3 or (at your option) "
                                   "any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): no nested event loop
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    restoreState(settings.value(u"window/state"_qs).toByteArray());
    m_mainSplit->restoreState(settings.value(u"window/mainSplit"_qs).toByteArray());
    m_leftSplit->restoreState(settings.value(u"window/leftSplit"_qs).toByteArray());
    m_rightSplit->restoreState(settings.value(u"window/rightSplit"_qs).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/state"_qs, saveState());
    settings.setValue(u"window/mainSplit"_qs, m_mainSplit->saveState());
    settings.setValue(u"window/leftSplit"_qs, m_leftSplit->saveState());
    settings.setValue(u"window/rightSplit"_qs, m_rightSplit->saveState());
}

} // namespace Govscope::Ui
