#pragma once

#include "types.h"

#include <QDialog>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace Govscope::Ui {

/// Shared by the report, verify and identity dialogs: a line edit with a "Browse…" button that opens a non-modal file
/// dialog (no nested event loop).
inline QWidget *fileField(QLineEdit *edit, const QString &caption, const QString &filter, bool save, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(QObject::tr("Browse…"), box);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, box, [=] {
        auto *dialog = new QFileDialog(box, caption, edit->text(), filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
        dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        QObject::connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return box;
}

/// What the person chose for a report. The passphrase stays in memory for the one run.
struct ReportChoice
{
    QStringList orgs; ///< empty: the whole case
    QString language; ///< zh_CN or en
    QString auditor;
    QString keyPem, certPem, pkcs12;
    QByteArray passphrase;
    QString outPath;
};

/// Scope (whole case or chosen organisations, one notice per agency), language, auditor, signing identity
/// (none, PEM key + certificate, or PKCS#12, with its passphrase) and the bundle's path. Use open(), then
/// read choice() on accepted(). "New identity…" asks the controller to open the identity dialog.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(const QList<Models::Organization> &orgs, const QString &suggestedPath, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportChoice choice() const;
    /// Fills the PEM fields, e.g. after a new identity was made.
    void useIdentity(const QString &keyPem, const QString &certPem);

    void accept() override;

Q_SIGNALS:
    void newIdentityRequested();

private:
    void updateSigningFields();

    QRadioButton *m_wholeCase = nullptr;
    QListWidget *m_orgs = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_auditor = nullptr;
    QComboBox *m_signing = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_pkcs12 = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_out = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Govscope::Ui
