#include "verdictbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace Govscope::Ui::Triage {

namespace {
// The same key as the detail pane's: one name for the audit trail whichever way the analyst triages.
const auto kWhoKey = u"triage/who"_qs;
} // namespace

VerdictBar::VerdictBar(QWidget *parent)
    : QWidget(parent)
{
    m_whoLabel = new QLabel(this);
    m_who = new QLineEdit(
        QSettings().value(kWhoKey, qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"))).toString(), this);
    m_who->setMaximumWidth(140);
    connect(m_who, &QLineEdit::editingFinished, this, [this] {
        if (!who().isEmpty())
            QSettings().setValue(kWhoKey, who());
    });
    m_reason = new QLineEdit(this);
    m_reason->setClearButtonEnabled(true);
    connect(m_reason, &QLineEdit::returnPressed, this, &VerdictBar::reasonEntered);
    m_progress = new QLabel(this);

    const auto makeAction = [this](Qt::Key key, QStyle::StandardPixmap icon) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_confirm = makeAction(Qt::Key_C, QStyle::SP_DialogApplyButton);
    m_falsePositive = makeAction(Qt::Key_F, QStyle::SP_DialogDiscardButton);
    m_skip = makeAction(Qt::Key_S, QStyle::SP_ArrowForward);
    connect(m_confirm, &QAction::triggered, this, [this] { Q_EMIT decided(Models::FindingStatus::Confirmed); });
    connect(m_falsePositive, &QAction::triggered, this,
            [this] { Q_EMIT decided(Models::FindingStatus::FalsePositive); });
    connect(m_skip, &QAction::triggered, this, &VerdictBar::skipped);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_whoLabel);
    layout->addWidget(m_who);
    layout->addWidget(m_reason, 1);
    for (QAction *action : {m_confirm, m_falsePositive, m_skip}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
    }
    layout->addWidget(m_progress);
    retranslate();
}

void VerdictBar::retranslate()
{
    m_whoLabel->setText(tr("Who:"));
    m_who->setPlaceholderText(tr("Your name"));
    m_reason->setPlaceholderText(tr("Reason (optional; Return goes back to the keys)"));
    m_confirm->setText(tr("Confirm (C)"));
    m_confirm->setToolTip(tr("A counterfeit: record it as confirmed and show the next suspect"));
    m_falsePositive->setText(tr("False positive (F)"));
    m_falsePositive->setToolTip(tr("Not a counterfeit: record it as a false positive and show the next suspect"));
    m_skip->setText(tr("Skip (S)"));
    m_skip->setToolTip(tr("Decide later: show the next suspect and record nothing"));
}

void VerdictBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString VerdictBar::who() const
{
    return m_who->text().trimmed();
}

QString VerdictBar::reason() const
{
    return m_reason->text().trimmed();
}

void VerdictBar::clearReason()
{
    m_reason->clear();
}

void VerdictBar::setProgress(const QString &text)
{
    m_progress->setText(text);
}

QList<QAction *> VerdictBar::keyActions() const
{
    return {m_confirm, m_falsePositive, m_skip};
}

} // namespace Govscope::Ui::Triage
