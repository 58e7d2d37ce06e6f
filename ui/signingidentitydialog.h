#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Govscope::Ui {

/// What a new signing identity is made of; the controller creates it (OpenSSL lives outside the widgets).
struct IdentityRequest
{
    QString subject;
    bool rsa = false; ///< RSA 3072 instead of ECDSA P-256
    QByteArray passphrase;
    QString keyPath, certPath;
};

/// Creates a signing key and a self-signed certificate, stored only where the auditor chooses and the key
/// encrypted with a passphrase typed twice. The controller does the work and answers with showResult().
class SigningIdentityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningIdentityDialog)

public:
    explicit SigningIdentityDialog(QWidget *parent = nullptr);
    ~SigningIdentityDialog() override;

    void showResult(bool ok, const QString &message);
    IdentityRequest request() const;

Q_SIGNALS:
    void createRequested(const Govscope::Ui::IdentityRequest &request);
    /// The identity exists now; the report dialog may use it.
    void created(const QString &keyPath, const QString &certPath);

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_cert = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace Govscope::Ui
