#pragma once

#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace Govscope::Sdk {

class Feeds;

/// A match of a URL against a blocklist: the entry and where it was listed, for evidence.
struct BlocklistHit
{
    QString entry;  ///< the domain or URL as listed
    QString source; ///< "blocklists/world.txt line 2"
};

/// Domains and URLs on the loaded blocklists (spec/interfaces.md "Feeds"): `blocklists/*.txt` with
/// one domain or URL a line (hosts-file lines such as `0.0.0.0 bad.example` accepted) and URLhaus
/// CSV (`blocklists/*.csv`, the URL in the third column). A listed domain covers its subdomains.
class Blocklist final
{
public:
    /// Reads every blocklist of @p feeds; an unreadable line is an error naming file and line.
    static Result<Blocklist> load(const Feeds &feeds);
    /// Parses one list; @p origin (the relative path) names it in errors and hits.
    Status addText(const QByteArray &text, const QString &origin);
    Status addUrlhausCsv(const QByteArray &text, const QString &origin);

    /// The entry that lists @p url (its exact URL, its host or a parent domain of it), if any.
    std::optional<BlocklistHit> match(const QUrl &url) const;
    int size() const { return int(m_domains.size() + m_urls.size()); }

private:
    static QString urlKey(const QUrl &url);

    QHash<QString, QString> m_domains; // lower-case ASCII domain -> source
    QHash<QString, QString> m_urls;    // urlKey -> source
};

} // namespace Govscope::Sdk
