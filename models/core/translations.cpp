#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcTranslations, "govscope.translations")

namespace {

QMutex g_mutex;
QHash<QString, std::shared_ptr<QTranslator>> g_cache; // never shrinks: a translator lives as long as the process
QString g_installed;
QPointer<QTranslator> g_app;
QPointer<QTranslator> g_qt;

QString qmPath(const QString &language)
{
    return u":/i18n/govscope_"_qs + language + u".qm"_qs;
}

} // namespace

QStringList Translations::available()
{
    return {u"zh_CN"_qs, u"en"_qs};
}

QString Translations::forSystemLocale()
{
    // The C library's order: LC_ALL, then LC_MESSAGES, then LANG decide the language of messages.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        return value.startsWith(u"zh"_qs, Qt::CaseInsensitive) ? u"zh_CN"_qs : u"en"_qs;
    }
    for (const QString &ui : QLocale::system().uiLanguages())
        if (ui.startsWith(u"zh"_qs, Qt::CaseInsensitive))
            return u"zh_CN"_qs;
    return u"en"_qs;
}

const QTranslator *Translations::translator(const QString &language)
{
    if (language.isEmpty() || language == u"en"_qs)
        return nullptr;
    QMutexLocker lock(&g_mutex);
    auto it = g_cache.find(language);
    if (it == g_cache.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(qmPath(language))) {
            qCWarning(lcTranslations) << "no compiled-in translation for" << language;
            t.reset();
        }
        it = g_cache.insert(language, t);
    }
    return it.value().get();
}

void Translations::install(const QString &language)
{
    if (g_app)
        QCoreApplication::removeTranslator(g_app);
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt);
    delete g_app;
    delete g_qt;
    QLocale::setDefault(QLocale(language));
    g_installed = language;
    auto *app = new QTranslator(QCoreApplication::instance());
    if (language != u"en"_qs && app->load(qmPath(language))) {
        QCoreApplication::installTranslator(app);
        g_app = app;
    } else {
        delete app;
    }
    // Qt's own strings (standard buttons, file dialogs, QCommandLineParser), when the distribution ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
}

QString Translations::installed()
{
    return g_installed;
}

} // namespace Govscope::Models
