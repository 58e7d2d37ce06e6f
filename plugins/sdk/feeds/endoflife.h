#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Govscope::Sdk {

class Feeds;

/// One release cycle of a product as endoflife.date lists it.
struct ReleaseCycle
{
    QString cycle;    ///< "2.2"
    bool eol = false; ///< eol is `true`, or a date on or before the day asked about
    QDate eolDate;    ///< when the feed gives one
    QString latest;   ///< last release of the cycle
};

/// endoflife.date product data: eol/<product>.json in the legacy API form (an array of
/// {cycle, eol, latest}) or the v1 form ({"result": {"releases": [{name, isEol, eolFrom, latest}]}}).
class EndOfLife final
{
public:
    /// Parses one product file; @p today decides whether a dated eol has passed.
    static Result<QList<ReleaseCycle>> parse(const QByteArray &json, const QString &origin, const QDate &today);
    /// Every eol/*.json of @p feeds, keyed by file name without .json ("apache-http-server").
    static Result<EndOfLife> fromFeeds(const Feeds &feeds, const QDate &today);

    /// The product slug endoflife.date would use for a technology or library name
    /// ("Apache HTTP Server" → "apache-http-server", "jQuery" → "jquery").
    static QString slug(const QString &name);
    /// The cycle of @p product that @p version belongs to (the most specific one), or nullopt.
    std::optional<ReleaseCycle> cycleOf(const QString &product, const QString &version) const;
    bool hasProduct(const QString &product) const { return m_products.contains(product); }

    void addProduct(const QString &product, const QList<ReleaseCycle> &cycles) { m_products.insert(product, cycles); }

private:
    QHash<QString, QList<ReleaseCycle>> m_products;
};

} // namespace Govscope::Sdk
