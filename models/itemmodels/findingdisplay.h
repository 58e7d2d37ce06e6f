#pragma once

#include "types.h"

#include <QColor>
#include <QCoreApplication>

namespace Govscope::Models {

/// How findings look in every view: names of severities and statuses in the UI language, and the
/// severity colours (critical dark red, high red, medium orange, low blue, info grey).
class FindingDisplay final
{
    Q_DECLARE_TR_FUNCTIONS(FindingDisplay)

public:
    static QString severityName(Severity severity);
    static QString statusName(FindingStatus status);
    /// Text colour of a severity.
    static QColor severityColor(Severity severity);
    /// A light tint of severityColor() for cell backgrounds, readable under dark text.
    static QColor severityBackground(Severity severity);
    /// Site text (titles, summaries, notes) as a tooltip that shows as typed: Qt renders a tooltip that merely looks
    /// like HTML as rich text, so a hostile page title could draw images or links in the auditor's workbench.
    static QString plainToolTip(const QString &text);
};

} // namespace Govscope::Models
