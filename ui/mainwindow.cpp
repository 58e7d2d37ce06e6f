#include "mainwindow.h"

#include "backgroundread.h"

#include "casefile.h"
#include "findingdetailpane.h"
#include "findingfilterbar.h"
#include "importdialog.h"
#include "itemmodels/assetlistmodel.h"
#include "itemmodels/findingdetails.h"
#include "itemmodels/findingdisplay.h"
#include "itemmodels/findingtablemodel.h"
#include "itemmodels/orgtreemodel.h"
#include "jobspanel.h"
#include "orgrepository.h"
#include "triage/triageview.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Govscope::Ui {

Q_LOGGING_CATEGORY(lcWindow, "govscope.ui")

namespace {
// Live findings: at most one refresh per this interval however fast the writer commits.
constexpr int kRefreshThrottleMs = 500;
// Pictures are scaled on the worker thread to this width, enough for the detail pane.
constexpr int kPictureWidth = 1200;
constexpr int kStatusMessageMs = 10000;

struct OrgData
{
    QList<Models::Organization> orgs;
    QHash<QString, int> counts;
    QString error;
};

struct DetailData
{
    Result<Models::FindingDetails> details = Error{};
    QHash<QString, QImage> pictures;
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    resize(1440, 900);
    buildViews();
    buildActions();
    restoreLayout();
    m_refreshThrottle.setSingleShot(true);
    m_refreshThrottle.setInterval(kRefreshThrottleMs);
    connect(&m_refreshThrottle, &QTimer::timeout, this, &MainWindow::refreshFindings);
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Open a case or create a new one (File menu)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildViews()
{
    m_orgModel = new Models::OrgTreeModel(this);
    m_assetModel = new Models::AssetListModel(this);
    m_findingModel = new Models::FindingTableModel(this);

    m_orgView = new QTreeView;
    m_orgView->setModel(m_orgModel);
    m_orgView->setUniformRowHeights(true);
    m_orgView->setAlternatingRowColors(true);
    m_orgView->header()->setStretchLastSection(false);
    m_orgView->header()->setSectionResizeMode(Models::OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_orgView->header()->resizeSection(Models::OrgTreeModel::KindColumn, 90);
    m_orgView->header()->resizeSection(Models::OrgTreeModel::LevelColumn, 56);
    m_orgView->header()->resizeSection(Models::OrgTreeModel::RegionColumn, 64);
    m_orgView->header()->resizeSection(Models::OrgTreeModel::AssetsColumn, 48);
    connect(m_orgView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectedOrgChanged);

    m_assetView = new QTableView;
    m_assetView->setModel(m_assetModel);
    m_assetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assetView->setAlternatingRowColors(true);
    m_assetView->verticalHeader()->hide();
    m_assetView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_assetView->horizontalHeader()->setStretchLastSection(false);
    m_assetView->horizontalHeader()->setSectionResizeMode(Models::AssetListModel::ValueColumn, QHeaderView::Stretch);
    m_assetView->horizontalHeader()->resizeSection(Models::AssetListModel::TypeColumn, 90);

    m_filterBar = new FindingFilterBar;
    connect(m_filterBar, &FindingFilterBar::filterChanged, this, &MainWindow::applyFindingFilter);

    m_findingView = new QTableView;
    m_findingView->setModel(m_findingModel);
    m_findingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingView->setAlternatingRowColors(true);
    m_findingView->setWordWrap(false);
    m_findingView->verticalHeader()->hide();
    m_findingView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_findingView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    using Col = Models::FindingTableModel::Column;
    const QList<QPair<int, int>> widths{{Col::IdColumn, 52},      {Col::SeverityColumn, 64}, {Col::StatusColumn, 72},
                                        {Col::TargetColumn, 160}, {Col::OrgColumn, 130},     {Col::FamilyColumn, 80},
                                        {Col::CheckColumn, 140},  {Col::LastSeenColumn, 110}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setSectionResizeMode(Col::TitleColumn, QHeaderView::Stretch);
    // Severity, highest first, is the order the model starts in; sorting is done in SQL by the model.
    header->setSortIndicator(Col::SeverityColumn, Qt::DescendingOrder);
    m_findingView->setSortingEnabled(true);
    connect(m_findingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::selectedFindingChanged);
    connect(m_findingModel, &Models::FindingTableModel::refreshed, this, &MainWindow::reselectFinding);
    connect(m_findingModel, &Models::FindingTableModel::loadFailed, this, &MainWindow::showError);
    const auto showCount = [this] { m_filterBar->setCount(m_findingModel->totalCount(), m_findingModel->isLoading()); };
    connect(m_findingModel, &Models::FindingTableModel::totalCountChanged, this, showCount);
    connect(m_findingModel, &Models::FindingTableModel::loadingChanged, this, showCount);

    m_detail = new FindingDetailPane;
    connect(m_detail, &FindingDetailPane::statusRequested, this,
            [this](qint64 id, Models::FindingStatus status, const QString &who, const QString &why) {
                submitTriage(
                    tr("Finding %1: %2").arg(id).arg(Models::FindingDisplay::statusName(status)),
                    [=](QSqlDatabase &db) { return Models::FindingRepository::setStatus(db, id, status, who, why); });
            });
    connect(m_detail, &FindingDetailPane::noteRequested, this,
            [this](qint64 id, const QString &who, const QString &note) {
                submitTriage(tr("Finding %1: note").arg(id),
                             [=](QSqlDatabase &db) { return Models::FindingRepository::addNote(db, id, who, note); });
            });

    m_leftSplit = new QSplitter(Qt::Vertical);
    m_leftSplit->addWidget(m_orgView);
    m_leftSplit->addWidget(m_assetView);
    m_leftSplit->setStretchFactor(0, 3);
    m_leftSplit->setStretchFactor(1, 1);

    auto *findings = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_filterBar);
    findingsLayout->addWidget(m_findingView, 1);
    m_rightSplit = new QSplitter(Qt::Vertical);
    m_rightSplit->addWidget(findings);
    m_rightSplit->addWidget(m_detail);
    m_rightSplit->setStretchFactor(0, 1);
    m_rightSplit->setStretchFactor(1, 1);

    m_mainSplit = new QSplitter(Qt::Horizontal);
    m_mainSplit->addWidget(m_leftSplit);
    m_mainSplit->addWidget(m_rightSplit);
    m_mainSplit->setStretchFactor(0, 2);
    m_mainSplit->setStretchFactor(1, 5);
    m_mainSplit->setSizes({390, 1050});

    // 仿冒研判 in a tab of its own: the screenshots need the whole width of the window.
    m_triage = new Triage::TriageView;
    connect(m_triage, &Triage::TriageView::verdictRequested, this,
            [this](qint64 id, Models::FindingStatus status, const QString &who, const QString &why) {
                submitTriage(
                    tr("Finding %1: %2").arg(id).arg(Models::FindingDisplay::statusName(status)),
                    [=](QSqlDatabase &db) { return Models::FindingRepository::setStatus(db, id, status, who, why); });
            });
    connect(m_triage, &Triage::TriageView::failed, this, &MainWindow::showError);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_mainSplit, {});
    m_tabs->addTab(m_triage, {});
    setTabTitles();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_triage)
            m_triage->reload(); // findings may have arrived or been triaged in the table meanwhile
    });
    setCentralWidget(m_tabs);

    m_jobs = new JobsPanel;
    auto *dock = new QDockWidget(tr("Jobs"), this);
    dock->setObjectName(u"jobsDock"_qs);
    dock->setWidget(m_jobs);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {110}, Qt::Vertical);

    m_caseLabel = new QLabel;
    statusBar()->addPermanentWidget(m_caseLabel);
}

