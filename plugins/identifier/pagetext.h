#pragma once

#include <QString>

namespace Govscope::Identifier::PageText {

/// The text of @p markup as a visitor reads it: text inside inline elements (`<span>`, `<a>`, `<font>`…)
/// joins its neighbours without a gap, block elements and `<br>` start a line of their own, table cells
/// are set apart by a space, other whitespace collapses to one space. Scripts, styles, templates,
/// `<noscript>`, the head and HTML comments are not text. Callers remove template comments first
/// (Sdk::ConacMarkers::withoutComments). Input is capped in size and walked iteratively.
QString readerText(const QString &markup);

/// @p text with full-width ASCII forms (：，－０-９Ａ-Ｚ) and the ideographic and no-break spaces folded
/// to ASCII, character for character, so that offsets into it are offsets into @p text.
QString foldWidth(const QString &text);

} // namespace Govscope::Identifier::PageText
