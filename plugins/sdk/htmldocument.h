#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

/// Facts read from an HTML page with a real parser (Gumbo, as browsers parse), for checks that
/// need a title, a meta tag, list items or links. Input is capped in size.
class HtmlDocument final
{
public:
    struct Link
    {
        QString href;
        QString text;
    };

    /// Parses @p html (at most 4 MiB are read; the rest is ignored).
    static HtmlDocument parse(const QString &html);

    QString title() const { return m_title; }
    /// Content of the first <meta name=…> with that name, case-insensitive; empty when absent.
    QString meta(const QString &name) const;
    /// Visible text of every <li> and every table row <tr>, whitespace collapsed: where news
    /// lists put their items (and dates).
    QStringList listItems() const { return m_listItems; }
    QList<Link> links() const { return m_links; }
    QString text() const { return m_text; } ///< visible text of the body, whitespace collapsed

private:
    QString m_title;
    QList<std::pair<QString, QString>> m_metas; // lower-case name, content
    QStringList m_listItems;
    QList<Link> m_links;
    QString m_text;
};

} // namespace Govscope::Sdk
