#include "conacmarkers.h"

#include "gumbotree.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

namespace Govscope::Sdk::ConacMarkers {

namespace {

constexpr qsizetype MaxInput = 4 * 1024 * 1024; // like HtmlDocument: the rest of a page is ignored
constexpr qsizetype MaxWritten = 1024 * 1024;   // what scripts may write, in total
constexpr int MaxScriptDepth = 3;               // written markup that writes markup that writes …
constexpr int MaxExpressionDepth = 32;          // nested parentheses in a document.write argument

// ------------------------------------------------------------------ comments of the page

struct Delimiters
{
    QLatin1StringView open;
    QLatin1StringView close;
};

// Template engines' comments: the server drops them, so a copy of the template served unprocessed
// (or a footer left commented out) shows nothing a visitor reads. Longest openers first.
constexpr Delimiters TemplateComments[] = {
    {QLatin1StringView("<%--"), QLatin1StringView("--%>")},
    {QLatin1StringView("<#--"), QLatin1StringView("-->")},
    {QLatin1StringView("{{!--"), QLatin1StringView("--}}")},
    {QLatin1StringView("{{/*"), QLatin1StringView("*/}}")},
    {QLatin1StringView("{{!"), QLatin1StringView("}}")},
    {QLatin1StringView("{% comment %}"), QLatin1StringView("{% endcomment %}")},
    {QLatin1StringView("{#"), QLatin1StringView("#}")},
    {QLatin1StringView("{*"), QLatin1StringView("*}")},
    {QLatin1StringView("#*"), QLatin1StringView("*#")},
    {QLatin1StringView("@*"), QLatin1StringView("*@")},
};

// Elements whose content is not markup: a "<!--" inside them is no comment of the page.
constexpr QLatin1StringView RawTextElements[] = {QLatin1StringView("script"), QLatin1StringView("style"),
                                                 QLatin1StringView("textarea"), QLatin1StringView("title"),
                                                 QLatin1StringView("xmp")};

bool startsWithAt(QStringView s, qsizetype at, QLatin1StringView what, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return s.sliced(at).startsWith(what, cs);
}

// The raw-text element opening at @p at ("<script …>"), or an empty name.
QLatin1StringView rawTextElementAt(QStringView s, qsizetype at)
{
    for (QLatin1StringView name : RawTextElements) {
        if (!startsWithAt(s, at + 1, name, Qt::CaseInsensitive))
            continue;
        const qsizetype after = at + 1 + name.size();
        if (after >= s.size() || s.at(after).isSpace() || s.at(after) == u'>' || s.at(after) == u'/')
            return name;
    }
    return {};
}

// ------------------------------------------------------------------ JavaScript, just enough

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

// JavaScript's unescape(): %XX is a Latin-1 code unit, %uXXXX a UTF-16 one; anything else stays.
QString jsUnescape(QStringView s)
{
    auto hexAt = [&s](qsizetype from, int count) {
        int v = 0;
        for (int k = 0; k < count; ++k) {
            const int h = from + k < s.size() ? hexValue(s.at(from + k)) : -1;
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    };
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'%') {
            if (const int u = i + 1 < s.size() && s.at(i + 1) == u'u' ? hexAt(i + 2, 4) : -1; u >= 0) {
                out += QChar(char16_t(u));
                i += 5;
                continue;
            }
            if (const int b = hexAt(i + 1, 2); b >= 0) {
                out += QChar(char16_t(b));
                i += 2;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

/// Reads the arguments of document.write calls. Not an interpreter: string literals and the decoding
/// functions badge and footer snippets use are evaluated, everything else is skipped as unknown.
class WriteScanner
{
public:
    explicit WriteScanner(QStringView code)
        : m_s(code.left(MaxInput))
    {}

    QString run()
    {
        QChar previous = u';'; // last significant character: decides whether '/' starts a regex
        while (m_i < m_s.size() && m_out.size() < MaxWritten) {
            if (skipComment())
                continue;
            const QChar c = m_s.at(m_i);
            if (c == u'"' || c == u'\'' || c == u'`') {
                stringLiteral();
                previous = u'"';
            } else if (c == u'/' && QStringView(u"(,=:[!&|?{};+-*%<>~^").contains(previous)) {
                skipRegex();
                previous = u'/';
            } else if (isIdentChar(c)) {
                const QString path = identifierPath();
                if ((path == u"document.write"_qs || path == u"document.writeln"_qs ||
                     path == u"window.document.write"_qs || path == u"window.document.writeln"_qs) &&
                    peek() == u'(') {
                    ++m_i;
                    writeCall(path.endsWith(u"ln"_qs));
                    previous = u')';
                } else {
                    previous = u'a';
                }
            } else {
                if (!c.isSpace())
                    previous = c;
                ++m_i;
            }
        }
        return m_out.left(MaxWritten);
    }

private:
    // Skips a comment at the cursor (//, /* */, and the HTML-like <!-- and --> line comments that
    // old pages wrap their scripts in); true when there was one.
    bool skipComment()
    {
        const QStringView rest = m_s.sliced(m_i);
        if (rest.startsWith(u"//") || rest.startsWith(u"<!--") || (rest.startsWith(u"-->") && atLineStart())) {
            const qsizetype nl = m_s.indexOf(u'\n', m_i);
            m_i = nl < 0 ? m_s.size() : nl + 1;
            return true;
        }
        if (rest.startsWith(u"/*")) {
            const qsizetype end = m_s.indexOf(u"*/", m_i + 2);
            m_i = end < 0 ? m_s.size() : end + 2;
            return true;
        }
        return false;
    }

    bool atLineStart() const
    {
        for (qsizetype k = m_i - 1; k >= 0; --k) {
            if (m_s.at(k) == u'\n')
                return true;
            if (!m_s.at(k).isSpace())
                return false;
        }
        return true;
    }

    void skipSpace()
    {
        while (m_i < m_s.size()) {
            if (m_s.at(m_i).isSpace())
                ++m_i;
            else if (!skipComment())
                return;
        }
    }

    QChar peek()
    {
        skipSpace();
        return m_i < m_s.size() ? m_s.at(m_i) : QChar();
    }

    // "a.b.c" with spaces around the dots allowed; the cursor ends after it.
    QString identifierPath()
    {
        QString path;
        while (m_i < m_s.size() && isIdentChar(m_s.at(m_i))) {
            const qsizetype from = m_i;
            while (m_i < m_s.size() && isIdentChar(m_s.at(m_i)))
                ++m_i;
            path += m_s.sliced(from, m_i - from);
            const qsizetype save = m_i;
            if (peek() == u'.') {
                ++m_i;
                skipSpace();
                path += u'.';
                continue;
            }
            m_i = save;
            break;
        }
        return path;
    }

    // The value of the string literal at the cursor ('…', "…" or `…` without substitutions).
    QString stringLiteral()
    {
        const QChar quote = m_s.at(m_i++);
        QString v;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i++);
            if (c == quote)
                return v;
            if (c == u'\n' && quote != u'`')
                return v; // unterminated: stop at the line end, as the parser would reject it anyway
            if (c != u'\\' || m_i >= m_s.size()) {
                v += c;
                continue;
            }
            const QChar e = m_s.at(m_i++);
            switch (e.unicode()) {
            case 'n':
                v += u'\n';
                break;
            case 't':
                v += u'\t';
                break;
            case 'r':
                v += u'\r';
                break;
            case 'b':
            case 'f':
            case 'v':
                break;
            case '0':
                v += QChar(u'\0');
                break;
            case '\r':
            case '\n': // line continuation
                break;
            case 'x':
            case 'u': {
                const bool braces = e == u'u' && m_i < m_s.size() && m_s.at(m_i) == u'{';
                if (braces)
                    ++m_i;
                const int digits = e == u'x' ? 2 : (braces ? 6 : 4);
                uint value = 0;
                int read = 0;
                while (read < digits && m_i < m_s.size() && hexValue(m_s.at(m_i)) >= 0) {
                    value = value * 16 + uint(hexValue(m_s.at(m_i++)));
                    ++read;
                }
                if (braces && m_i < m_s.size() && m_s.at(m_i) == u'}')
                    ++m_i;
                const char32_t codePoint = value;
                v += QString::fromUcs4(&codePoint, 1);
                break;
            }
            default:
                v += e;
                break;
            }
        }
        return v;
    }

    void skipRegex()
    {
        ++m_i;
        bool inClass = false;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i++);
            if (c == u'\\') {
                ++m_i;
            } else if (c == u'[') {
                inClass = true;
            } else if (c == u']') {
                inClass = false;
            } else if ((c == u'/' && !inClass) || c == u'\n') {
                break;
            }
        }
        while (m_i < m_s.size() && m_s.at(m_i).isLetter()) // flags
            ++m_i;
    }