void MainWindow::openCase(const QString &path)
{
    startOpening(path, false);
}

void MainWindow::newCase(const QString &path)
{
    startOpening(path, true);
}

void MainWindow::startOpening(const QString &path, bool create)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_openingPath.isEmpty()) {
        showError(tr("Still opening %1; try again when it is open.").arg(m_openingPath));
        return;
    }
    m_openingPath = absolute;
    const QString name = QFileInfo(absolute).fileName();
    const int job = m_jobs->startJob(create ? tr("Creating case %1").arg(name) : tr("Opening case %1").arg(name), {});
    statusBar()->showMessage(tr("Opening %1…").arg(absolute));
    const auto mode = create ? Models::CaseFile::Mode::CreateIfMissing : Models::CaseFile::Mode::OpenExisting;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, absolute, job] {
        watcher->deleteLater();
        caseReady(absolute, watcher->result(), job);
    });
    // Opening validates and may migrate the schema: seconds on a large case.
    watcher->setFuture(QtConcurrent::run([absolute, mode] { return Models::CaseFile::open(absolute, mode); }));
}

void MainWindow::caseReady(const QString &path, const Status &status, int job)
{
    m_openingPath.clear();
    if (!status) {
        m_jobs->finishJob(job, false, status.errorMessage());
        showError(status.errorMessage());
        return;
    }
    closeCase();
    m_casePath = path;
    // Jobs in flight (imports, triage) hold a reference; the last one out deletes it on the GUI thread.
    m_writer = std::shared_ptr<Models::CaseWriter>(new Models::CaseWriter(path),
                                                   [](Models::CaseWriter *w) { w->deleteLater(); });
    connect(m_writer.get(), &Models::CaseWriter::committed, this, [this] {
        if (!m_refreshThrottle.isActive())
            m_refreshThrottle.start();
    });
    connect(m_writer.get(), &Models::CaseWriter::jobFailed, this, &MainWindow::showError);
    m_findingModel->setCasePath(path);
    m_triage->setCasePath(path);
    loadOrganizations();
    rememberRecent(path);
    updateTitle();
    updateActions();
    m_jobs->finishJob(job, true, tr("Opened %1").arg(path));
    statusBar()->showMessage(tr("Opened %1").arg(path), kStatusMessageMs);
    Q_EMIT caseOpened(path);
}

