#include "importdialog.h"

#include "casewriter.h"
#include "jobspanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace Govscope::Ui {

using Models::ListKind;

ImportDialog::ImportDialog(std::shared_ptr<Models::CaseWriter> writer, JobsPanel *jobs, QWidget *parent)
    : QDialog(parent)
    , m_writer(std::move(writer))
    , m_jobs(jobs)
{
    setWindowTitle(tr("Import a list"));
    resize(720, 460);

    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("A CSV or XLSX file"));
    auto *browseButton = new QToolButton(this);
    browseButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    browseButton->setToolTip(tr("Choose a file"));
    connect(browseButton, &QToolButton::clicked, this, &ImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Detect from the header row"), -1);
    m_kind->addItem(tr("Organisations"), int(ListKind::Orgs));
    m_kind->addItem(tr("Apps"), int(ListKind::Apps));
    m_kind->addItem(tr("Accounts (mini-programs, public accounts)"), int(ListKind::Accounts));
    m_kind->addItem(tr("Leads (URLs to look at)"), int(ListKind::Leads));

    auto *form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Kind"), m_kind);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_errors = new QTableWidget(0, 2, this);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Why the row was skipped")});
    m_errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setAlternatingRowColors(true);
    m_errors->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    // Accept would close the dialog: the import button starts the work and the dialog stays for the result.
    connect(importButton, &QPushButton::clicked, this, [this] {
        const int kind = m_kind->currentData().toInt();
        startImport(m_file->text().trimmed(), kind < 0 ? std::nullopt : std::optional(ListKind(kind)));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_buttons);
}

ImportDialog::~ImportDialog()
{
    // The import holds its own reference to the writer; the result just has no dialog to go to.
    m_watcher.disconnect(this);
}

bool ImportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Import a list"), QFileInfo(m_file->text()).path(),
                                   tr("Lists (*.csv *.xlsx);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

void ImportDialog::startImport(const QString &file, std::optional<ListKind> kind)
{
    if (isRunning())
        return;
    m_file->setText(file);
    if (kind)
        m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
    if (file.isEmpty()) {
        m_summary->setText(tr("Choose a file to import."));
        return;
    }
    m_errors->hide();
    m_errors->setRowCount(0);
    const QString name = QFileInfo(file).fileName();
    m_summary->setText(tr("Importing %1…").arg(name));
    setEnabled(false);
    // A large list takes seconds: the jobs panel shows rows read and written and can cancel, in which
    // case the importer writes nothing.
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    const int job = m_jobs ? m_jobs->startJob(tr("Importing %1").arg(name), [cancelled] { *cancelled = true; }) : 0;
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<Result<Models::ImportSummary>>::finished, this,
            [this, file, job] { finished(file, job); });
    std::shared_ptr<Models::CaseWriter> writer = m_writer;
    QPointer<JobsPanel> jobs = m_jobs;
    Models::ImportControl control;
    control.cancelled = [cancelled] { return cancelled->load(); };
    control.progress = [jobs, job, rows = tr("rows")](int done, int total) {
        // JobsPanel::updateJob may be called from any thread; the panel outlives imports in practice,
        // and QPointer guards the window closing first.
        if (jobs)
            jobs->updateJob(job, done, total, u"%1 / %2 %3"_qs.arg(done).arg(total).arg(rows));
    };
    m_watcher.setFuture(QtConcurrent::run(
        [file, kind, writer, control] { return Models::ListImporter::importFile(file, kind, *writer, control); }));
}

void ImportDialog::finished(const QString &file, int job)
{
    setEnabled(true);
    const Result<Models::ImportSummary> result = m_watcher.result();
    const QString name = QFileInfo(file).fileName();
    if (!result) {
        m_summary->setText(u"<span style='color:#b71c1c'>%1</span>"_qs.arg(result.errorMessage().toHtmlEscaped()));
        if (m_jobs)
            m_jobs->finishJob(job, false, result.errorMessage());
        Q_EMIT failed(result.errorMessage());
        return;
    }
    const Models::ImportSummary &summary = *result;
    const QString text = tr("%1: %2 rows imported (%3 new, %4 updated), %5 skipped.")
                             .arg(name)
                             .arg(summary.inserted + summary.updated)
                             .arg(summary.inserted)
                             .arg(summary.updated)
                             .arg(summary.parsed.errors.size());
    m_summary->setText(text);
    m_errors->setRowCount(int(summary.parsed.errors.size()));
    for (int i = 0; i < summary.parsed.errors.size(); ++i) {
        const Models::RowError &e = summary.parsed.errors.at(i);
        auto *line = new QTableWidgetItem(QString::number(e.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_errors->setItem(i, 0, line);
        m_errors->setItem(i, 1, new QTableWidgetItem(e.message));
    }
    m_errors->setVisible(!summary.parsed.errors.isEmpty());
    if (m_jobs)
        m_jobs->finishJob(job, true, text);
    Q_EMIT imported(summary.parsed.kind, summary.inserted + summary.updated);
}

} // namespace Govscope::Ui