    // Skips a bracketed group opening at the cursor, strings and comments inside included.
    void skipGroup()
    {
        int depth = 0;
        while (m_i < m_s.size()) {
            if (skipComment())
                continue;
            const QChar c = m_s.at(m_i);
            if (c == u'"' || c == u'\'' || c == u'`') {
                stringLiteral();
                continue;
            }
            ++m_i;
            if (c == u'(' || c == u'[' || c == u'{') {
                ++depth;
            } else if (c == u')' || c == u']' || c == u'}') {
                if (--depth <= 0)
                    return;
            }
        }
    }

    // One argument: terms joined by '+', up to a ',' or ')' of this level (not consumed).
    QString expression(int depth)
    {
        QString value;
        while (m_i < m_s.size() && value.size() < MaxWritten) {
            const QChar c = peek();
            if (c.isNull() || c == u',' || c == u')' || c == u';' || c == u'}' || c == u']')
                return value;
            if (c == u'"' || c == u'\'' || c == u'`') {
                value += stringLiteral();
            } else if (c == u'(') {
                ++m_i;
                value += depth < MaxExpressionDepth ? expression(depth + 1) : QString();
                closeCall();
            } else if (c.isDigit()) {
                const qsizetype from = m_i;
                while (m_i < m_s.size() && (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == u'.'))
                    ++m_i;
                value += m_s.sliced(from, m_i - from); // "…" + 1 writes "…1"
            } else if (isIdentChar(c)) {
                const QString name = identifierPath();
                const bool call = peek() == u'(';
                const bool decoder = name == u"unescape"_qs || name == u"window.unescape"_qs ||
                                     name == u"decodeURIComponent"_qs || name == u"decodeURI"_qs;
                if (call && decoder && depth < MaxExpressionDepth) {
                    ++m_i;
                    const QString arg = expression(depth + 1);
                    closeCall();
                    value += name.endsWith(u"unescape"_qs) ? jsUnescape(arg) : QUrl::fromPercentEncoding(arg.toUtf8());
                } else {
                    // a variable or another call: its value is unknown, and so are its members
                    while (peek() == u'(' || peek() == u'[' || peek() == u'.') {
                        if (m_s.at(m_i) == u'.') {
                            ++m_i;
                            skipSpace();
                            identifierPath();
                        } else {
                            skipGroup();
                        }
                    }
                }
            } else {
                ++m_i; // '+' and operators whose result is not a string we know
            }
        }
        return value;
    }

