#include "gumbotree.h"

#include <QList>

namespace Govscope::Sdk::Gumbo {

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

Tree parse(const QByteArray &utf8)
{
    return Tree(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
                [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
}

QString textOf(const GumboNode *root, qsizetype maxChars)
{
    QString out;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty() && out.size() < maxChars) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text) + u' ';
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE)
                continue;
            const GumboVector &kids = n->v.element.children;
            for (unsigned i = kids.length; i-- > 0;)
                stack.append(static_cast<const GumboNode *>(kids.data[i]));
        }
    }
    return out.left(maxChars).simplified();
}

} // namespace Govscope::Sdk::Gumbo
