#pragma once

#include <QList>
#include <QString>

namespace Govscope::Sdk {

/// One `<a href>` of a page with what a link check needs beyond HtmlDocument::Link: the inline
/// script a click runs (a `confirm()` is a leaving notice) and the window it opens in.
struct PageAnchor
{
    QString href;    ///< as written, trimmed
    QString text;    ///< visible text, whitespace collapsed
    QString onclick; ///< the onclick attribute, empty when none
    QString target;  ///< the target attribute (`_blank`, …)
};

/// Reads the anchors of an HTML page with Gumbo (as browsers parse). Parsing is bounded like HtmlDocument's
/// (BoundedGumboParse) and the tree walked iteratively, so hostile pages cannot exhaust memory or the stack.
class PageAnchors final
{
public:
    /// Anchors of @p html in document order; at most @p maxAnchors are returned.
    static QList<PageAnchor> parse(const QString &html, int maxAnchors = 5000);
};

} // namespace Govscope::Sdk
