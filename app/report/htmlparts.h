#pragma once

// Small pieces shared by the parts of the report document: escaping and the labels of the report's language.

#include "reportoptions.h"
#include "types.h"

#include <QDateTime>
#include <QString>

namespace Govscope::Report::Html {

inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString severityLabel(Models::Severity severity, Language language);
QString severityClass(Models::Severity severity);
QString statusLabel(Models::FindingStatus status, Language language);
QString familyName(const QString &family, Language language);
QString assetTypeLabel(Models::AssetType type, Language language);
QString orgKindLabel(Models::OrgKind kind, Language language);
QString orgLevelLabel(Models::OrgLevel level, Language language);
QString dateText(const QDateTime &when, Language language);
QString dateTimeText(const QDateTime &when, Language language);
/// A two-column table row: label, value (the value is already HTML).
QString row(const QString &label, const QString &valueHtml);

} // namespace Govscope::Report::Html
