#pragma once

#include "types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace Govscope::Models {

/// The JSON shapes of spec/interfaces.md: `findings --format json` (also findings.json of a report
/// bundle) and `orgs --format json`.
QJsonObject findingToJson(const Finding &f);
QJsonObject orgToJson(const Organization &o, const QList<Asset> &assets);

/// CSV (RFC 4180, UTF-8, with header) of the same columns; lists joined with ';'.
QByteArray findingsToCsv(const QList<Finding> &findings);
QByteArray orgsToCsv(const QList<Organization> &orgs, const QHash<QString, QList<Asset>> &assets);

/// Quotes one CSV field when it needs it, and makes a field that a spreadsheet would run as a formula
/// (leading = + - @ tab or CR) text by prefixing a single quote.
QString csvField(const QString &text);

} // namespace Govscope::Models
