#pragma once

#include "blocklist.h"
#include "keywordlists.h"
#include "message.h"

#include <QUrl>

namespace Govscope::Links {

/// links.malicious: a target on a loaded blocklist, or a page built around a content class's
/// vocabulary (gambling, pornography, fraud) — including a lapsed domain someone else now serves.
struct MaliciousVerdict
{
    std::optional<Sdk::BlocklistHit> listed; ///< the link or the URL it redirects to is listed
    QList<Sdk::KeywordHit> content;          ///< classes at or above the threshold
    bool fired() const { return listed.has_value() || !content.isEmpty(); }
    QString summary() const; ///< "on blocklist (…); gambling content: 博彩, 百家乐, …"
    /// The same as a sentence rendered in the reader's language.
    Models::Message summaryText() const;
    QString details() const; ///< the quotes around each matched term
};

class MaliciousLink final
{
public:
    /// Distinct terms of one class a page needs: one word in passing (a news item about fighting
    /// fraud) must not make a government page "fraud content".
    static constexpr int TermThreshold = 3;

    static MaliciousVerdict judge(const Sdk::Blocklist &blocklist, const Sdk::KeywordLists &keywords, const QUrl &link,
                                  const QUrl &finalUrl, const QString &pageText);
};

} // namespace Govscope::Links