    // After an argument list: skips further arguments and the closing parenthesis.
    void closeCall()
    {
        while (m_i < m_s.size()) {
            const QChar c = peek();
            if (c == u')') {
                ++m_i;
                return;
            }
            if (c == u',') {
                ++m_i;
                expression(MaxExpressionDepth);
                continue;
            }
            return; // malformed: leave the rest to the outer scan
        }
    }

    void writeCall(bool newline)
    {
        // document.write(a, b) writes a then b
        while (m_i < m_s.size()) {
            m_out += expression(0);
            const QChar c = peek();
            if (c == u',') {
                ++m_i;
                continue;
            }
            if (c == u')')
                ++m_i;
            break;
        }
        if (newline)
            m_out += u'\n';
    }

    QStringView m_s;
    qsizetype m_i = 0;
    QString m_out;
};

bool isJavaScriptType(const QString &type)
{
    const QString t = type.trimmed().toLower();
    return t.isEmpty() || t.contains(u"javascript"_qs) || t.contains(u"ecmascript"_qs) || t.contains(u"jscript"_qs) ||
           t == u"module"_qs;
}

// Inline scripts' output and external script sources of one piece of markup (comments removed).
void readScripts(const QString &markup, QString &written, QStringList &sources)
{
    const QByteArray utf8 = markup.left(MaxInput).toUtf8();
    const Gumbo::Tree output = Gumbo::parse(utf8);
    QList<const GumboNode *> stack{output->root}; // iterative: deep hostile pages cannot exhaust the stack
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = n->v.element;
        if (e.tag == GUMBO_TAG_SCRIPT) {
            if (!isJavaScriptType(Gumbo::attribute(e, "type")))
                continue; // <script type="text/html"> templates never run
            if (const QString src = Gumbo::attribute(e, "src"); !src.isEmpty()) {
                sources << src;
                continue;
            }
            for (unsigned i = 0; i < e.children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(e.children.data[i]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
                    child->type == GUMBO_NODE_WHITESPACE)
                    written += WriteScanner(QString::fromUtf8(child->v.text.text)).run();
            }
            continue;
        }
        for (unsigned i = e.children.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(e.children.data[i]));
    }
}

