#include "pageanchors.h"

#include "htmldocument.h"

#include "gumbotree.h"

namespace Govscope::Sdk {

namespace {

constexpr qsizetype kMaxAnchorTextChars = 4000; // a link's words; a hostile anchor of megabytes is cut

} // namespace

QList<PageAnchor> PageAnchors::parse(const QString &html, int maxAnchors)
{
    QList<PageAnchor> anchors;
    // Bounded like HtmlDocument; a page the parser gave up on has no tree, so no anchors.
    const BoundedGumboParse parsed(html);
    if (!parsed.output())
        return anchors;
    QList<const GumboNode *> stack{parsed.output()->root};
    while (!stack.isEmpty() && anchors.size() < maxAnchors) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = n->v.element;
        if (e.tag == GUMBO_TAG_A) {
            if (const QString href = Gumbo::attribute(e, "href"); !href.isEmpty())
                anchors.append(PageAnchor{href, Gumbo::textOf(n, kMaxAnchorTextChars), Gumbo::attribute(e, "onclick"),
                                          Gumbo::attribute(e, "target")});
        }
        for (unsigned i = e.children.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(e.children.data[i]));
    }
    return anchors;
}

} // namespace Govscope::Sdk
