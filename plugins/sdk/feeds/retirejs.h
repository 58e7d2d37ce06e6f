#pragma once

#include "result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

class Feeds;

/// A JavaScript library version found by a retire.js extractor.
struct JsLibrary
{
    QString library; ///< retire.js component name ("jquery")
    QString version;
    QString how; ///< "uri https://…/jquery-1.8.3.min.js" or "filecontent of …", for evidence
};

/// One retire.js vulnerability entry.
struct JsVulnerability
{
    QString atOrAbove, below; ///< affected range (either bound may be empty)
    QString severity;         ///< "low", "medium", "high", "critical"
    QStringList cves;
    QString summary;
    QStringList info;

    bool affects(const QString &version) const;
    bool highOrCritical() const;
    QString label() const; ///< "CVE-2099-0003 (high): summary"
};

/// retire.js `jsrepository` JSON: per library, extractors (uri, filename, filecontent regexes with
/// a §§version§§ placeholder) and vulnerabilities with `atOrAbove`/`below` ranges and severity.
class RetireRepository final
{
public:
    static Result<RetireRepository> parse(const QByteArray &json, const QString &origin);
    /// Every jslibs/*.json of @p feeds; a later file's library replaces one of the same name.
    static Result<RetireRepository> fromFeeds(const Feeds &feeds);

    /// Libraries named by a script URL (uri and filename extractors).
    QList<JsLibrary> fromUrl(const QString &url) const;
    /// Libraries identified by a script's content (filecontent extractors); @p where names the file.
    QList<JsLibrary> fromContent(const QByteArray &content, const QString &where) const;
    QList<JsVulnerability> vulnerabilities(const QString &library, const QString &version) const;
    qsizetype size() const { return m_libraries.size(); }

private:
    struct Library
    {
        QString name;
        QList<QRegularExpression> uri, filename, filecontent;
        QList<JsVulnerability> vulnerabilities;
    };
    QList<Library> m_libraries;
};

} // namespace Govscope::Sdk
