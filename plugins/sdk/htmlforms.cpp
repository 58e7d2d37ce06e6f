#include "htmlforms.h"

#include <gumbo.h>

#include <memory>

namespace Govscope::Sdk {

namespace {

constexpr qsizetype MaxHtmlBytes = 4 * 1024 * 1024;

QString attr(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

// Iterative walks throughout, so a hostile deeply nested page cannot exhaust the stack.
QString textOf(const GumboNode *root)
{
    QString out;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
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
    return out.simplified();
}

FormControl controlOf(const GumboNode *n)
{
    const GumboElement &e = n->v.element;
    FormControl c;
    c.tag = QString::fromUtf8(gumbo_normalized_tagname(e.tag));
    c.type = attr(e, "type").toLower();
    if (c.tag == u"input"_qs && c.type.isEmpty())
        c.type = u"text"_qs;
    c.name = attr(e, "name");
    c.id = attr(e, "id");
    c.placeholder = attr(e, "placeholder");
    c.autocomplete = attr(e, "autocomplete").toLower();
    if (e.tag == GUMBO_TAG_BUTTON)
        c.text = textOf(n);
    return c;
}

HtmlForm formOf(const GumboNode *formNode)
{
    HtmlForm form;
    form.action = attr(formNode->v.element, "action");
    form.method = attr(formNode->v.element, "method").toLower();
    form.text = textOf(formNode);
    QList<const GumboNode *> stack{formNode};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_TEXTAREA)
            form.controls.append(controlOf(n));
        const GumboVector &kids = n->v.element.children;
        for (unsigned i = kids.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(kids.data[i]));
    }
    return form;
}

} // namespace

bool HtmlForm::hasPassword() const
{
    for (const FormControl &c : controls)
        if (c.tag == u"input"_qs && c.type == u"password"_qs)
            return true;
    return false;
}

QList<HtmlForm> parseForms(const QString &html)
{
    const QByteArray utf8 = html.left(MaxHtmlBytes).toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    QList<HtmlForm> forms;
    QList<const GumboNode *> stack{output->root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        if (n->v.element.tag == GUMBO_TAG_FORM) {
            forms.append(formOf(n)); // HTML forbids nested forms; Gumbo drops them as browsers do
            continue;
        }
        const GumboVector &kids = n->v.element.children;
        for (unsigned i = kids.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(kids.data[i]));
    }
    return forms;
}

} // namespace Govscope::Sdk
