#include "findingdetailpane.h"

#include "findingtext.h"

#include "checkcatalogue.h"
#include "itemmodels/findingdisplay.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Govscope::Ui {

using Models::FindingDisplay;
using Models::FindingStatus;

namespace {
const auto kWhoKey = u"triage/who"_qs;
constexpr int kBlobRole = Qt::UserRole + 1;

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

FindingDetailPane::FindingDetailPane(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_header->setMargin(4);

    auto *tabs = new QTabWidget(this);

    // Evidence: the list on the left, the picture of the selected item on the right.
    auto *evidenceSplit = new QSplitter(Qt::Vertical, tabs);
    m_evidence = new QTreeWidget(evidenceSplit);
    m_evidence->setHeaderLabels({tr("Kind"), tr("Summary")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->setWordWrap(true);
    m_evidence->header()->resizeSection(0, 110);
    auto *pictureScroll = new QScrollArea(evidenceSplit);
    pictureScroll->setWidgetResizable(true);
    m_picture = new QLabel(pictureScroll);
    m_picture->setAlignment(Qt::AlignCenter);
    pictureScroll->setWidget(m_picture);
    evidenceSplit->setStretchFactor(0, 1);
    evidenceSplit->setStretchFactor(1, 3);
    evidenceSplit->setSizes({80, 240}); // the list is short, the picture is what people look at
    tabs->addTab(evidenceSplit, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Evidence"));
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showPicture(item); });

    m_history = new QTreeWidget(tabs);
    m_history->setHeaderLabels({tr("When"), tr("Status or note"), tr("Who"), tr("Why")});
    m_history->setRootIsDecorated(false);
    m_history->header()->resizeSection(0, 130);
    m_history->header()->resizeSection(1, 110);
    tabs->addTab(m_history, style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("History and notes"));

    auto *triage = new QGroupBox(tr("Triage"), this);
    m_who = new QLineEdit(
        QSettings().value(kWhoKey, qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"))).toString(), triage);
    m_who->setPlaceholderText(tr("Your name"));
    m_why = new QLineEdit(triage);
    m_why->setPlaceholderText(tr("Why: what you checked"));
    m_confirm = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Confirm"), triage);
    m_falsePositive =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("False positive"), triage);
    m_note = new QLineEdit(triage);
    m_note->setPlaceholderText(tr("A note for the case file"));
    m_addNote = new QPushButton(tr("Add note"), triage);
    auto *form = new QFormLayout(triage);
    form->addRow(tr("Who"), m_who);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_why, 1);
    decision->addWidget(m_confirm);
    decision->addWidget(m_falsePositive);
    form->addRow(tr("Decision"), decision);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    form->addRow(tr("Note"), noteRow);

    connect(m_confirm, &QPushButton::clicked, this, [this] { requestStatus(FindingStatus::Confirmed); });
    connect(m_falsePositive, &QPushButton::clicked, this, [this] { requestStatus(FindingStatus::FalsePositive); });
    const auto addNote = [this] {
        const QString note = m_note->text().trimmed();
        if (m_findingId == 0 || note.isEmpty())
            return;
        QSettings().setValue(kWhoKey, who());
        Q_EMIT noteRequested(m_findingId, who(), note);
        m_note->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, addNote);
    connect(m_note, &QLineEdit::returnPressed, this, addNote);

    // What and why on the left with the decision under it; the evidence, the larger part, on the right.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerScroll = new QScrollArea(left);
    headerScroll->setWidgetResizable(true);
    headerScroll->setFrameShape(QFrame::NoFrame);
    headerScroll->setWidget(m_header);
    leftLayout->addWidget(headerScroll, 1);
    leftLayout->addWidget(triage);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    clear();
}

QString FindingDetailPane::who() const
{
    return m_who->text().trimmed();
}

void FindingDetailPane::clear()
{
    m_findingId = 0;
    m_pictures.clear();
    m_header->setText(u"<i>%1</i>"_qs.arg(tr("Select a finding to see its evidence.").toHtmlEscaped()));
    m_evidence->clear();
    m_history->clear();
    m_picture->clear();
    setTriageEnabled(false);
}

void FindingDetailPane::setTriageEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_why, m_confirm, m_falsePositive, m_note, m_addNote})
        w->setEnabled(enabled);
}

