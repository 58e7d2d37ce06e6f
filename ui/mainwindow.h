#pragma once

#include "casewriter.h"
#include "findingrepository.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Govscope::Models {
class AssetListModel;
class FindingTableModel;
class OrgTreeModel;
} // namespace Govscope::Models

namespace Govscope::Ui {

namespace Triage {
class TriageView;
}

class FindingDetailPane;
class FindingFilterBar;
class ImportDialog;
class JobsPanel;

/// The workbench window: the organisation tree and the assets of the selected org on the left, the
/// findings (filter bar, table, detail pane) on the right, the jobs panel docked below. Everything
/// slow (opening a case, reading orgs and details, imports, triage writes) runs off the GUI thread;
/// errors go to the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path in the background (it may be migrated); errors go to the status bar.
    void openCase(const QString &path);
    /// Creates a new case at @p path (replacing nothing: an existing case is opened) and opens it.
    void newCase(const QString &path);
    /// Closes the open case, if any.
    void closeCase();

    /// The open case, empty when none.
    QString casePath() const { return m_casePath; }
    /// The one writer of the open case, owned by the window; null when no case is open.
    Models::CaseWriter *writer() const { return m_writer.get(); }
    /// The same writer, for work that may outlive the case in the window (a scan winding down after the
    /// case was closed): holding a copy keeps it alive; it is deleted on the GUI thread after the last copy.
    std::shared_ptr<Models::CaseWriter> sharedWriter() const { return m_writer; }
    JobsPanel *jobs() const { return m_jobs; }

    /// Re-reads the findings (keeping the selection) and the organisations.
    void refreshFindings();

    /// Shows the import dialog (created on first use); null when no case is open.
    ImportDialog *showImportDialog();
    /// Cases opened recently, newest first (kept in QSettings).
    QStringList recentCases() const;

    // The views, for tests and for controllers that add to the window.
    QTreeView *orgView() const { return m_orgView; }
    QTableView *assetView() const { return m_assetView; }
    QTableView *findingView() const { return m_findingView; }
    FindingFilterBar *filterBar() const { return m_filterBar; }
    FindingDetailPane *detailPane() const { return m_detail; }
    Models::OrgTreeModel *orgModel() const { return m_orgModel; }
    Models::FindingTableModel *findingModel() const { return m_findingModel; }
    Triage::TriageView *triageView() const { return m_triage; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Shows the counterfeit triage tab (or, when it is shown, the findings again).
    void toggleTriage();

Q_SIGNALS:
    void caseOpened(const QString &path);
    void caseClosed();
    void scanRequested();
    void reportRequested();
    void verifyRequested();
    /// The organisations of the open case were (re)loaded into the tree.
    void organizationsLoaded(int count);
    /// The detail pane shows finding @p id.
    void findingShown(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindow.cpp: layout and the case's life.
    void buildViews();
    void startOpening(const QString &path, bool create);
    void caseReady(const QString &path, const Status &status, int job);
    void loadOrganizations();
    void loadAssets(const QString &org);
    void loadDetails(qint64 id);
    void applyFindingFilter();
    void selectedOrgChanged();
    void selectedFindingChanged();
    void reselectFinding();
    void submitTriage(const QString &title, Models::CaseWriter::Job job);
    void showError(const QString &message);
    void updateTitle();
    void setTabTitles();

    // mainwindowactions.cpp: menus, toolbar, file dialogs, settings.
    void buildActions();
    void chooseNewCase();
    void chooseOpenCase();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void chooseLanguage(const QString &language);
    void showAbout();
    void updateActions();
    void restoreLayout();
    void saveLayout();

    QString m_casePath;
    QString m_openingPath;
    std::shared_ptr<Models::CaseWriter> m_writer;
    QString m_selectedOrg;
    qint64 m_selectedFinding = 0;
    quint64 m_detailsRequest = 0;
    QTimer m_refreshThrottle;

    Models::OrgTreeModel *m_orgModel = nullptr;
    Models::AssetListModel *m_assetModel = nullptr;
    Models::FindingTableModel *m_findingModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    Triage::TriageView *m_triage = nullptr;
    QSplitter *m_mainSplit = nullptr;
    QSplitter *m_leftSplit = nullptr;
    QSplitter *m_rightSplit = nullptr;
    QTreeView *m_orgView = nullptr;
    QTableView *m_assetView = nullptr;
    QTableView *m_findingView = nullptr;
    FindingFilterBar *m_filterBar = nullptr;
    FindingDetailPane *m_detail = nullptr;
    JobsPanel *m_jobs = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QLabel *m_caseLabel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace Govscope::Ui
