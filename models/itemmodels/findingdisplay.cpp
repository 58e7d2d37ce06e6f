#include "findingdisplay.h"

namespace Govscope::Models {

QString FindingDisplay::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        return tr("Low");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QString FindingDisplay::statusName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return tr("Open");
    case FindingStatus::Confirmed:
        return tr("Confirmed");
    case FindingStatus::FalsePositive:
        return tr("False positive");
    case FindingStatus::Fixed:
        return tr("Fixed");
    case FindingStatus::Reopened:
        return tr("Reopened");
    }
    return {};
}

QColor FindingDisplay::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0x8b, 0x00, 0x00);
    case Severity::High:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Medium:
        return QColor(0xe6, 0x6a, 0x00);
    case Severity::Low:
        return QColor(0x15, 0x65, 0xc0);
    case Severity::Info:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor FindingDisplay::severityBackground(Severity severity)
{
    // Mixing 15 % of the colour into white keeps the hue recognisable without hurting contrast.
    const QColor c = severityColor(severity);
    const auto mix = [](int channel) { return 255 - (255 - channel) * 15 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QString FindingDisplay::plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // <qt> makes Qt take it as rich text, so the escaped text shows literally, tags and all.
    return u"<qt>"_qs + text.toHtmlEscaped().replace(u'\n', u"<br>"_qs) + u"</qt>"_qs;
}

} // namespace Govscope::Models