struct Pattern
{
    QString form; ///< %1: the host matched, when the pattern captures one
    const QRegularExpression &re;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list{{u"bszs.conac.cn link"_qs, Patterns::link()},
                                     {u"%1 image"_qs, Patterns::image()},
                                     {u"%1 script"_qs, Patterns::script()},
                                     {u"_ideConac span"_qs, Patterns::ideConacSpan()}};
    return list;
}

} // namespace

namespace Patterns {

namespace {
constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;
}

const QRegularExpression &link()
{
    static const QRegularExpression re(
        uR"(href\s*=\s*["']?\s*(?<url>(?:https?:)?//bszs\.conac\.cn(?![\w.-])[^"'\s<>]*))"_qs, CaseInsensitive);
    return re;
}

const QRegularExpression &image()
{
    static const QRegularExpression re(
        uR"((?<host>(?:dcs|biaozhi)\.conac\.cn)/[^"'\s<>]*?(?<colour>red|blue)(?:_error)?\.png)"_qs, CaseInsensitive);
    return re;
}

const QRegularExpression &script()
{
    static const QRegularExpression re(
        uR"(<script[^>]+src\s*=\s*["']?\s*(?<url>(?:https?:)?//(?<host>(?:dcs|biaozhi)\.conac\.cn)/[^"'\s>]*))"_qs,
        CaseInsensitive);
    return re;
}

const QRegularExpression &ideConacSpan()
{
    static const QRegularExpression re(uR"((?:id|class)\s*=\s*["']?(?:[^"'>]*\s)?_ideConac(?![\w-]))"_qs,
                                       CaseInsensitive);
    return re;
}

