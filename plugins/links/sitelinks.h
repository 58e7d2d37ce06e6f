#pragma once

#include "blocklist.h"
#include "keywordlists.h"
#include "linkinventory.h"
#include "linkprobe.h"

#include <QCoroTask>

#include <QSet>
#include <optional>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Links {

/// The links.* checks over the sites of one org. Links shared by several of its sites are checked
/// once; the number of requests is bounded per org.
class SiteLinks final
{
public:
    static constexpr int MaxExternalLinks = 100; ///< external targets checked per org
    static constexpr int MaxInternalLinks = 100; ///< uncrawled internal targets checked per org
    static constexpr int MaxScripts = 10;        ///< own-host script files read per site for a notice handler

    SiteLinks(Sdk::CheckContext &ctx, const Sdk::Blocklist &blocklist, const Sdk::KeywordLists &keywords,
              QString feedProblem);
    Q_DISABLE_COPY_MOVE(SiteLinks)

    QCoro::Task<void> checkSite(const QString &host);

private:
    void reportAll(const QString &host, const QString &reason); // inconclusive for every check
    /// @p partial: why some pages of the site were not read (empty when all were); then no pass is given.
    void exitNotice(const QString &host, const LinkInventory &inventory, int pages, const QString &partial);
    /// Keys of the own-host script files of @p documents that hold a leaving notice handler.
    QCoro::Task<QSet<QString>> scriptsWithNotice(const QList<Sdk::CrawledDocument> &documents);
    QCoro::Task<void> external(const FoundLink &link);
    QCoro::Task<void> internal(const QString &host, const LinkInventory &inventory, const QString &partial);
    /// The text of the linked page, or nothing when it could not be read.
    QCoro::Task<std::optional<QString>> pageText(const LinkStatus &status);
    bool isOwnHost(const QString &host) const;

    Sdk::CheckContext &m_ctx;
    const Sdk::Blocklist &m_blocklist;
    const Sdk::KeywordLists &m_keywords;
    QString m_feedProblem; ///< why links.malicious cannot judge content or lists, empty when it can
    QSet<QString> m_checked;
    int m_externalChecked = 0;
    int m_internalChecked = 0;
};

} // namespace Govscope::Links