void MainWindow::closeCase()
{
    if (m_casePath.isEmpty())
        return;
    if (m_importDialog) {
        m_importDialog->close();
        m_importDialog->deleteLater();
    }
    m_refreshThrottle.stop();
    if (m_writer)
        m_writer->disconnect(this);
    m_writer.reset();
    m_casePath.clear();
    m_selectedOrg.clear();
    m_selectedFinding = 0;
    m_findingModel->setCasePath({});
    m_orgModel->clear();
    m_assetModel->clear();
    m_detail->clear();
    m_triage->setCasePath({});
    updateTitle();
    updateActions();
    Q_EMIT caseClosed();
}

void MainWindow::refreshFindings()
{
    if (m_casePath.isEmpty())
        return;
    m_refreshThrottle.stop();
    m_findingModel->refresh();
    loadOrganizations();
}

void MainWindow::loadOrganizations()
{
    const QString path = m_casePath;
    Models::readInBackground<OrgData>(
        this, path,
        [](Models::Connection &conn) {
            OrgData data;
            if (!conn.ok()) {
                data.error = conn.error();
                return data;
            }
            auto orgs = Models::OrgRepository::all(conn.db());
            auto counts = Models::OrgRepository::assetCounts(conn.db());
            if (!orgs || !counts) {
                data.error = orgs ? counts.errorMessage() : orgs.errorMessage();
                return data;
            }
            data.orgs = std::move(*orgs);
            data.counts = std::move(*counts);
            return data;
        },
        [this, path](const OrgData &data) {
            if (path != m_casePath)
                return; // another case was opened meanwhile
            if (!data.error.isEmpty()) {
                showError(tr("Could not read the organisations of %1: %2").arg(path, data.error));
                return;
            }
            const QString selected = m_selectedOrg;
            // A live refresh during a scan usually finds the same orgs: then only changed counts repaint.
            QHash<QString, QString> names;
            for (const Models::Organization &org : data.orgs)
                names.insert(org.id, org.name);
            m_findingModel->setOrgNames(names); // repaints the org column only when a name changed
            m_detail->setOrgNames(names);
            if (m_orgModel->setOrganizations(data.orgs, data.counts)) {
                m_orgView->expandToDepth(1);
                if (const QModelIndex index = m_orgModel->indexOf(selected); index.isValid()) {
                    const QSignalBlocker block(m_orgView->selectionModel());
                    m_orgView->setCurrentIndex(index);
                }
            }
            Q_EMIT organizationsLoaded(m_orgModel->organizationCount());
        });
}

void MainWindow::selectedOrgChanged()
{
    const QModelIndex current = m_orgView->currentIndex();
    m_selectedOrg = current.data(Models::OrgTreeModel::OrgIdRole).toString();
    loadAssets(m_selectedOrg);
    applyFindingFilter();
}

void MainWindow::loadAssets(const QString &org)
{
    if (org.isEmpty() || m_casePath.isEmpty()) {
        m_assetModel->clear();
        return;
    }
    const QString path = m_casePath;
    Models::readInBackground<Result<QList<Models::Asset>>>(
        this, path,
        [org](Models::Connection &conn) -> Result<QList<Models::Asset>> {
            if (!conn.ok())
                return makeError(conn.error());
            return Models::OrgRepository::assets(conn.db(), org);
        },
        [this, org, path](const Result<QList<Models::Asset>> &assets) {
            if (org != m_selectedOrg || path != m_casePath)
                return; // the selection moved on
            if (!assets) {
                showError(tr("Could not read the assets of %1: %2").arg(org, assets.errorMessage()));
                return;
            }
            m_assetModel->setAssets(org, *assets);
        });
}

