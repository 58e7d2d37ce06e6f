#pragma once

#include "result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

class Feeds;
struct HttpHop;

/// What a fingerprint looks at on one fetched page.
struct PageFacts
{
    QString url;
    QList<std::pair<QString, QString>> headers; ///< lower-case name, value (every occurrence)
    QList<std::pair<QString, QString>> metas;   ///< lower-case name or property, content
    QList<std::pair<QString, QString>> cookies; ///< name, value from Set-Cookie
    QStringList scriptSrc;                      ///< src of every <script>, as written
    QString html;

    /// Facts of @p hop with its decoded body @p html (scripts and metas read from the markup).
    static PageFacts fromHop(const HttpHop &hop, const QString &html);
};

/// The webappanalyzer categories ("cats") the checks tell apart, by name: the numbers are that schema's.
enum class TechCategory : int { JavaScriptFrameworks = 12, JavaScriptLibraries = 59 };

/// A JavaScript library or framework: supplychain.vulnerable_component judges it, vuln.known_vulnerability
/// leaves it alone (one vulnerability is one finding, not two). Used by both families and by rematch.
bool isJavaScriptComponent(const QList<int> &categories);

/// A technology found on a page, with the version when a pattern captured one.
struct TechDetection
{
    QString name;
    QString version;
    QString cpe; ///< CPE 2.3 of the product ("cpe:2.3:a:apache:http_server:*:…"), empty when the rule has none
    QList<int> categories;
    QStringList matched;  ///< what matched, e.g. "header Server: Apache/2.2.15 (CentOS)", for evidence
    bool implied = false; ///< only implied by another detection

    bool isJavaScriptComponent() const { return Sdk::isJavaScriptComponent(categories); }
    QString cpeVendor() const { return cpe.section(u':', 3, 3); }
    QString cpeProduct() const { return cpe.section(u':', 4, 4); }
    /// "Apache HTTP Server 2.2.15" or the bare name.
    QString label() const { return version.isEmpty() ? name : name + u' ' + version; }
};

/// Technology fingerprints in the Wappalyzer/webappanalyzer technologies JSON schema: an object of
/// technology name → {cats, headers, html, scriptSrc, meta, cookies, url, implies, cpe}; patterns are
/// case-insensitive regular expressions with optional `\;version:\1` and `\;confidence:N` tags;
/// `requires` and `excludes` are honoured. Keys read from the page's response only (headers, markup,
/// script URLs, meta, cookies, URL); DOM, JavaScript-variable and DNS keys are ignored.
class TechFingerprints final
{
public:
    /// Parses one technologies file; @p origin names it in errors (with the technology at fault).
    static Result<TechFingerprints> parse(const QByteArray &json, const QString &origin);
    /// Every fingerprints/*.json of @p feeds; a later file's technology replaces one of the same name.
    static Result<TechFingerprints> fromFeeds(const Feeds &feeds);

    /// Technologies on the page, each once (with the longest version seen), implied ones added.
    QList<TechDetection> detect(const PageFacts &page) const;
    qsizetype size() const { return m_rules.size(); }

private:
    struct Pattern
    {
        QRegularExpression regex;
        QString versionTemplate;
        int confidence = 100;
    };
    struct Keyed
    {
        QString key; ///< lower-case header/meta/cookie name
        Pattern pattern;
    };
    struct Rule
    {
        QString name, cpe;
        QList<int> cats;
        QStringList implies;
        QStringList needs;    ///< detected only alongside one of these (webappanalyzer `requires`)
        QStringList rulesOut; ///< dropped when this one is detected (`excludes` of the other rule)
        QList<Keyed> headers, metas, cookies;
        QList<Pattern> html, scriptSrc, url;
    };
    static Result<Pattern> parsePattern(const QString &text);
    static QString version(const Pattern &p, const QRegularExpressionMatch &m);

    QList<Rule> m_rules;
};

} // namespace Govscope::Sdk
