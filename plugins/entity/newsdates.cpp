#include "newsdates.h"

#include <QRegularExpression>

namespace Govscope::Entity {

namespace {

// Full dates: year, month, day with one of the separators portals use.
const QRegularExpression &fullDate()
{
    static const QRegularExpression re(
        uR"((?<!\d)(20\d\d|19\d\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?(?!\d))"_qs);
    return re;
}

// Month and day only: "[11-20]", "(11-20)", "11-20" at the end of an item, "11月20日".
const QRegularExpression &shortDate()
{
    static const QRegularExpression re(
        uR"((?:[\[(（【]\s*(\d{1,2})[-/.](\d{1,2})\s*[\])）】])|(?:(?<![\d\-/.])(\d{1,2})-(\d{1,2})\s*$)|(?:(?<!\d)(\d{1,2})月(\d{1,2})日))"_qs);
    return re;
}

} // namespace

QList<DatedItem> NewsDates::extract(const QStringList &items, const QDate &today)
{
    QList<DatedItem> out;
    const QDate latestAllowed = today.addDays(1);
    for (const QString &item : items) {
        QDate found;
        auto it = fullDate().globalMatch(item);
        while (it.hasNext()) {
            const auto m = it.next();
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid() && d <= latestAllowed && (!found.isValid() || d > found))
                found = d;
        }
        if (!found.isValid()) {
            const auto m = shortDate().match(item);
            if (m.hasMatch()) {
                const int first = m.lastCapturedIndex() - 1;
                const int month = m.captured(first).toInt();
                const int day = m.captured(first + 1).toInt();
                QDate d(today.year(), month, day);
                if (d.isValid() && d > latestAllowed)
                    d = QDate(today.year() - 1, month, day); // a December item read in January
                if (d.isValid() && d <= latestAllowed)
                    found = d;
            }
        }
        if (found.isValid())
            out.append(DatedItem{found, item.left(200)});
    }
    return out;
}

DatedItem NewsDates::newest(const QList<DatedItem> &items)
{
    DatedItem best;
    for (const DatedItem &i : items)
        if (!best.date.isValid() || i.date > best.date)
            best = i;
    return best;
}

} // namespace Govscope::Entity
