#include "masking.h"

#include <QRegularExpression>

namespace Govscope::Report {

QString maskPersonalData(const QString &text)
{
    // Look-arounds keep a 20-digit order number or a timestamp from being mistaken for an ID.
    static const QRegularExpression idNumber(u"(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])"_qs);
    static const QRegularExpression mobile(u"(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])"_qs);
    QString masked = text;
    masked.replace(idNumber, u"\\1********\\2"_qs);
    masked.replace(mobile, u"\\1****\\2"_qs);
    return masked;
}

} // namespace Govscope::Report
