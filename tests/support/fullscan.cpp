#include "fullscan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>

namespace FullScan {

QString binary()
{
    const QString override = qEnvironmentVariable("GOVSCOPE_SCAN_BINARY");
    return override.isEmpty() ? plainBinary() : override;
}

QString plainBinary()
{
    return QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope");
}

Run run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    prepareScanProcess(p);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void prepareScanProcess(QProcess &p)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GS_MAIL_SL13"_qs, u"World-Test-2099"_qs); // the world's test account (tests/world/gen.py)
    // A sanitizer report must fail the run, not scroll past.
    if (!env.contains(u"ASAN_OPTIONS"_qs))
        env.insert(u"ASAN_OPTIONS"_qs, u"detect_leaks=0:abort_on_error=1"_qs);
    if (!env.contains(u"UBSAN_OPTIONS"_qs))
        env.insert(u"UBSAN_OPTIONS"_qs, u"print_stacktrace=1:halt_on_error=1"_qs);
    p.setProcessEnvironment(env);
}

QStringList scanArgs(const QString &casePath, const QString &profilePath)
{
    QStringList args{u"scan"_qs, casePath, u"--profile"_qs, profilePath, u"--allow-private"_qs};
    const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
    if (!feeds.isEmpty())
        args << u"--feeds"_qs << feeds;
    return args;
}

QString importDemo(const QString &casePath)
{
    for (const char *list : {"orgs", "apps", "accounts", "leads"}) {
        const Run r = run(plainBinary(),
                          {u"import"_qs, casePath,
                           QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/%1.csv").arg(QLatin1String(list)),
                           u"--as"_qs, QLatin1String(list)},
                          120'000);
        if (r.exitCode != 0)
            return r.err;
    }
    return {};
}

QString writeProfile(const QString &dir)
{
    // The demo's profile (scripts/demo-in-world.sh): the world's vantage and the authorised SL13 account.
    const QString vantage = qEnvironmentVariable("GOVSCOPE_WORLD_VANTAGE", u"socks5://127.0.99.2:1080"_qs);
    // GOVSCOPE_FULLSCAN_TIMEOUT_MS shortens the probes' timeout: what a loaded machine does to them, on demand
    const int timeoutMs = qEnvironmentVariableIntValue("GOVSCOPE_FULLSCAN_TIMEOUT_MS") > 0
                              ? qEnvironmentVariableIntValue("GOVSCOPE_FULLSCAN_TIMEOUT_MS")
                              : 4000;
    const QString json = uR"({"concurrency": 64, "per_host": 4, "timeout_ms": %2, "vantage": {"overseas": "%1"},
 "mail": {"idle_seconds": 5, "lockout_attempts": 5,
          "accounts": [{"org": "SL13", "user": "audit-test", "password_env": "GS_MAIL_SL13"}]}})"_qs.arg(vantage)
                             .arg(timeoutMs);
    const QString path = dir + u"/profile.json"_qs;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(json.toUtf8());
    return path;
}

QStringList findingKeys(const QString &casePath, QString *error)
{
    const Run r = run(plainBinary(), {u"findings"_qs, casePath, u"--format"_qs, u"json"_qs}, 120'000);
    if (r.exitCode != 0) {
        *error = u"govscope findings failed: "_qs + r.err;
        return {};
    }
    QStringList keys;
    QSet<qint64> ids;
    for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject f = v.toObject();
        const qint64 id = f[u"id"].toInteger();
        if (ids.contains(id))
            *error = u"finding id %1 listed twice"_qs.arg(id);
        ids.insert(id);
        keys << f[u"org"].toString() + u'\t' + f[u"check"].toString() + u'\t' + f[u"target"].toString() + u'\t' +
                    f[u"status"].toString();
    }
    keys.sort();
    return keys;
}

QStringList alarmingLines(const QString &stderrText)
{
    static const QStringList markers{u"AddressSanitizer"_qs,   u"runtime error:"_qs,     u"ThreadSanitizer"_qs,
                                     u"LeakSanitizer"_qs,      u"Timers cannot"_qs,      u"another thread"_qs,
                                     u"QObject::killTimer"_qs, u"QObject::startTimer"_qs};
    QStringList out;
    for (const QString &line : stderrText.split(u'\n'))
        for (const QString &m : markers)
            if (line.contains(m)) {
                out << line;
                break;
            }
    return out;
}

} // namespace FullScan
