#include "pageanchors.h"

#include <gumbo.h>

#include <memory>

namespace Govscope::Sdk {

namespace {

constexpr qsizetype MaxHtmlChars = 4 * 1024 * 1024;

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

QString textOf(const GumboNode *root)
{
    QString out;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text) + u' ';
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &kids = n->v.element.children;
            for (unsigned i = kids.length; i-- > 0;)
                stack.append(static_cast<const GumboNode *>(kids.data[i]));
        }
    }
    return out.simplified();
}

} // namespace

QList<PageAnchor> PageAnchors::parse(const QString &html, int maxAnchors)
{
    QList<PageAnchor> anchors;
    const QByteArray utf8 = html.left(MaxHtmlChars).toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    QList<const GumboNode *> stack{output->root};
    while (!stack.isEmpty() && anchors.size() < maxAnchors) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = n->v.element;
        if (e.tag == GUMBO_TAG_A) {
            if (const QString href = attribute(e, "href"); !href.isEmpty())
                anchors.append(PageAnchor{href, textOf(n), attribute(e, "onclick"), attribute(e, "target")});
        }
        for (unsigned i = e.children.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(e.children.data[i]));
    }
    return anchors;
}

} // namespace Govscope::Sdk
