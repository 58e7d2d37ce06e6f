#pragma once

#include "htmldocument.h"

#include <QCoroTask>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {
class HttpProbe;
struct SitePage;
} // namespace Govscope::Sdk

namespace Govscope::Identifier {

/// A home page's footer as a visitor's browser shows it: the page without its comments (HTML, JSP,
/// template), plus what its inline scripts and its same-site external scripts write with
/// `document.write`/`writeln` — many portals write the whole footer from a shared footer.js.
struct FooterReading
{
    QString markup;             ///< the page without comments, then everything its scripts write
    QString text;               ///< PageText::readerText of it: what the rules match
    Sdk::HtmlDocument document; ///< the page without comments (for its SiteIDCode meta)
    QString externalWritten;    ///< what the same-site external scripts write
    QStringList scriptsRead;    ///< external scripts fetched and read ("URL → HTTP 200")
    QStringList unread;         ///< same-site scripts that could not be read, with why: the reading is then partial

    /// Reads @p html, with @p externalWritten as what its external scripts wrote.
    static FooterReading read(const QString &html, const QString &externalWritten = {});
    /// Fetches the page's same-site external scripts (at most MaxScripts, each at most MaxScriptBytes,
    /// scripts they load included) and reads the page again with what they write.
    static QCoro::Task<void> readScripts(Sdk::HttpProbe &http, const Sdk::SitePage &page, FooterReading &reading);

    static constexpr int MaxScripts = 8;
    static constexpr qint64 MaxScriptBytes = 512 * 1024;
};

} // namespace Govscope::Identifier
