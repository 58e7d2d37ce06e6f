#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace Govscope::Entity {

/// A date found in a news list item, with the text it was read from (evidence).
struct DatedItem
{
    QDate date;
    QString text;
};

/// Reads the publication dates of news list items: 2026-11-20, 2026/11/20, 2026.11.20,
/// 2026年11月20日, and the year-less [11-20] / (11-20) / 11-20 of many portals, which take the
/// year of @p today (or the year before, when that would put them in the future). Dates more
/// than a day after @p today are ignored (announcements of coming events, typos).
class NewsDates final
{
public:
    static QList<DatedItem> extract(const QStringList &items, const QDate &today);
    /// The newest date of @p items, invalid when there is none.
    static DatedItem newest(const QList<DatedItem> &items);
};

} // namespace Govscope::Entity
