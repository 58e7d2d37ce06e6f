#pragma once

#include "findingrepository.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Govscope::Ui {

/// The bar above the findings table: family, minimum severity, status and a full-text search box.
/// The org filter is not here: it follows the organisation tree.
class FindingFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingFilterBar)

public:
    explicit FindingFilterBar(QWidget *parent = nullptr);

    /// The filter as chosen (org left empty).
    Models::FindingFilter filter() const;
    /// Shows "N findings" (or "loading…") next to the search box.
    void setCount(qint64 total, bool loading);

    /// For tests and keyboard users: the search box.
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *familyBox() const { return m_family; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *statusBox() const { return m_status; }

Q_SIGNALS:
    /// Emitted when any part changed; typing in the search box is debounced.
    void filterChanged();

private:
    QComboBox *m_family = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_typing;
};

} // namespace Govscope::Ui
