#include "language.h"

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace Govscope::Ui {

Q_LOGGING_CATEGORY(lcLanguage, "govscope.ui.language")

namespace {
const auto kSettingsKey = u"ui/language"_qs;
}

QStringList Language::available()
{
    return {u"zh_CN"_qs, u"en"_qs};
}

QString Language::saved()
{
    const QString value = QSettings().value(kSettingsKey).toString();
    return available().contains(value) ? value : QString();
}

void Language::save(const QString &language)
{
    QSettings().setValue(kSettingsKey, language);
}

QString Language::effective()
{
    // GOVSCOPE_LANGUAGE lets tests and screenshots pick a language without touching settings.
    if (const QString forced = qEnvironmentVariable("GOVSCOPE_LANGUAGE"); available().contains(forced))
        return forced;
    if (const QString choice = saved(); !choice.isEmpty())
        return choice;
    return Models::Translations::forSystemLocale();
}

void Language::install()
{
    Models::Translations::install(effective());
}

void Language::install(const QString &language)
{
    Models::Translations::install(language);
}

QString Language::nativeName(const QString &language)
{
    return language == u"zh_CN"_qs ? u"简体中文"_qs : u"English"_qs;
}

} // namespace Govscope::Ui
