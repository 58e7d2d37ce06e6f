#include "signallist.h"

#include <QEvent>

namespace Govscope::Ui::Triage {

SignalList::SignalList(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFocusPolicy(Qt::NoFocus); // the keys belong to the verdict
}

void SignalList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void SignalList::setSignals(const QList<Signal> &list)
{
    m_signals = list;
    render();
}

void SignalList::render()
{
    m_count = int(m_signals.size());
    if (m_signals.isEmpty()) {
        clear();
        return;
    }
    QString html = u"<table cellspacing='0' cellpadding='2' width='100%'><tr><th align='left'>%1</th>"
                   "<th align='left'>%2</th></tr>"_qs.arg(tr("Signal").toHtmlEscaped(),
                                                          tr("What the check recorded").toHtmlEscaped());
    for (const Signal &s : std::as_const(m_signals)) {
        // the scores and the verdict are what the decision rests on: stand them out
        const bool key = s.kind == u"similarity"_qs || s.kind == u"verdict"_qs;
        html += u"<tr><td valign='top' style='color:gray;padding-right:10px'>%1</td><td>%2%3%4</td></tr>"_qs.arg(
            s.kind.toHtmlEscaped(), key ? u"<b>"_qs : QString(), s.text.toHtmlEscaped(), key ? u"</b>"_qs : QString());
    }
    html += u"</table>"_qs;
    setHtml(html);
}

} // namespace Govscope::Ui::Triage
