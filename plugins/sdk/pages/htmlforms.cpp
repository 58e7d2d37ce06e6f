#include "htmlforms.h"

#include "htmldocument.h"

#include "gumbotree.h"

namespace Govscope::Sdk {

namespace {

// A form's words (labels, hints) and a button's are short; a hostile form of megabytes is cut.
constexpr qsizetype kMaxFormTextChars = 64 * 1024;
constexpr int kMaxControls = 2000;
constexpr int kMaxForms = 500;

// Iterative walks throughout, so a hostile deeply nested page cannot exhaust the stack.
FormControl controlOf(const GumboNode *n)
{
    const GumboElement &e = n->v.element;
    FormControl c;
    c.tag = QString::fromUtf8(gumbo_normalized_tagname(e.tag));
    c.type = Gumbo::attribute(e, "type").toLower();
    if (c.tag == u"input"_qs && c.type.isEmpty())
        c.type = u"text"_qs;
    c.name = Gumbo::attribute(e, "name");
    c.id = Gumbo::attribute(e, "id");
    c.placeholder = Gumbo::attribute(e, "placeholder");
    c.autocomplete = Gumbo::attribute(e, "autocomplete").toLower();
    if (e.tag == GUMBO_TAG_BUTTON)
        c.text = Gumbo::textOf(n, kMaxFormTextChars);
    return c;
}

HtmlForm formOf(const GumboNode *formNode)
{
    HtmlForm form;
    form.action = Gumbo::attribute(formNode->v.element, "action");
    form.method = Gumbo::attribute(formNode->v.element, "method").toLower();
    form.text = Gumbo::textOf(formNode, kMaxFormTextChars);
    QList<const GumboNode *> stack{formNode};
    while (!stack.isEmpty() && form.controls.size() < kMaxControls) {
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
    // Bounded like HtmlDocument (size, depth, elements, parser memory and time); a page the parser gave
    // up on has no tree, so no forms are read from it.
    const BoundedGumboParse parsed(html);
    QList<HtmlForm> forms;
    if (!parsed.output())
        return forms;
    QList<const GumboNode *> stack{parsed.output()->root};
    while (!stack.isEmpty() && forms.size() < kMaxForms) {
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
