#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

struct GumboInternalOutput;

namespace Govscope::Sdk {

/// Bounds on parsing one hostile page. Gumbo has none of its own: 40,000 unclosed <div>s in 200 KB grew
/// past 12 GB (its error list copies the open-element stack per error) and nesting costs quadratic time.
struct HtmlLimits
{
    qsizetype maxBytes = 4 * 1024 * 1024; ///< UTF-8 input parsed; the rest is ignored
    /// Elements open at once, estimated by a pre-scan; the page is cut where it goes deeper. Browsers
    /// stop nesting at 512; real pages stay far below this.
    int maxDepth = 1024;
    int maxElements = 250'000;                ///< start tags parsed; the page is cut after that many
    qint64 maxParserBytes = 256LL << 20;      ///< memory Gumbo may hold at once
    std::chrono::milliseconds maxTime{3000};  ///< wall clock for the parser, then for reading its tree
    qsizetype maxTextChars = 8 * 1024 * 1024; ///< all text kept (body, items, links) together
    int maxItems = 20'000;                    ///< list items, links and metas, each
};

/// A Gumbo parse within HtmlLimits: the input is capped and pre-scanned, Gumbo collects no errors, and its
/// memory and time are bounded by its allocator (which abandons the parse when either runs out). For
/// code that walks the Gumbo tree itself (forms, anchors).
class BoundedGumboParse final
{
public:
    BoundedGumboParse(const QString &html, const HtmlLimits &limits = {});
    ~BoundedGumboParse();
    Q_DISABLE_COPY_MOVE(BoundedGumboParse)

    /// The tree, or null when the parser ran out of memory or time (then only flatText() is left).
    const GumboInternalOutput *output() const { return m_output; }
    /// The input as parsed (capped and cut), UTF-8.
    const QByteArray &input() const { return m_input; }
    bool truncated() const { return !m_truncation.isEmpty(); }
    QString truncation() const { return m_truncation; } ///< why, for a finding's evidence; empty when whole

    struct Arena; ///< internal: the allocator that bounds Gumbo

private:
    std::unique_ptr<Arena> m_arena;
    GumboInternalOutput *m_output = nullptr;
    QByteArray m_input;
    QString m_truncation;
};

/// Facts read from an HTML page with a real parser (Gumbo, as browsers parse), for checks that
/// need a title, a meta tag, list items or links. Parsing is bounded (HtmlLimits): a hostile page
/// yields what could be read and says so in truncated(), so a check can answer `inconclusive`
/// instead of "absent".
class HtmlDocument final
{
public:
    struct Link
    {
        QString href;
        QString text;
    };

    /// Parses @p html within @p limits (by default at most 4 MiB are read; the rest is ignored).
    static HtmlDocument parse(const QString &html, const HtmlLimits &limits = {});

    QString title() const { return m_title; }
    /// Content of the first <meta name=…> with that name, case-insensitive; empty when absent.
    QString meta(const QString &name) const;
    /// Visible text of every <li> and every table row <tr>, whitespace collapsed: where news
    /// lists put their items (and dates).
    QStringList listItems() const { return m_listItems; }
    QList<Link> links() const { return m_links; }
    QString text() const { return m_text; } ///< visible text of the body, whitespace collapsed

    /// Whether only part of the page was read (too large, too deep, too many elements, too slow):
    /// what is absent from it may still be on the page.
    bool truncated() const { return !m_truncation.isEmpty(); }
    QString truncation() const { return m_truncation; } ///< why, in words; empty when the page was read whole

private:
    QString m_title;
    QList<std::pair<QString, QString>> m_metas; // lower-case name, content
    QStringList m_listItems;
    QList<Link> m_links;
    QString m_text;
    QString m_truncation;
};

} // namespace Govscope::Sdk
