#include "techfingerprints.h"

#include "feeds.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace Govscope::Sdk {

namespace {

/// Pages can be large; markers sit in the head and footer, and regexes over megabytes are slow.
constexpr qsizetype MaxHtml = 512 * 1024;

/// A JSON value that may be a string or an array of strings (both occur in the schema).
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out << e.toString();
    return out;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(u"\\b"_qs + name + u"\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_qs,
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i)
        if (m.capturedStart(i) >= 0)
            return m.captured(i);
    return {};
}

} // namespace

PageFacts PageFacts::fromHop(const HttpHop &hop, const QString &html)
{
    PageFacts f;
    f.url = hop.url.toString();
    f.html = html.left(MaxHtml);
    for (const auto &[name, value] : hop.responseHeaders) {
        const QString n = QString::fromLatin1(name).toLower();
        f.headers.append({n, QString::fromLatin1(value)});
        if (n == u"set-cookie"_qs) {
            const QString pair = QString::fromLatin1(value).section(u';', 0, 0);
            f.cookies.append({pair.section(u'=', 0, 0).trimmed(), pair.section(u'=', 1).trimmed()});
        }
    }
    static const QRegularExpression scriptTag(u"<script\\b[^>]*>"_qs, QRegularExpression::CaseInsensitiveOption);
    for (auto it = scriptTag.globalMatch(f.html); it.hasNext();) {
        const QString src = attribute(it.next().captured(), u"src"_qs);
        if (!src.isEmpty())
            f.scriptSrc << src;
    }
    static const QRegularExpression metaTag(u"<meta\\b[^>]*>"_qs, QRegularExpression::CaseInsensitiveOption);
    for (auto it = metaTag.globalMatch(f.html); it.hasNext();) {
        const QString tag = it.next().captured();
        QString name = attribute(tag, u"name"_qs);
        if (name.isEmpty())
            name = attribute(tag, u"property"_qs);
        if (!name.isEmpty())
            f.metas.append({name.toLower(), attribute(tag, u"content"_qs)});
    }
    return f;
}

Result<TechFingerprints::Pattern> TechFingerprints::parsePattern(const QString &text)
{
    const QStringList fields = text.split(u"\\;"_qs);
    Pattern p;
    p.regex = QRegularExpression(fields.first(), QRegularExpression::CaseInsensitiveOption);
    if (!p.regex.isValid())
        return makeError(QObject::tr("pattern \"%1\" is not a valid regular expression (%2)")
                             .arg(fields.first(), p.regex.errorString()));
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString tag = fields.at(i).section(u':', 0, 0), value = fields.at(i).section(u':', 1);
        if (tag == u"version"_qs)
            p.versionTemplate = value;
        else if (tag == u"confidence"_qs)
            p.confidence = value.toInt();
    }
    return p;
}

QString TechFingerprints::version(const Pattern &p, const QRegularExpressionMatch &m)
{
    if (p.versionTemplate.isEmpty())
        return {};
    // "\1?a:b" (a when group 1 matched, else b) and plain "\1" substitution
    static const QRegularExpression ternary(u"^\\\\(\\d)\\?([^:]*):(.*)$"_qs);
    QString out = p.versionTemplate;
    if (const QRegularExpressionMatch t = ternary.match(out); t.hasMatch())
        out = m.captured(t.captured(1).toInt()).isEmpty() ? t.captured(3) : t.captured(2);
    for (int g = 9; g >= 1; --g)
        out.replace(u'\\' + QString::number(g), m.captured(g));
    return out.trimmed();
}

Result<TechFingerprints> TechFingerprints::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(QObject::tr("%1: not a technologies JSON object (%2 at offset %3); expected the "
                                     "webappanalyzer schema {\"Name\": {\"headers\": …}}")
                             .arg(origin, error.errorString())
                             .arg(error.offset));
    // webappanalyzer keeps the technologies at the top level; some dumps wrap them in "technologies"
    QJsonObject techs = doc.object();
    if (techs.value(u"technologies"_qs).isObject())
        techs = techs.value(u"technologies"_qs).toObject();
    TechFingerprints out;
    for (auto it = techs.begin(); it != techs.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Rule r;
        r.name = it.key();
        r.cpe = o.value(u"cpe"_qs).toString();
        for (const QJsonValue &c : o.value(u"cats"_qs).toArray())
            r.cats << c.toInt();
        for (const QString &i : strings(o.value(u"implies"_qs)))
            r.implies << i.section(u"\\;"_qs, 0, 0);
        r.needs = strings(o.value(u"requires"_qs));
        r.rulesOut = strings(o.value(u"excludes"_qs));
        QString fault;
        const auto addPatterns = [&](const QJsonValue &v, QList<Pattern> &into) {
            for (const QString &s : strings(v)) {
                auto p = parsePattern(s);
                if (!p)
                    fault = p.error().message;
                else
                    into << *p;
            }
        };
        const auto addKeyed = [&](const QJsonValue &v, QList<Keyed> &into) {
            const QJsonObject map = v.toObject();
            for (auto k = map.begin(); k != map.end(); ++k) {
                QList<Pattern> ps;
                addPatterns(k.value(), ps);
                for (const Pattern &p : ps)
                    into << Keyed{k.key().toLower(), p};
            }
        };
        addKeyed(o.value(u"headers"_qs), r.headers);
        addKeyed(o.value(u"meta"_qs), r.metas);
        addKeyed(o.value(u"cookies"_qs), r.cookies);
        addPatterns(o.value(u"html"_qs), r.html);
        addPatterns(o.value(u"scriptSrc"_qs), r.scriptSrc);
        addPatterns(o.value(u"url"_qs), r.url);
        if (!fault.isEmpty())
            return makeError(
                QObject::tr("%1: technology \"%2\": %3; fix or remove the pattern").arg(origin, r.name, fault));
        out.m_rules << r;
    }
    return out;
}

