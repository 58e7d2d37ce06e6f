#pragma once

#include <QString>

namespace Govscope::Report {

/// The catalogue cites its legal basis in Chinese only. An English report renders the citation in English:
/// the known regulations by their English titles, 第N条 as "Article N", 第N章 as "Chapter N", document numbers
/// such as 国办发〔2017〕47号 as "Guobanfa [2017] No. 47"; explanatory notes in brackets are left out (the
/// advice says the same in English). A title it does not know is kept as written, not guessed.
QString legalBasisInEnglish(const QString &citation);

/// Chinese numerals up to 99 (五, 十三, 二十七) as an integer; 0 when @p text is not one.
int chineseNumber(const QString &text);

} // namespace Govscope::Report
