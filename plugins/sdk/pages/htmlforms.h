#pragma once

#include <QList>
#include <QString>

namespace Govscope::Sdk {

/// One <input>, <select> or <button> of a form, with the attributes checks reason about.
struct FormControl
{
    QString tag; ///< "input", "select", "button", "textarea"
    QString type, name, id, placeholder, autocomplete;
    QString text; ///< visible text of a button
};

/// A <form> of a page: its action, controls and visible text (labels included).
struct HtmlForm
{
    QString action, method;
    QList<FormControl> controls;
    QString text; ///< visible text inside the form, whitespace collapsed

    bool hasPassword() const;
};

/// The forms of @p html, parsed with Gumbo within HtmlLimits' defaults (BoundedGumboParse: at most 4 MiB,
/// the page cut where it nests too deep; none when the parser ran out of memory or time), at most 500
/// forms of 2000 controls each. Controls outside any form that a
/// page ties to one with form= are not joined: login pages of interest keep their fields inside.
QList<HtmlForm> parseForms(const QString &html);

} // namespace Govscope::Sdk
