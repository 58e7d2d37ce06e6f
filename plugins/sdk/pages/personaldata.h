#pragma once

#include <QList>
#include <QString>

namespace Govscope::Sdk {

/// Personal data found in text, already masked: the plain value never leaves the detector.
struct PersonalDataMatch
{
    enum Kind { ResidentId, Mobile, BankCard } kind;
    QString masked; ///< e.g. 110105********002X, 138****0001, 629999******1234
};

/// Detectors for unmasked personal data in published text (spec/checks.md datasec.sensitive_disclosure):
/// resident ID numbers valid under GB 11643 (check digit, a real date not in the future, a province
/// code that exists), mainland mobile numbers, and bank card numbers that pass Luhn. Numbers that
/// are part of a longer run of digits, letters or '*' are not taken, so masked copies never match.
namespace PersonalData {

QList<PersonalDataMatch> find(const QString &text);

bool isValidResidentId(const QString &id);
bool passesLuhn(const QString &digits);
QString maskResidentId(const QString &id);
QString maskMobile(const QString &mobile);
QString maskCard(const QString &card);
QString kindId(PersonalDataMatch::Kind kind); ///< "id", "mobile", "card"

/// @p text with every resident-ID-shaped and mobile-shaped number masked as find() masks them, valid or not
/// (masking a look-alike costs nothing, missing one leaks), unless part of a longer run of digits. For text that
/// may have slipped past the checks, which store their summaries masked already: the report masks with this.
QString maskAll(const QString &text);

} // namespace PersonalData

} // namespace Govscope::Sdk