const QRegularExpression &unescapeCall()
{
    static const QRegularExpression re(uR"(unescape\s*\(\s*(["'])(.*?)\1\s*\))"_qs,
                                       CaseInsensitive | QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &verifyId()
{
    static const QRegularExpression re(uR"([?&;]id=([0-9a-f]{32})(?![0-9a-f]))"_qs, CaseInsensitive);
    return re;
}

} // namespace Patterns

QString unescaped(const QString &markup)
{
    QString out;
    for (auto it = Patterns::unescapeCall().globalMatch(markup); it.hasNext();)
        out += QUrl::fromPercentEncoding(it.next().captured(2).toUtf8()) + u'\n';
    return out;
}

QString withoutComments(const QString &html)
{
    const QStringView s = QStringView(html).left(MaxInput);
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == u'<' && startsWithAt(s, i, QLatin1StringView("<!--"))) {
            // "<!-->" and "<!--->" close at once; an unterminated comment hides the rest, as in browsers
            const QStringView body = s.sliced(i + 4);
            if (body.startsWith(u'>')) {
                i += 5;
                continue;
            }
            if (body.startsWith(u"->")) {
                i += 6;
                continue;
            }
            qsizetype end = s.indexOf(u"-->", i + 4);
            const qsizetype bang = s.indexOf(u"--!>", i + 4);
            if (bang >= 0 && (end < 0 || bang < end))
                end = bang + 1;
            i = end < 0 ? s.size() : end + 3;
            continue;
        }
        if (c == u'<') {
            if (const QLatin1StringView raw = rawTextElementAt(s, i); !raw.isEmpty()) {
                const qsizetype openEnd = s.indexOf(u'>', i);
                qsizetype close = openEnd < 0 ? -1 : s.indexOf(QString(u"</"_qs + raw), openEnd, Qt::CaseInsensitive);
                close = close < 0 ? s.size() : close;
                out += s.sliced(i, close - i);
                i = close;
                if (close < s.size()) { // copy "</script" so the scan does not match it again
                    out += s.sliced(i, 2 + raw.size());
                    i += 2 + raw.size();
                }
                continue;
            }
        }
        bool skipped = false;
        if (c == u'<' || c == u'{' || c == u'#' || c == u'@') {
            for (const Delimiters &d : TemplateComments) {
                if (!startsWithAt(s, i, d.open))
                    continue;
                const qsizetype end = s.indexOf(d.close, i + d.open.size());
                if (end >= 0) { // unterminated: not a comment but text
                    i = end + d.close.size();
                    skipped = true;
                }
                break;
            }
        }
        if (!skipped)
            out += s.at(i++);
    }
    return out;
}

QString writtenBy(const QString &code)
{
    return WriteScanner(code).run();
}

PageScripts scripts(const QString &html)
{
    PageScripts out;
    QString pending = withoutComments(html);
    for (int depth = 0; depth < MaxScriptDepth && !pending.isEmpty(); ++depth) {
        QString written;
        readScripts(pending, written, out.sources);
        written = withoutComments(written);
        if (out.written.size() + written.size() > MaxWritten)
            written.truncate(std::max<qsizetype>(0, MaxWritten - out.written.size()));
        if (!written.isEmpty())
            out.written += written + u'\n';
        pending = written;
    }
    return out;
}

ConacMarker find(const QString &html, const QString &extraMarkup)
{
    const QString cleaned = withoutComments(html);
    const QString extra = withoutComments(extraMarkup);
    QString text = cleaned + u'\n' + scripts(html).written + u'\n' + extra + u'\n' + scripts(extra).written;
    // static copies hide the markup in document.write(unescape("%3Ca%20href…")), also outside a script
    for (auto it = Patterns::unescapeCall().globalMatch(cleaned + u'\n' + extra); it.hasNext();)
        text += u'\n' + QUrl::fromPercentEncoding(it.next().captured(2).toUtf8());
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(text);
        if (!m.hasMatch())
            continue;
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 80);
        const QString form = p.form.contains(u"%1"_qs) ? p.form.arg(m.captured(u"host"_qs).toLower()) : p.form;
        return ConacMarker{true, form, text.mid(from, m.capturedLength() + 160).simplified()};
    }
    return {};
}

} // namespace Govscope::Sdk::ConacMarkers