Result<TechFingerprints> TechFingerprints::fromFeeds(const Feeds &feeds)
{
    TechFingerprints all;
    for (const QString &rel : feeds.list(u"fingerprints/*.json"_qs)) {
        auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        auto parsed = parse(*bytes, feeds.path(rel));
        if (!parsed)
            return parsed.error();
        for (const Rule &r : parsed->m_rules) {
            all.m_rules.removeIf([&](const Rule &old) { return old.name == r.name; });
            all.m_rules << r;
        }
    }
    return all;
}

QList<TechDetection> TechFingerprints::detect(const PageFacts &page) const
{
    QList<TechDetection> out;
    for (const Rule &r : m_rules) {
        TechDetection d;
        const auto consider = [&](const Pattern &p, const QString &subject, const QString &where) {
            const QRegularExpressionMatch m = p.regex.match(subject);
            if (!m.hasMatch())
                return;
            // a header, meta or cookie is shown whole; in markup only the matched text
            // a header or meta is shown whole, in markup only the matched text; a cookie's value (a
            // session id) is not evidence and is left out
            if (where.startsWith(u"cookie"_qs))
                d.matched << where;
            else
                d.matched << where + u": "_qs + (where == u"html"_qs ? m.captured() : subject).left(200);
            const QString v = version(p, m);
            if (v.size() > d.version.size())
                d.version = v;
        };
        const auto keyed = [&](const QList<Keyed> &patterns, const QList<std::pair<QString, QString>> &facts,
                               const QString &kind) {
            for (const Keyed &k : patterns)
                for (const auto &[name, value] : facts)
                    if (name.compare(k.key, Qt::CaseInsensitive) == 0)
                        consider(k.pattern, value, kind + u' ' + name);
        };
        keyed(r.headers, page.headers, u"header"_qs);
        keyed(r.metas, page.metas, u"meta"_qs);
        keyed(r.cookies, page.cookies, u"cookie"_qs);
        for (const Pattern &p : r.html)
            consider(p, page.html, u"html"_qs);
        for (const Pattern &p : r.url)
            consider(p, page.url, u"url"_qs);
        for (const Pattern &p : r.scriptSrc)
            for (const QString &src : page.scriptSrc)
                consider(p, src, u"script"_qs);
        if (d.matched.isEmpty())
            continue;
        d.name = r.name;
        d.cpe = r.cpe;
        d.categories = r.cats;
        out << d;
    }
    // `requires`: a rule that only means something on top of another technology (names taken before
    // removing: the predicate must not read the list it is removing from)
    QSet<QString> names;
    for (const TechDetection &d : out)
        names.insert(d.name);
    const auto detected = [&names](const QString &name) { return names.contains(name); };
    const auto rule = [this](const QString &name) {
        return std::find_if(m_rules.cbegin(), m_rules.cend(), [&](const Rule &x) { return x.name == name; });
    };
    out.removeIf([&](const TechDetection &d) {
        const QStringList &needs = rule(d.name)->needs;
        return !needs.isEmpty() && std::none_of(needs.cbegin(), needs.cend(), detected);
    });
    // `excludes`: a more specific detection rules out another one
    QStringList excluded;
    for (const TechDetection &d : out)
        excluded << rule(d.name)->rulesOut;
    out.removeIf([&](const TechDetection &d) { return excluded.contains(d.name); });

    // implied technologies (PHP implied by a PHP CMS, …), without version, unless detected already
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const Rule &r : m_rules) {
            if (r.name != out.at(i).name)
                continue;
            for (const QString &implied : r.implies) {
                const bool known =
                    std::any_of(out.cbegin(), out.cend(), [&](const TechDetection &t) { return t.name == implied; });
                const auto rule =
                    std::find_if(m_rules.cbegin(), m_rules.cend(), [&](const Rule &x) { return x.name == implied; });
                if (known || rule == m_rules.cend())
                    continue;
                TechDetection t;
                t.name = implied;
                t.cpe = rule->cpe;
                t.categories = rule->cats;
                t.implied = true;
                t.matched << QObject::tr("implied by %1").arg(r.name);
                out << t;
            }
        }
    }
    return out;
}

bool isJavaScriptComponent(const QList<int> &categories)
{
    return categories.contains(int(TechCategory::JavaScriptLibraries)) ||
           categories.contains(int(TechCategory::JavaScriptFrameworks));
}

} // namespace Govscope::Sdk
