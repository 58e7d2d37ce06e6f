#pragma once

#include "triagesuspect.h"

#include <QTreeWidget>

namespace Govscope::Ui::Triage {

/// Every piece of evidence of the current suspect, kind and full text (the scores of each signal, the
/// verdict's explanation, DNS, HTTP, favicon, markers), wrapped so nothing is cut off.
class SignalList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalList)

public:
    explicit SignalList(QWidget *parent = nullptr);
    void setSignals(const QList<Signal> &list);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setHeaders();
};

} // namespace Govscope::Ui::Triage
