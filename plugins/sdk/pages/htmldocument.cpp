#include "htmldocument.h"

#include <QDeadlineTimer>
#include <QObject>

#include <gumbo.h>

#include <csetjmp>
#include <cstdlib>

namespace Govscope::Sdk {

// Every block Gumbo allocates is linked here, so that an abandoned parse can be freed whole.
struct BoundedGumboParse::Arena
{
    struct Block
    {
        Block *prev;
        Block *next;
        size_t size;
        size_t pad; // keeps the payload on malloc's 16-byte alignment
    };

    Block head{&head, &head, 0, 0};
    qint64 used = 0;
    qint64 budget = 0;
    QDeadlineTimer deadline;
    unsigned calls = 0;
    bool outOfMemory = false;
    bool outOfTime = false;
    std::jmp_buf jump;

    ~Arena()
    {
        for (Block *b = head.next; b != &head;) {
            Block *next = b->next;
            std::free(b);
            b = next;
        }
    }

    // Gumbo cannot fail an allocation or be interrupted, so running out jumps back to runGumbo().
    // Only C frames (Gumbo's) lie between, and they own nothing but arena blocks.
    static void *allocate(void *userdata, size_t size)
    {
        auto *a = static_cast<Arena *>(userdata);
        a->used += qint64(size);
        if (a->used > a->budget) {
            a->outOfMemory = true;
            std::longjmp(a->jump, 1);
        }
        if ((++a->calls & 63) == 0 && a->deadline.hasExpired()) {
            a->outOfTime = true;
            std::longjmp(a->jump, 1);
        }
        auto *b = static_cast<Block *>(std::malloc(sizeof(Block) + size));
        if (!b) {
            a->outOfMemory = true;
            std::longjmp(a->jump, 1);
        }
        b->size = size;
        b->prev = &a->head;
        b->next = a->head.next;
        a->head.next->prev = b;
        a->head.next = b;
        return b + 1;
    }

    static void deallocate(void *userdata, void *p)
    {
        if (!p)
            return;
        auto *a = static_cast<Arena *>(userdata);
        Block *b = static_cast<Block *>(p) - 1;
        b->prev->next = b->next;
        b->next->prev = b->prev;
        a->used -= qint64(b->size);
        std::free(b);
    }

