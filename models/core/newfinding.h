#pragma once

#include "message.h"
#include "types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Govscope::Models {

// What a check hands the engine. These are value types of the domain, not of the case file: the SDK and
// every family build them without Qt Sql (FindingRepository stores them).

/// Evidence as a check records it: the bytes go to the blob store, the summary to the finding.
struct NewEvidence
{
    QString kind;
    QString summary;
    QByteArray content; ///< empty when the summary says it all
    QString mime;
    /// When set, the summary is rendered from it in the reader's language and @c summary is ignored.
    Message summaryText = {};
};

/// A finding as a check reports it in one scan.
struct NewFinding
{
    QString org, family, check, target, title;
    Severity severity = Severity::Info;
    QList<NewEvidence> evidence;
    /// When set, the title is rendered from it in the reader's language and @c title is ignored.
    Message titleText = {};
};

} // namespace Govscope::Models
