#include "language.h"

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
    for (const QString &ui : QLocale::system().uiLanguages())
        if (ui.startsWith(u"zh"_qs, Qt::CaseInsensitive))
            return u"zh_CN"_qs;
    return u"en"_qs;
}

void Language::install()
{
    const QString language = effective();
    QLocale::setDefault(QLocale(language));
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(u":/i18n/govscope_"_qs + language + u".qm"_qs))
        QCoreApplication::installTranslator(translator);
    else
        qCWarning(lcLanguage) << "no compiled-in translation for" << language;
    // Qt's own strings (standard buttons, file dialogs), when the distribution ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString Language::nativeName(const QString &language)
{
    return language == u"zh_CN"_qs ? u"简体中文"_qs : u"English"_qs;
}

} // namespace Govscope::Ui
