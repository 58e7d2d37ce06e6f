#pragma once

#include "itemmodels/findingdetails.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Govscope::Ui {

/// The selected finding: what, where, why it matters (legal basis, advice), its evidence (pictures
/// shown), its status history and notes, and a triage box. It only displays and asks: the window
/// loads the details and performs the writes.
class FindingDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetailPane)

public:
    explicit FindingDetailPane(QWidget *parent = nullptr);

    /// @p pictures are the decoded image evidence by blob SHA-256 (decoded off the GUI thread).
    void showFinding(const Models::FindingDetails &details, const QHash<QString, QImage> &pictures);
    void clear();
    /// Org names by id, so the pane names the organisation rather than showing its id.
    void setOrgNames(const QHash<QString, QString> &names) { m_orgNames = names; }
    qint64 findingId() const { return m_findingId; }

    /// Who the triage is recorded as; remembered between sessions.
    QString who() const;

    // For tests.
    QTreeWidget *evidenceList() const { return m_evidence; }
    QTreeWidget *historyList() const { return m_history; }
    QLabel *pictureLabel() const { return m_picture; }
    QLineEdit *whyBox() const { return m_why; }
    QLineEdit *whoBox() const { return m_who; }
    QLineEdit *noteBox() const { return m_note; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *addNoteButton() const { return m_addNote; }

Q_SIGNALS:
    void statusRequested(qint64 id, Models::FindingStatus status, const QString &who, const QString &why);
    void noteRequested(qint64 id, const QString &who, const QString &note);

private:
    void showPicture(QTreeWidgetItem *item);
    void requestStatus(Models::FindingStatus status);
    void setTriageEnabled(bool enabled);

    qint64 m_findingId = 0;
    QHash<QString, QImage> m_pictures;
    QLabel *m_header = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QLabel *m_picture = nullptr;
    QTreeWidget *m_history = nullptr;
    QLineEdit *m_who = nullptr;
    QLineEdit *m_why = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_falsePositive = nullptr;
    QPushButton *m_addNote = nullptr;
    QHash<QString, QString> m_orgNames;
};

} // namespace Govscope::Ui
