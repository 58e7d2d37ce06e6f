#include "verifydialog.h"

#include "reportdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Govscope::Ui {

VerifyDialog::VerifyDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Verify a report bundle"));
    auto *form = new QFormLayout;
    m_bundle = new QLineEdit(this);
    m_ca = new QLineEdit(this);
    m_ca->setPlaceholderText(tr("optional: the signer must chain to these certificates"));
    form->addRow(tr("Bundle"), fileField(m_bundle, tr("Report bundle"), tr("ZIP (*.zip)"), false, this));
    form->addRow(tr("CA certificates"), fileField(m_ca, tr("CA certificates"), tr("PEM (*.pem *.crt)"), false, this));
    m_verify = new QPushButton(tr("Verify"), this);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerifyDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (m_bundle->text().trimmed().isEmpty()) {
            m_verdict->setText(tr("Choose a bundle first."));
            return;
        }
        m_verify->setEnabled(false);
        m_verdict->setText(tr("Checking…"));
        m_details->clear();
        Q_EMIT verifyRequested(m_bundle->text().trimmed(), m_ca->text().trimmed());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verify, 0, Qt::AlignLeft);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

VerifyDialog::~VerifyDialog() = default;

void VerifyDialog::showResult(bool intact, bool signerVerified, const QStringList &lines)
{
    m_verify->setEnabled(true);
    // Without a CA anyone could have re-signed the bundle with a self-made certificate: say so, not "intact".
    if (!intact)
        m_verdict->setText(tr("<b style='color:#b00000'>Not intact.</b> Do not rely on this bundle."));
    else if (!signerVerified)
        m_verdict->setText(tr("<b style='color:#b26a00'>Intact, signer not verified.</b> Every file matches the "
                              "signed manifest, but without a CA anyone could have signed it: compare the "
                              "certificate fingerprint below with the auditor's, or choose the CA file."));
    else
        m_verdict->setText(tr("<b style='color:#2e7d32'>Intact.</b> Every file matches the signed manifest and "
                              "the signer chains to the CA."));
    m_details->setPlainText(lines.join(u'\n'));
}

} // namespace Govscope::Ui
