#include "htmldocument.h"

#include <gumbo.h>

#include <memory>

namespace Govscope::Sdk {

namespace {

constexpr qsizetype MaxHtmlBytes = 4 * 1024 * 1024;

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// Iterative, so hostile deeply nested pages cannot exhaust the stack.
void appendText(const GumboNode *root, QString &out)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text) + u' ';
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
                continue;
            const GumboVector &kids = n->v.element.children;
            for (unsigned i = kids.length; i-- > 0;)
                stack.append(static_cast<const GumboNode *>(kids.data[i]));
        }
    }
}

QString textOf(const GumboNode *node)
{
    QString out;
    appendText(node, out);
    return out.simplified();
}

} // namespace

HtmlDocument HtmlDocument::parse(const QString &html)
{
    HtmlDocument doc;
    const QByteArray utf8 = html.left(MaxHtmlBytes).toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    QList<const GumboNode *> stack{output->root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = n->v.element;
        switch (e.tag) {
        case GUMBO_TAG_TITLE:
            if (doc.m_title.isEmpty())
                doc.m_title = textOf(n);
            break;
        case GUMBO_TAG_META:
            if (const QString name = attribute(e, "name"); !name.isEmpty())
                doc.m_metas.append({name.toLower(), attribute(e, "content").trimmed()});
            break;
        case GUMBO_TAG_LI:
        case GUMBO_TAG_TR:
            doc.m_listItems << textOf(n);
            break;
        case GUMBO_TAG_A:
            if (const QString href = attribute(e, "href"); !href.isEmpty())
                doc.m_links.append(Link{href.trimmed(), textOf(n)});
            break;
        case GUMBO_TAG_BODY:
            doc.m_text = textOf(n);
            break;
        default:
            break;
        }
        for (unsigned i = e.children.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(e.children.data[i]));
    }
    return doc;
}

QString HtmlDocument::meta(const QString &name) const
{
    const QString wanted = name.toLower();
    for (const auto &[n, content] : m_metas)
        if (n == wanted)
            return content;
    return {};
}

} // namespace Govscope::Sdk
