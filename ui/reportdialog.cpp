#include "reportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Govscope::Ui {

ReportDialog::ReportDialog(const QList<Models::Organization> &orgs, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Write a signed report"));
    auto *form = new QFormLayout;

    m_wholeCase = new QRadioButton(tr("The whole case"), this);
    auto *chosen = new QRadioButton(tr("Chosen organisations (a rectification notice each)"), this);
    m_wholeCase->setChecked(true);
    m_orgs = new QListWidget(this);
    for (const Models::Organization &o : orgs) {
        auto *item = new QListWidgetItem(u"%1  %2"_qs.arg(o.id, o.name), m_orgs);
        item->setData(Qt::UserRole, o.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_orgs->setEnabled(false);
    connect(chosen, &QRadioButton::toggled, m_orgs, &QWidget::setEnabled);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_wholeCase);
    scope->addWidget(chosen);
    scope->addWidget(m_orgs);
    form->addRow(tr("Scope"), scope);

    m_language = new QComboBox(this);
    m_language->addItem(u"简体中文"_qs, u"zh_CN"_qs);
    m_language->addItem(u"English"_qs, u"en"_qs);
    form->addRow(tr("Language"), m_language);
    m_auditor = new QLineEdit(qEnvironmentVariable("USER"), this);
    form->addRow(tr("Auditor"), m_auditor);

    m_signing = new QComboBox(this);
    m_signing->addItem(tr("Do not sign"));
    m_signing->addItem(tr("PEM key and certificate"));
    m_signing->addItem(tr("PKCS#12 file"));
    auto *newIdentity = new QPushButton(tr("New identity…"), this);
    connect(newIdentity, &QPushButton::clicked, this, &ReportDialog::newIdentityRequested);
    auto *signingRow = new QHBoxLayout;
    signingRow->addWidget(m_signing, 1);
    signingRow->addWidget(newIdentity);
    form->addRow(tr("Signing"), signingRow);
    m_key = new QLineEdit(this);
    m_cert = new QLineEdit(this);
    m_pkcs12 = new QLineEdit(this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Private key"), fileField(m_key, tr("Private key"), tr("PEM (*.pem *.key)"), false, this));
    form->addRow(tr("Certificate"), fileField(m_cert, tr("Certificate"), tr("PEM (*.pem *.crt)"), false, this));
    form->addRow(tr("PKCS#12"), fileField(m_pkcs12, tr("PKCS#12"), tr("PKCS#12 (*.p12 *.pfx)"), false, this));
    form->addRow(tr("Passphrase"), m_passphrase);
    connect(m_signing, &QComboBox::currentIndexChanged, this, &ReportDialog::updateSigningFields);

    m_out = new QLineEdit(suggestedPath, this);
    form->addRow(tr("Bundle"), fileField(m_out, tr("Report bundle"), tr("ZIP (*.zip)"), true, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write report"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(u"color: #b00000"_qs);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateSigningFields();
}

ReportDialog::~ReportDialog()
{
    m_passphrase->clear();
}

void ReportDialog::updateSigningFields()
{
    const int mode = m_signing->currentIndex();
    m_key->setEnabled(mode == 1);
    m_cert->setEnabled(mode == 1);
    m_pkcs12->setEnabled(mode == 2);
    m_passphrase->setEnabled(mode != 0);
}

void ReportDialog::useIdentity(const QString &keyPem, const QString &certPem)
{
    m_signing->setCurrentIndex(1);
    m_key->setText(keyPem);
    m_cert->setText(certPem);
    m_passphrase->setFocus();
}

ReportChoice ReportDialog::choice() const
{
    ReportChoice c;
    if (!m_wholeCase->isChecked())
        for (int i = 0; i < m_orgs->count(); ++i)
            if (m_orgs->item(i)->checkState() == Qt::Checked)
                c.orgs << m_orgs->item(i)->data(Qt::UserRole).toString();
    c.language = m_language->currentData().toString();
    c.auditor = m_auditor->text().trimmed();
    if (m_signing->currentIndex() == 1) {
        c.keyPem = m_key->text();
        c.certPem = m_cert->text();
    } else if (m_signing->currentIndex() == 2) {
        c.pkcs12 = m_pkcs12->text();
    }
    if (m_signing->currentIndex() != 0)
        c.passphrase = m_passphrase->text().toUtf8();
    c.outPath = m_out->text().trimmed();
    return c;
}

void ReportDialog::accept()
{
    const ReportChoice c = choice();
    QString problem;
    if (!m_wholeCase->isChecked() && c.orgs.isEmpty())
        problem = tr("Tick at least one organisation, or report on the whole case.");
    else if (c.outPath.isEmpty())
        problem = tr("Choose where to write the bundle.");
    else if (m_signing->currentIndex() == 1 && (c.keyPem.isEmpty() || c.certPem.isEmpty()))
        problem = tr("Choose the private key and its certificate, or do not sign.");
    else if (m_signing->currentIndex() == 2 && c.pkcs12.isEmpty())
        problem = tr("Choose the PKCS#12 file, or do not sign.");
    // Said inside the dialog: a message box would be a nested event loop.
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return;
    QDialog::accept();
}

} // namespace Govscope::Ui
