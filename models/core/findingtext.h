#pragma once

#include "message.h"
#include "types.h"

#include <QString>

namespace Govscope::Models {

/// Renders findings in a reader's language: the stored template of a title or evidence sentence is
/// translated (the loaded .qm, or the compiled-in one of the language asked for), then its parameters
/// are substituted. Findings recorded before schema 3 (or by a family that still passes finished text)
/// have no template: their stored text is shown as it is.
class FindingText final
{
public:
    /// @p language "en", "zh_CN", or empty for the application's current translation (QCoreApplication).
    static QString render(const Message &message, const QString &language = {});
    static QString title(const Finding &f, const QString &language = {});
    static QString summary(const Evidence &e, const QString &language = {});
    /// Replaces the title and every evidence summary of @p f by their rendering in @p language.
    static void localize(Finding &f, const QString &language = {});
    static void localize(QList<Finding> &findings, const QString &language = {});
    /// Every language's rendering of @p message, distinct ones joined by a line break: what the search
    /// indexes hold, so a finding is found by words of either language.
    static QString searchText(const Message &message, const QString &fallback);
};

} // namespace Govscope::Models
