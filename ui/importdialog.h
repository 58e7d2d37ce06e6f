#pragma once

#include "listimporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Govscope::Models {
class CaseWriter;
}

namespace Govscope::Ui {

class JobsPanel;

/// Imports an organisation, app, account or lead list into the open case: choose the file and kind,
/// the import runs on the thread pool (shown in the jobs panel), then the rows that were skipped are
/// listed with their line and reason.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// @p writer is shared so an import in flight keeps the case's writer alive.
    ImportDialog(std::shared_ptr<Models::CaseWriter> writer, JobsPanel *jobs, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Starts importing @p file (the kind detected from its header when @p kind is empty).
    void startImport(const QString &file, std::optional<Models::ListKind> kind = std::nullopt);
    bool isRunning() const;

    // For tests.
    QTableWidget *errorTable() const { return m_errors; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    /// The import wrote rows into the case (some may have been skipped).
    void imported(Models::ListKind kind, int rows);
    /// The import failed as a whole; @p message names the file and reason.
    void failed(const QString &message);

private:
    void browse();
    void finished(const QString &file, int job);

    std::shared_ptr<Models::CaseWriter> m_writer;
    JobsPanel *m_jobs = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<Models::ImportSummary>> m_watcher;
};

} // namespace Govscope::Ui
