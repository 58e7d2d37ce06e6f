#pragma once

#include "triagesuspect.h"

#include <QTextBrowser>

namespace Govscope::Ui::Triage {

/// Every piece of evidence of the current suspect, kind and full text (the scores of each signal, the
/// verdict's explanation, DNS, HTTP, favicon, markers), wrapped so nothing is cut off. A text browser
/// rather than a tree: long score lines wrap to the width whatever it becomes.
class SignalList final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalList)

public:
    explicit SignalList(QWidget *parent = nullptr);
    void setSignals(const QList<Signal> &list);
    /// Lines shown, for tests.
    int count() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QList<Signal> m_signals;
    int m_count = 0;
};

} // namespace Govscope::Ui::Triage