void FindingDetailPane::showFinding(const Models::FindingDetails &details, const QHash<QString, QImage> &pictures)
{
    const Models::Finding &f = details.finding;
    m_findingId = f.id;
    m_pictures = pictures;

    const bool chinese = QLocale().language() == QLocale::Chinese;
    const Models::CheckMeta *meta = Models::CheckCatalogue::find(f.check);
    const QString colour = FindingDisplay::severityColor(f.severity).name();
    QString html = u"<p style='font-size:large'><b>%1</b></p>"_qs.arg(Models::FindingText::title(f).toHtmlEscaped());
    html += u"<p><span style='color:%1'><b>%2</b></span> · %3 · <code>%4</code></p>"_qs.arg(
        colour, FindingDisplay::severityName(f.severity).toHtmlEscaped(),
        FindingDisplay::statusName(f.status).toHtmlEscaped(), f.check.toHtmlEscaped());
    html += u"<table cellspacing='2'>"_qs;
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td style='color:gray;padding-right:8px'>%1</td><td>%2</td></tr>"_qs.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Target"), f.target);
    const QString orgName = m_orgNames.value(f.org);
    row(tr("Organisation"), orgName.isEmpty() ? f.org : u"%1 (%2)"_qs.arg(orgName, f.org));
    row(tr("First seen"), when(f.firstSeen));
    row(tr("Last seen"), when(f.lastSeen));
    if (meta) {
        row(tr("Check"), chinese ? meta->titleZh : meta->titleEn);
        row(tr("Legal basis"), meta->legalBasis);
        row(tr("Advice"), chinese ? meta->adviceZh : meta->adviceEn);
    }
    html += u"</table>"_qs;
    m_header->setText(html);

    m_evidence->clear();
    QTreeWidgetItem *firstPicture = nullptr;
    for (const Models::Evidence &e : f.evidence) {
        const QString summary = Models::FindingText::summary(e);
        auto *item = new QTreeWidgetItem(m_evidence, {e.kind, summary});
        item->setToolTip(1, Models::FindingDisplay::plainToolTip(summary));
        item->setData(0, kBlobRole, e.blob);
        if (m_pictures.contains(e.blob)) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogContentsView));
            if (!firstPicture)
                firstPicture = item;
        }
    }
    m_evidence->setCurrentItem(firstPicture ? firstPicture : m_evidence->topLevelItem(0));
    showPicture(m_evidence->currentItem());

    m_history->clear();
    for (const Models::StatusChange &c : details.history)
        new QTreeWidgetItem(m_history, {when(c.at), FindingDisplay::statusName(c.status), c.who, c.why});
    for (const Models::TriageNote &n : details.notes) {
        auto *item = new QTreeWidgetItem(m_history, {when(n.at), tr("Note"), n.who, n.note});
        item->setToolTip(3, Models::FindingDisplay::plainToolTip(n.note));
    }
    m_history->sortItems(0, Qt::AscendingOrder);
    setTriageEnabled(true);
}

void FindingDetailPane::showPicture(QTreeWidgetItem *item)
{
    const QString blob = item ? item->data(0, kBlobRole).toString() : QString();
    const QImage image = m_pictures.value(blob);
    if (image.isNull()) {
        m_picture->clear();
        m_picture->setText(item ? tr("No picture for this evidence.") : QString());
        return;
    }
    // Screenshots are large: fit the width of the pane, never enlarge.
    const int width = qMin(image.width(), qMax(200, m_picture->parentWidget()->width() - 8));
    m_picture->setPixmap(QPixmap::fromImage(image.scaledToWidth(width, Qt::SmoothTransformation)));
}

void FindingDetailPane::requestStatus(FindingStatus status)
{
    if (m_findingId == 0)
        return;
    const QString why = m_why->text().trimmed();
    if (who().isEmpty() || why.isEmpty()) {
        m_why->setFocus();
        m_why->setPlaceholderText(tr("Say who you are and why before deciding"));
        return;
    }
    QSettings().setValue(kWhoKey, who());
    Q_EMIT statusRequested(m_findingId, status, who(), why);
    m_why->clear();
}

} // namespace Govscope::Ui