    GumboOptions options() const
    {
        GumboOptions o = kGumboDefaultOptions;
        o.allocator = &Arena::allocate;
        o.deallocator = &Arena::deallocate;
        o.userdata = const_cast<Arena *>(this);
        // Gumbo's error list copies the whole open-element stack per error: quadratic memory on
        // unclosed tags, and nothing here reads the errors.
        o.max_errors = 0;
        return o;
    }
};

namespace {

GumboOutput *runGumbo(BoundedGumboParse::Arena *arena, const GumboOptions *options, const char *data, size_t size)
{
    // Nothing with a destructor may live in this frame: Arena::allocate longjmps back here.
    if (setjmp(arena->jump) != 0)
        return nullptr;
    return gumbo_parse_with_options(options, data, size);
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// Elements that never hold others (void) or are closed implicitly by their siblings or parents:
// counting them as open would make ordinary pages with unclosed <p>s look deep.
bool neverNests(QByteArrayView name)
{
    static const char *const names[] = {"area",    "base",  "br",    "col",    "embed", "hr",    "img",      "input",
                                        "link",    "meta",  "param", "source", "track", "wbr",   "keygen",   "basefont",
                                        "bgsound", "frame", "p",     "li",     "dt",    "dd",    "option",   "optgroup",
                                        "tr",      "td",    "th",    "tbody",  "thead", "tfoot", "colgroup", "caption",
                                        "rb",      "rt",    "rtc",   "rp",     "html",  "head",  "body",     "image"};
    for (const char *n : names)
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Elements whose content is text up to their end tag, so "<div" inside them is not a tag.
bool isRawText(QByteArrayView name)
{
    static const char *const names[] = {"script", "style",   "textarea", "title",    "xmp",
                                        "iframe", "noembed", "noframes", "noscript", "plaintext"};
    for (const char *n : names)
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

struct Cut
{
    qsizetype at = -1; ///< where to cut the input, -1 to keep it whole
    QString why;
};

// A tokenizer-lite over the input: estimates how deep elements nest and how many there are, and where
// the page first exceeds the limits. Gumbo's cost grows with the depth of its open-element stack (every
// start tag scans it), so the cut is made before Gumbo sees the page.
Cut preScan(QByteArrayView s, const HtmlLimits &limits)
{
    int depth = 0;
    int elements = 0;
    int foreign = 0; // open <svg>/<math>
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] != '<' || i + 1 >= n)
            continue;
        const char c = s[i + 1];
        if (c == '!') {
            const bool comment = s.sliced(i).startsWith("<!--");
            const qsizetype end = comment ? s.indexOf("-->", i + 4) : s.indexOf('>', i + 2);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        const bool endTag = c == '/';
        qsizetype p = i + (endTag ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && isNameChar(s[p]))
            ++p;
        if (p == nameStart)
            continue; // "<" as text
        const QByteArrayView name = s.sliced(nameStart, p - nameStart);
        const qsizetype close = s.indexOf('>', p);
        if (close < 0)
            break;
        if (endTag) {
            if (!neverNests(name) && depth > 0)
                --depth;
            if (foreign > 0 &&
                (name.compare("svg", Qt::CaseInsensitive) == 0 || name.compare("math", Qt::CaseInsensitive) == 0))
                --foreign;
            i = close;
            continue;
        }
        if (++elements > limits.maxElements)
            return {
                i,
                QObject::tr("the page has more than %1 elements; only those before were read").arg(limits.maxElements)};
        if (isRawText(name)) {
            // Skip to the matching end tag, case-insensitively, as the tokenizer will.
            const QByteArray endName = "</" + name.toByteArray().toLower();
            qsizetype q = close + 1;
            qsizetype found = -1;
            while (q < n) {
                const qsizetype lt = s.indexOf("</", q);
                if (lt < 0)
                    break;
                if (s.sliced(lt).size() >= endName.size() &&
                    s.sliced(lt, endName.size()).compare(endName, Qt::CaseInsensitive) == 0) {
                    found = lt;
                    break;
                }
                q = lt + 2;
            }
            if (found < 0)
                break;
            i = found - 1;
            continue;
        }
        // "/>" closes an element only in SVG and MathML; <div/> opens a div like <div>.
        const bool foreignRoot =
            name.compare("svg", Qt::CaseInsensitive) == 0 || name.compare("math", Qt::CaseInsensitive) == 0;
        if ((s[close - 1] == '/' && (foreign > 0 || foreignRoot)) || neverNests(name)) {
            i = close;
            continue;
        }
        if (foreignRoot)
            ++foreign;
        if (++depth > limits.maxDepth)
            return {i, QObject::tr("elements on the page nest more than %1 deep; only the part before was read")
                           .arg(limits.maxDepth)};
        i = close;
    }
    return {};
}

// Cuts UTF-8 at a character boundary at or before @p size.
QByteArray utf8Prefix(QByteArray utf8, qsizetype size)
{
    if (utf8.size() <= size)
        return utf8;
    while (size > 0 && (quint8(utf8.at(size)) & 0xC0) == 0x80)
        --size;
    utf8.truncate(size);
    return utf8;
}

} // namespace

BoundedGumboParse::BoundedGumboParse(const QString &html, const HtmlLimits &limits)
    : m_arena(std::make_unique<Arena>())
{
    // Each UTF-16 unit is at least one UTF-8 byte, so this prefix holds every byte that can be kept.
    const QByteArray utf8 = QStringView(html).left(limits.maxBytes).toUtf8();
    m_input = utf8Prefix(utf8, limits.maxBytes);
    if (html.size() > limits.maxBytes || utf8.size() > m_input.size())
        m_truncation =
            QObject::tr("the page is larger than %1 KiB; only its beginning was read").arg(limits.maxBytes / 1024);
    if (const Cut cut = preScan(m_input, limits); cut.at >= 0) {
        m_input.truncate(cut.at);
        m_truncation = cut.why;
    }
    m_arena->budget = limits.maxParserBytes;
    m_arena->deadline = QDeadlineTimer(limits.maxTime);
    const GumboOptions options = m_arena->options();
    m_output = runGumbo(m_arena.get(), &options, m_input.constData(), size_t(m_input.size()));
    if (!m_output)
        m_truncation = m_arena->outOfTime
                           ? QObject::tr("parsing the page took longer than %1 ms; only its text was read")
                                 .arg(limits.maxTime.count())
                           : QObject::tr("parsing the page needed more than %1 MiB; only its text was read")
                                 .arg(limits.maxParserBytes >> 20);
}

BoundedGumboParse::~BoundedGumboParse()
{
    if (m_output) {
        const GumboOptions options = m_arena->options();
        gumbo_destroy_output(&options, m_output);
    }
    // Whatever an abandoned parse left is freed by ~Arena.
}

namespace {

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// Reads the Gumbo tree within the text, item and time limits of one page.
class TreeReader
{
public:
    TreeReader(const HtmlLimits &limits)
        : m_limits(limits)
        , m_textLeft(limits.maxTextChars)
        , m_deadline(limits.maxTime)
    {}

    QString limitHit() const { return m_limitHit; }
    bool stopped() const { return !m_limitHit.isEmpty(); }

