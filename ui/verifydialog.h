#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Govscope::Ui {

/// Checks a report bundle: the person picks the ZIP and optionally a CA file; the controller runs the check in
/// the background (verifyRequested) and shows the outcome with showResult().
class VerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDialog)

public:
    explicit VerifyDialog(QWidget *parent = nullptr);
    ~VerifyDialog() override;

    /// @p lines: the signer line and every problem found, one per line.
    void showResult(bool intact, bool signerVerified, const QStringList &lines);

Q_SIGNALS:
    void verifyRequested(const QString &bundle, const QString &ca);

private:
    QLineEdit *m_bundle = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace Govscope::Ui
