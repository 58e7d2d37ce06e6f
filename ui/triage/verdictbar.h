#pragma once

#include "types.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

namespace Govscope::Ui::Triage {

/// The decision row: who decides, an optional reason, and the three one-key verdicts (C confirm,
/// F false positive, S skip). The keys are actions the triage view also adds to itself, so they work
/// wherever the focus is in the view except while typing in a box.
class VerdictBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBar)

public:
    explicit VerdictBar(QWidget *parent = nullptr);

    QString who() const;
    /// The reason typed, trimmed; empty when none.
    QString reason() const;
    void clearReason();
    /// "3 of 12 undecided" and the like.
    void setProgress(const QString &text);
    QList<QAction *> keyActions() const;

    // For tests.
    QLineEdit *whoBox() const { return m_who; }
    QLineEdit *reasonBox() const { return m_reason; }

Q_SIGNALS:
    void decided(Models::FindingStatus status);
    void skipped();
    /// Return in the reason box: the reason is kept and the keys are wanted again.
    void reasonEntered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_who = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_progress = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_falsePositive = nullptr;
    QAction *m_skip = nullptr;
};

} // namespace Govscope::Ui::Triage