    // Visible text of @p root, whitespace collapsed, at most @p maxChars of it. Iterative, so hostile
    // deeply nested pages cannot exhaust the stack; bounded, so nested <li>s cannot cost quadratic text.
    QString textOf(const GumboNode *root, qsizetype maxChars)
    {
        QString out;
        QList<const GumboNode *> stack{root};
        while (!stack.isEmpty() && !stopped()) {
            const qsizetype room = std::min(maxChars, m_textLeft) - out.size();
            if (room <= 0) {
                if (m_textLeft <= 0)
                    hit(QObject::tr("the page has more than %1 characters of text; the rest was not read")
                            .arg(m_limits.maxTextChars));
                break;
            }
            if (!tick())
                break;
            const GumboNode *n = stack.takeLast();
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
                // A UTF-8 character is at least one byte: room characters need at most 3 * room bytes.
                const QByteArrayView text(n->v.text.text);
                out += QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), room * 3))).left(room);
                out += u' ';
            } else if (n->type == GUMBO_NODE_ELEMENT) {
                const GumboTag tag = n->v.element.tag;
                if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
                    continue;
                const GumboVector &kids = n->v.element.children;
                for (unsigned i = kids.length; i-- > 0;)
                    stack.append(static_cast<const GumboNode *>(kids.data[i]));
            }
        }
        QString text = out.simplified();
        m_textLeft -= text.size();
        return text;
    }

    // Counts one step of reading against the clock.
    bool tick()
    {
        if ((++m_steps & 1023) == 0 && m_deadline.hasExpired())
            hit(QObject::tr("reading the page took longer than %1 ms; the rest was not read")
                    .arg(m_limits.maxTime.count()));
        return !stopped();
    }

    bool roomFor(qsizetype count)
    {
        if (count < m_limits.maxItems)
            return true;
        hit(QObject::tr("the page has more than %1 links, list items or meta tags; the rest was not read")
                .arg(m_limits.maxItems));
        return false;
    }

    void hit(const QString &why)
    {
        if (m_limitHit.isEmpty())
            m_limitHit = why;
    }

private:
    const HtmlLimits &m_limits;
    qsizetype m_textLeft;
    QDeadlineTimer m_deadline;
    quint64 m_steps = 0;
    QString m_limitHit;
};

constexpr qsizetype kMaxItemChars = 4000; // a news item, a table row, a link's words
constexpr qsizetype kMaxTitleChars = 1000;

// What is left when the parser gave up: the title and the text between tags, read without a tree.
void readFlat(const QByteArray &utf8, qsizetype maxChars, QString &title, QString &text)
{
    const QByteArrayView s(utf8);
    const qsizetype t = s.indexOf("<title");
    if (t >= 0) {
        const qsizetype open = s.indexOf('>', t);
        const qsizetype close = open < 0 ? -1 : s.indexOf("</", open);
        if (close > open)
            title = QString::fromUtf8(s.sliced(open + 1, std::min(close - open - 1, kMaxTitleChars * 3)))
                        .simplified()
                        .left(kMaxTitleChars);
    }
    QByteArray flat;
    flat.reserve(std::min(s.size(), maxChars));
    bool inTag = false;
    for (qsizetype i = 0; i < s.size() && flat.size() < maxChars; ++i) {
        const char c = s[i];
        if (c == '<')
            inTag = true;
        else if (c == '>' && inTag) {
            inTag = false;
            flat += ' ';
        } else if (!inTag)
            flat += c;
    }
    text = QString::fromUtf8(flat).simplified();
}

} // namespace

HtmlDocument HtmlDocument::parse(const QString &html, const HtmlLimits &limits)
{
    HtmlDocument doc;
    const BoundedGumboParse parsed(html, limits);
    doc.m_truncation = parsed.truncation();
    if (!parsed.output()) {
        readFlat(parsed.input(), limits.maxTextChars, doc.m_title, doc.m_text);
        return doc;
    }
    TreeReader reader(limits);
    QList<const GumboNode *> stack{parsed.output()->root};
    while (!stack.isEmpty() && reader.tick()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = n->v.element;
        switch (e.tag) {
        case GUMBO_TAG_TITLE:
            if (doc.m_title.isEmpty())
                doc.m_title = reader.textOf(n, kMaxTitleChars);
            break;
        case GUMBO_TAG_META:
            if (const QString name = attribute(e, "name"); !name.isEmpty() && reader.roomFor(doc.m_metas.size()))
                doc.m_metas.append({name.toLower(), attribute(e, "content").trimmed().left(kMaxItemChars)});
            break;
        case GUMBO_TAG_LI:
        case GUMBO_TAG_TR:
            if (reader.roomFor(doc.m_listItems.size()))
                doc.m_listItems << reader.textOf(n, kMaxItemChars);
            break;
        case GUMBO_TAG_A:
            if (const QString href = attribute(e, "href"); !href.isEmpty() && reader.roomFor(doc.m_links.size()))
                doc.m_links.append(Link{href.trimmed(), reader.textOf(n, kMaxItemChars)});
            break;
        case GUMBO_TAG_BODY:
            doc.m_text = reader.textOf(n, limits.maxTextChars);
            break;
        default:
            break;
        }
        for (unsigned i = e.children.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(e.children.data[i]));
    }
    if (doc.m_truncation.isEmpty())
        doc.m_truncation = reader.limitHit();
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
