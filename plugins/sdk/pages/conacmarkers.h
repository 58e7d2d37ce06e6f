#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

/// Whether a page carries the CONAC 网上标识 (spec/checks.md §2) in any of its forms, for checks
/// that only need "is there a badge" (counterfeits) without the identifier family's full reading
/// of colour and verification id.
struct ConacMarker
{
    bool present = false;
    QString form;    ///< "_ideConac span", "bszs.conac.cn link", "dcs.conac.cn image", "dcs.conac.cn script", …
    QString snippet; ///< the matched markup with some context, for evidence
};

/// The scripts of a page as a browser would run them: what inline scripts write with
/// `document.write`/`writeln`, and the external scripts it loads.
struct PageScripts
{
    QString written;     ///< markup the inline scripts write (comments removed), in document order
    QStringList sources; ///< src of every external script, as written (also those the written markup loads)
};

namespace ConacMarkers {

/// The badge's markup as CONAC serves it, one case-insensitive pattern each: find() looks for them, and the
/// identifier family reads colour, verification id and script URL from the same ones (one definition).
namespace Patterns {
/// A link to the verification host (sites copy the rendered badge with their own image, or link bare);
/// captures "url".
const QRegularExpression &link();
/// A badge image CONAC serves (red_error.png is the red badge of a site whose record needs attention);
/// captures "host" and "colour" (red or blue).
const QRegularExpression &image();
/// The badge script; captures "url" (as written) and "host".
const QRegularExpression &script();
/// The `_ideConac` span the badge script fills.
const QRegularExpression &ideConacSpan();
/// `unescape("…")`; capture 2 is the encoded text.
const QRegularExpression &unescapeCall();
/// The 32-hex verification id in a bszs.conac.cn URL; capture 1.
const QRegularExpression &verifyId();
} // namespace Patterns

/// The strings that `document.write(unescape("…"))` would render, percent-decoded, wherever they stand in
/// @p markup, one a line.
QString unescaped(const QString &markup);

/// @p html without what a browser or the server's template engine never shows: HTML comments
/// (`<!-- -->`, conditional comments, an unterminated one to the end), JSP/ASP `<%-- --%>`, FreeMarker
/// `<#-- -->`, Handlebars `{{!-- --}}`/`{{! }}`, Jinja/Twig/Django `{# #}` and `{% comment %}`, Smarty
/// `{* *}`, Velocity `#* *#`, Razor `@* *@`, Go `{{/* */}}`. Script and style bodies are left as they are
/// (a `<!--` there is JavaScript's, not a comment of the page).
QString withoutComments(const QString &html);

/// What @p code writes with `document.write`/`writeln` (several calls concatenated). String literals,
/// `+`, `unescape()`, `decodeURIComponent()`/`decodeURI()` are evaluated; any other expression writes
/// nothing (its value is not known without running it). JavaScript comments are skipped. Bounded in
/// input and output size.
QString writtenBy(const QString &code);

/// The inline scripts' output and the external scripts of @p html (comments removed first, parsed
/// with Gumbo). Markup written by script is read again for the scripts it contains, a few levels deep.
PageScripts scripts(const QString &html);

/// Looks for the badge in @p html without its comments, in what its scripts write, in what its
/// `unescape("…")` strings decode to, and in @p extraMarkup (e.g. what its external scripts write).
ConacMarker find(const QString &html, const QString &extraMarkup = {});

} // namespace ConacMarkers

} // namespace Govscope::Sdk
