#include "scandialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Govscope::Ui {

namespace {

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QListWidgetItem *checkableItem(const QString &text, const QString &id, QListWidget *list)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    return item;
}

} // namespace

ScanDialog::ScanDialog(const QList<ScanFamilyEntry> &families, const QList<Models::Organization> &orgs,
                       const std::optional<ScanResumeOffer> &resume, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Scan"));
    auto *layout = new QVBoxLayout(this);

    if (resume) {
        m_resumeScan = resume->scanId;
        m_resume = new QCheckBox(tr("Resume the unfinished scan: %1").arg(resume->description), this);
        m_resume->setChecked(true);
        connect(m_resume, &QCheckBox::toggled, this, &ScanDialog::updateEnabled);
        layout->addWidget(m_resume);
    }

    auto *lists = new QHBoxLayout;
    auto *familyBox = new QGroupBox(tr("Check families"), this);
    auto *familyLayout = new QVBoxLayout(familyBox);
    m_families = new QListWidget(familyBox);
    for (const ScanFamilyEntry &f : families)
        checkableItem(u"%1 (%2)"_qs.arg(f.name, f.id), f.id, m_families);
    familyLayout->addWidget(m_families);
    lists->addWidget(familyBox, 1);

    auto *orgBox = new QGroupBox(tr("Organisations"), this);
    auto *orgLayout = new QVBoxLayout(orgBox);
    m_orgFilter = new QLineEdit(orgBox);
    m_orgFilter->setPlaceholderText(tr("Filter by id or name"));
    m_orgFilter->setClearButtonEnabled(true);
    connect(m_orgFilter, &QLineEdit::textChanged, this, &ScanDialog::filterOrgs);
    orgLayout->addWidget(m_orgFilter);
    m_orgs = new QListWidget(orgBox);
    m_orgs->setUniformItemSizes(true); // a province has thousands of rows
    for (const Models::Organization &o : orgs)
        checkableItem(u"%1  %2"_qs.arg(o.id, o.name), o.id, m_orgs);
    orgLayout->addWidget(m_orgs);
    auto *orgButtons = new QHBoxLayout;
    auto *all = new QPushButton(tr("All shown"), orgBox);
    auto *none = new QPushButton(tr("None shown"), orgBox);
    connect(all, &QPushButton::clicked, this, [this] { setAllOrgs(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllOrgs(false); });
    orgButtons->addWidget(all);
    orgButtons->addWidget(none);
    orgButtons->addStretch();
    orgLayout->addLayout(orgButtons);
    lists->addWidget(orgBox, 2);
    layout->addLayout(lists);

    auto *form = new QFormLayout;
    auto pathRow = [this, form](const QString &label, QLineEdit *&edit, bool directory, const QString &hint) {
        auto *row = new QHBoxLayout;
        edit = new QLineEdit(this);
        edit->setPlaceholderText(hint);
        auto *browseButton = new QPushButton(tr("Browse…"), this);
        QLineEdit *target = edit;
        connect(browseButton, &QPushButton::clicked, this, [this, target, directory] { browse(target, directory); });
        row->addWidget(edit);
        row->addWidget(browseButton);
        form->addRow(label, row);
    };
    pathRow(tr("Scan profile:"), m_profile, false, tr("default (concurrency 64, 4 per host, 8 s timeout)"));
    pathRow(tr("Feeds directory:"), m_feeds, true, tr("the shipped feeds and your data directory"));
    layout->addLayout(form);
    // Off by default: an org list naming 127.0.0.1, 10.x or 169.254.169.254 must not turn the scan on the
    // auditor's own network. A lab (or the test world) turns it on knowingly.
    m_allowPrivate = new QCheckBox(tr("Also scan private, loopback and link-local addresses (a test lab only)"), this);
    layout->addWidget(m_allowPrivate);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(u"color: #b00020"_qs);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start scan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScanDialog::reject);
    layout->addWidget(buttons);
    updateEnabled();
    resize(760, 520);
}

ScanDialog::~ScanDialog() = default;

ScanChoice ScanDialog::choice() const
{
    ScanChoice c;
    c.profilePath = m_profile->text().trimmed();
    c.feedsDir = m_feeds->text().trimmed();
    c.allowPrivate = m_allowPrivate->isChecked();
    if (m_resume && m_resume->isChecked()) {
        c.resumeScan = m_resumeScan;
        return c;
    }
    c.families = checkedIds(m_families);
    c.orgs = checkedIds(m_orgs);
    return c;
}

void ScanDialog::accept()
{
    const ScanChoice c = choice();
    QString problem;
    if (c.resumeScan == 0 && c.families.isEmpty())
        problem = tr("Choose at least one check family.");
    else if (c.resumeScan == 0 && c.orgs.isEmpty())
        problem = tr("Choose at least one organisation.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

void ScanDialog::filterOrgs(const QString &text)
{
    for (int i = 0; i < m_orgs->count(); ++i)
        m_orgs->item(i)->setHidden(!text.isEmpty() && !m_orgs->item(i)->text().contains(text, Qt::CaseInsensitive));
}

void ScanDialog::setAllOrgs(bool checked)
{
    for (int i = 0; i < m_orgs->count(); ++i)
        if (!m_orgs->item(i)->isHidden())
            m_orgs->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ScanDialog::browse(QLineEdit *edit, bool directory)
{
    // Non-blocking: the file dialog reports through a signal, no nested event loop.
    auto *dialog = new QFileDialog(this, directory ? tr("Feeds directory") : tr("Scan profile"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(directory ? QFileDialog::Directory : QFileDialog::ExistingFile);
    if (!directory)
        dialog->setNameFilter(tr("Scan profiles (*.json)"));
    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

void ScanDialog::updateEnabled()
{
    const bool resuming = m_resume && m_resume->isChecked();
    m_families->setEnabled(!resuming);
    m_orgs->setEnabled(!resuming);
    m_orgFilter->setEnabled(!resuming);
}

} // namespace Govscope::Ui
