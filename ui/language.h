#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Ui {

/// The UI language: the saved choice (View ▸ Language) or else the system locale; Chinese is the
/// main language of the users, English the source.
class Language final
{
public:
    /// "zh_CN" or "en".
    static QStringList available();
    /// The saved choice, empty when the system locale decides.
    static QString saved();
    static void save(const QString &language);
    /// The language in effect: saved() or the one that fits QLocale::system().
    static QString effective();
    /// Loads the compiled-in translation of effective() into the application and sets the default
    /// QLocale to match, so numbers, dates and family names follow the UI language.
    static void install();
    /// Switches the running application to @p language (widgets get QEvent::LanguageChange).
    static void install(const QString &language);
    /// The name of a language in itself (简体中文, English) for the menu.
    static QString nativeName(const QString &language);
};

} // namespace Govscope::Ui
