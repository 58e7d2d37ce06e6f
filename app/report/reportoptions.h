#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Report {

/// The language a report is written in; every string of one report comes from the same language.
enum class Language { Chinese, English };

/// "zh_CN" or "en" (the values of `--lang`); nullopt-like: returns false in @p ok for anything else.
Language languageFrom(const QString &id, bool *ok = nullptr);
QString languageId(Language language);

/// Picks the phrase of the report's language. The report module keeps its own two-language table (at the
/// call sites) instead of tr(): a report must be in the chosen language whatever the UI language is.
struct Phrase
{
    Language language = Language::Chinese;
    QString operator()(const QString &en, const QString &zh) const { return language == Language::English ? en : zh; }
};

/// Where the signing key comes from. Passphrases are held only in memory for the one signing.
struct SigningSource
{
    QString keyPem;  ///< PEM private key (may be encrypted)
    QString certPem; ///< PEM certificate matching the key
    QString pkcs12;  ///< or a PKCS#12 file holding both
    QByteArray passphrase;
    bool isSet() const { return !keyPem.isEmpty() || !pkcs12.isEmpty(); }
};

/// What `govscope report` and the report dialog ask for.
struct ReportOptions
{
    QString casePath;
    QString outPath;  ///< the bundle (.zip)
    QStringList orgs; ///< empty: every organisation of the case
    Language language = Language::Chinese;
    QString auditor;
    SigningSource signing;
};

} // namespace Govscope::Report
