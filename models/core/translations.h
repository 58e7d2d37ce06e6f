#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace Govscope::Models {

/// The compiled-in translations (:/i18n/govscope_<language>.qm, built from resources/translations).
/// Every binary links them through govscope_models, so the CLI, reports and tests render findings in
/// any language without the GUI.
class Translations final
{
public:
    /// "zh_CN" and "en" (the source language).
    static QStringList available();
    /// The language that fits the process locale (LANG / LC_ALL / LC_MESSAGES, then QLocale::system()).
    static QString forSystemLocale();
    /// A translator of @p language kept for the life of the process; nullptr for "en" or a missing .qm.
    /// Thread-safe (reports render on worker threads).
    static const QTranslator *translator(const QString &language);
    /// Installs @p language into the application (replacing one installed before by this function) and
    /// sets the default QLocale to match. Sends QEvent::LanguageChange to every widget.
    static void install(const QString &language);
    /// The language install() put in place last; empty before.
    static QString installed();
};

} // namespace Govscope::Models
