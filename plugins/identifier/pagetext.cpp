#include "pagetext.h"

#include "gumbotree.h"

#include <QList>

#include <memory>

namespace Govscope::Identifier::PageText {

namespace {

constexpr qsizetype MaxMarkup = 4 * 1024 * 1024; // as Sdk::HtmlDocument

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

bool isHidden(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
           tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD;
}

// Collapses whitespace as a browser lays text out: runs of spaces become one, line breaks (from
// blocks) survive once, lines are trimmed.
QString collapse(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    bool space = false, newline = true;
    for (const QChar c : raw) {
        if (c == u'\n') {
            if (!newline)
                out += u'\n';
            newline = true;
            space = false;
        } else if (c.isSpace() && c != QChar(0x3000)) { // the ideographic space is text, not layout
            space = !newline;
        } else {
            if (space)
                out += u' ';
            out += c;
            space = newline = false;
        }
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace

QString readerText(const QString &markup)
{
    const QByteArray utf8 = markup.left(MaxMarkup).toUtf8();
    const Sdk::Gumbo::Tree output = Sdk::Gumbo::parse(utf8);
    QString raw;
    struct Step
    {
        const GumboNode *node; // nullptr: the end of a block, where a line ends
        GumboTag tag;
    };
    QList<Step> stack{{output->root, GUMBO_TAG_UNKNOWN}};
    while (!stack.isEmpty()) {
        const Step step = stack.takeLast();
        if (!step.node) {
            raw += step.tag == GUMBO_TAG_TD || step.tag == GUMBO_TAG_TH ? u' ' : u'\n';
            continue;
        }
        const GumboNode *n = step.node;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            QString t = QString::fromUtf8(n->v.text.text);
            for (QChar &c : t)
                if (c == u'\n' || c == u'\r' || c == u'\t')
                    c = u' '; // a line break in the source is a space on screen
            raw += t;
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            continue; // comments
        const GumboTag tag = n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_HTML;
        if (isHidden(tag))
            continue;
        const bool separate = isBlock(tag) || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
        if (separate) {
            raw += tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ? u' ' : u'\n';
            stack.append({nullptr, tag});
        }
        const GumboVector &kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
        for (unsigned i = kids.length; i-- > 0;)
            stack.append({static_cast<const GumboNode *>(kids.data[i]), GUMBO_TAG_UNKNOWN});
    }
    return collapse(raw);
}

QString foldWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            c = u' ';
    }
    return out;
}

} // namespace Govscope::Identifier::PageText
