#include "signingidentitydialog.h"

#include "reportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Govscope::Ui {

SigningIdentityDialog::SigningIdentityDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New signing identity"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_organisation = new QLineEdit(this);
    m_type = new QComboBox(this);
    m_type->addItem(tr("ECDSA P-256 (recommended)"));
    m_type->addItem(tr("RSA 3072"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_key = new QLineEdit(QDir::home().filePath(u"govscope-signing.key"_qs), this);
    m_cert = new QLineEdit(QDir::home().filePath(u"govscope-signing.pem"_qs), this);
    form->addRow(tr("Your name"), m_name);
    form->addRow(tr("Organisation"), m_organisation);
    form->addRow(tr("Key type"), m_type);
    form->addRow(tr("Passphrase"), m_passphrase);
    form->addRow(tr("Passphrase again"), m_repeat);
    form->addRow(tr("Private key file"), fileField(m_key, tr("Private key"), tr("PEM (*.key *.pem)"), true, this));
    form->addRow(tr("Certificate file"), fileField(m_cert, tr("Certificate"), tr("PEM (*.pem *.crt)"), true, this));
    m_message = new QLabel(tr("The key never leaves the files you choose; the passphrase is not stored."), this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &SigningIdentityDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        QString problem;
        if (m_name->text().trimmed().isEmpty())
            problem = tr("Enter your name; it becomes the certificate's CN.");
        else if (m_passphrase->text().size() < 8)
            problem = tr("Choose a passphrase of at least 8 characters.");
        else if (m_passphrase->text() != m_repeat->text())
            problem = tr("The two passphrases differ.");
        else if (m_key->text().isEmpty() || m_cert->text().isEmpty())
            problem = tr("Choose where to store the key and the certificate.");
        if (!problem.isEmpty()) {
            m_message->setText(problem);
            return;
        }
        m_create->setEnabled(false);
        m_message->setText(tr("Creating…"));
        Q_EMIT createRequested(request());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

SigningIdentityDialog::~SigningIdentityDialog()
{
    m_passphrase->clear();
    m_repeat->clear();
}

IdentityRequest SigningIdentityDialog::request() const
{
    IdentityRequest r;
    // Commas and slashes would split the subject; they are not needed in a name.
    const auto clean = [](QString s) { return s.replace(u',', u' ').replace(u'/', u' ').trimmed(); };
    r.subject = u"CN=%1"_qs.arg(clean(m_name->text()));
    if (!m_organisation->text().trimmed().isEmpty())
        r.subject += u",O=%1"_qs.arg(clean(m_organisation->text()));
    r.subject += u",C=CN"_qs;
    r.rsa = m_type->currentIndex() == 1;
    r.passphrase = m_passphrase->text().toUtf8();
    r.keyPath = m_key->text().trimmed();
    r.certPath = m_cert->text().trimmed();
    return r;
}

void SigningIdentityDialog::showResult(bool ok, const QString &message)
{
    m_create->setEnabled(!ok);
    m_message->setText(message);
    if (ok)
        Q_EMIT created(m_key->text().trimmed(), m_cert->text().trimmed());
}

} // namespace Govscope::Ui
