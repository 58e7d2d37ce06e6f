#include "findingfilterbar.h"

#include "checkcatalogue.h"
#include "itemmodels/findingdisplay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>

namespace Govscope::Ui {

using Models::FindingDisplay;
using Models::FindingStatus;
using Models::Severity;

namespace {
// Long enough to not query on every keystroke, short enough to feel live.
constexpr int kTypingDelayMs = 300;

QString familyName(const QString &family)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString name =
        chinese ? Models::CheckCatalogue::familyNameZh(family) : Models::CheckCatalogue::familyNameEn(family);
    return name.isEmpty() ? family : name;
}
} // namespace

FindingFilterBar::FindingFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_family = new QComboBox(this);
    m_family->addItem(tr("All families"), QString());
    for (const QString &family : Models::CheckCatalogue::families())
        m_family->addItem(familyName(family), family);
    m_family->setToolTip(tr("Check family"));

    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Any severity"), -1);
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
        m_severity->addItem(tr("%1 and above").arg(FindingDisplay::severityName(s)), int(s));
    m_severity->setToolTip(tr("Minimum severity"));

    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    for (FindingStatus s : {FindingStatus::Open, FindingStatus::Reopened, FindingStatus::Confirmed,
                            FindingStatus::FalsePositive, FindingStatus::Fixed})
        m_status->addItem(FindingDisplay::statusName(s), int(s));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search titles, targets and evidence…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);

    m_count = new QLabel(this);
    m_count->setMinimumWidth(110);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_family);
    layout->addWidget(m_severity);
    layout->addWidget(m_status);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_count);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &FindingFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        Q_EMIT filterChanged();
    });
    for (QComboBox *box : {m_family, m_severity, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &FindingFilterBar::filterChanged);
}

Models::FindingFilter FindingFilterBar::filter() const
{
    Models::FindingFilter filter;
    filter.family = m_family->currentData().toString();
    if (const int s = m_severity->currentData().toInt(); s >= 0)
        filter.minSeverity = Severity(s);
    if (const int s = m_status->currentData().toInt(); s >= 0)
        filter.status = FindingStatus(s);
    filter.text = m_search->text().trimmed();
    return filter;
}

void FindingFilterBar::setCount(qint64 total, bool loading)
{
    if (total < 0)
        m_count->setText(loading ? tr("Loading…") : QString());
    else
        m_count->setText(tr("%n finding(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

} // namespace Govscope::Ui