void MainWindow::applyFindingFilter()
{
    Models::FindingFilter filter = m_filterBar->filter();
    filter.org = m_selectedOrg;
    m_findingModel->setFilter(filter);
}

void MainWindow::selectedFindingChanged()
{
    const QModelIndex current = m_findingView->currentIndex();
    const qint64 id = current.isValid() ? current.data(Models::FindingTableModel::FindingIdRole).toLongLong() : 0;
    if (id == m_selectedFinding)
        return;
    m_selectedFinding = id;
    if (id == 0)
        m_detail->clear();
    else
        loadDetails(id);
}

void MainWindow::reselectFinding()
{
    if (m_selectedFinding == 0)
        return;
    const int row = m_findingModel->rowOfId(m_selectedFinding);
    if (row < 0)
        return; // filtered out or not loaded: the pane keeps showing it until another is chosen
    const QModelIndex index = m_findingModel->index(row, Models::FindingTableModel::SeverityColumn);
    if (m_findingView->currentIndex().row() != row) {
        const QSignalBlocker block(m_findingView->selectionModel());
        m_findingView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
        m_findingView->viewport()->update();
    }
    loadDetails(m_selectedFinding); // its status or evidence may have changed with the data
}

void MainWindow::loadDetails(qint64 id)
{
    const quint64 request = ++m_detailsRequest;
    Models::readInBackground<DetailData>(
        this, m_casePath,
        [id](Models::Connection &conn) {
            DetailData data;
            if (!conn.ok()) {
                data.details = makeError(conn.error());
                return data;
            }
            data.details = Models::loadFindingDetails(conn.db(), id);
            if (data.details)
                for (auto it = data.details->images.cbegin(); it != data.details->images.cend(); ++it) {
                    QImage image = QImage::fromData(it.value());
                    if (image.width() > kPictureWidth)
                        image = image.scaledToWidth(kPictureWidth, Qt::SmoothTransformation);
                    if (!image.isNull())
                        data.pictures.insert(it.key(), image);
                }
            return data;
        },
        [this, id, request](const DetailData &data) {
            if (request != m_detailsRequest)
                return;
            if (!data.details) {
                showError(tr("Could not read finding %1: %2").arg(id).arg(data.details.errorMessage()));
                return;
            }
            m_detail->showFinding(*data.details, data.pictures);
            Q_EMIT findingShown(id);
        });
}

void MainWindow::submitTriage(const QString &title, Models::CaseWriter::Job job)
{
    if (!m_writer)
        return;
    const int jobId = m_jobs->startJob(title, {});
    // The writer reports a failed job by signal only; this job keeps its own error for the panel.
    auto error = std::make_shared<QString>();
    m_writer->submit([job, error](QSqlDatabase &db) {
        Status s = job(db);
        if (!s)
            *error = s.errorMessage();
        return s;
    });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, jobId, error] {
        watcher->deleteLater();
        m_jobs->finishJob(jobId, error->isEmpty(), error->isEmpty() ? tr("Saved") : *error);
        if (!error->isEmpty())
            showError(*error);
        refreshFindings();
    });
    watcher->setFuture(m_writer->flush());
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcWindow) << message;
    statusBar()->showMessage(message, 3 * kStatusMessageMs);
}

void MainWindow::updateTitle()
{
    if (m_casePath.isEmpty()) {
        setWindowTitle(tr("Govscope — Government Application Monitor"));
        m_caseLabel->clear();
    } else {
        setWindowTitle(tr("%1 — Govscope").arg(QFileInfo(m_casePath).completeBaseName()));
        m_caseLabel->setText(m_casePath);
    }
}

void MainWindow::setTabTitles()
{
    m_tabs->setTabText(m_tabs->indexOf(m_mainSplit), tr("Findings"));
    m_tabs->setTabText(m_tabs->indexOf(m_triage), tr("Counterfeit triage"));
}

void MainWindow::toggleTriage()
{
    m_tabs->setCurrentWidget(m_tabs->currentWidget() == m_triage ? static_cast<QWidget *>(m_mainSplit)
                                                                 : static_cast<QWidget *>(m_triage));
    if (m_tabs->currentWidget() == m_triage)
        m_triage->setFocus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Govscope::Ui
