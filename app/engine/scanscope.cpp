#include "scanscope.h"

#include "casefile.h"
#include "checkfamily.h"
#include "orgrepository.h"
#include "scanrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Govscope::Engine {

Result<Shard> Shard::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    bool okIndex = false, okCount = false;
    const int index = parts.size() == 2 ? parts[0].trimmed().toInt(&okIndex) : 0;
    const int count = parts.size() == 2 ? parts[1].trimmed().toInt(&okCount) : 0;
    if (!okIndex || !okCount || count < 1 || count > 100000 || index < 1 || index > count)
        return makeError(
            QObject::tr("--shard must be K/N with 1 <= K <= N <= 100000 (for example 2/8), not '%1'.").arg(text));
    return Shard{index, count};
}

int Shard::of(const QString &orgId, int count)
{
    const QByteArray digest = QCryptographicHash::hash(orgId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 head = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                         (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return int(head % quint32(qMax(1, count))) + 1;
}

QStringList Shard::filter(const QStringList &orgIds) const
{
    QStringList kept;
    for (const QString &id : orgIds)
        if (contains(id))
            kept << id;
    return kept;
}

Result<ScanScope> ScanPlanning::resolve(const QString &casePath, const QList<Sdk::CheckFamily *> &available,
                                        const QStringList &families, const QStringList &orgs)
{
    QStringList known;
    for (Sdk::CheckFamily *f : available)
        known << f->id();
    ScanScope scope;
    for (const QString &f : families) {
        if (!known.contains(f))
            return makeError(QObject::tr("unknown check family '%1'; this build has: %2.")
                                 .arg(f, known.isEmpty() ? QObject::tr("none") : known.join(u", "_qs)));
        if (!scope.families.contains(f))
            scope.families << f;
    }
    if (scope.families.isEmpty())
        scope.families = known;

    Models::Connection conn(casePath, true);
    if (!conn.ok())
        return makeError(conn.error());
    auto all = Models::OrgRepository::all(conn.db());
    if (!all)
        return all.error();
    QStringList ids;
    for (const Models::Organization &o : *all)
        ids << o.id;
    for (const QString &id : orgs) {
        if (!ids.contains(id))
            return makeError(
                QObject::tr("no organisation with id '%1' in %2; `govscope orgs %2` lists them.").arg(id, casePath));
        if (!scope.orgs.contains(id))
            scope.orgs << id;
    }
    if (scope.orgs.isEmpty())
        scope.orgs = ids;
    scope.families.sort();
    scope.orgs.sort();
    return scope;
}

Result<std::optional<ResumableScan>> ScanPlanning::resumable(const QString &casePath)
{
    Models::Connection conn(casePath, true);
    if (!conn.ok())
        return makeError(conn.error());
    auto latest = Models::ScanRepository::latestUnfinished(conn.db());
    if (!latest)
        return latest.error();
    if (!*latest)
        return std::optional<ResumableScan>();
    auto tasks = Models::ScanRepository::tasks(conn.db(), (*latest)->id);
    if (!tasks)
        return tasks.error();
    ResumableScan r{**latest, 0, int(tasks->size())};
    for (const Models::ScanTask &t : *tasks)
        r.undoneTasks += t.done ? 0 : 1;
    return std::optional<ResumableScan>(r);
}

bool ScanPlanning::sameScope(const Models::Scan &scan, const ScanScope &scope)
{
    QStringList families = scan.families;
    QStringList orgs = scan.orgs;
    families.sort();
    orgs.sort();
    return families == scope.families && orgs == scope.orgs;
}

Result<QStringList> ScanPlanning::feedDirs(const QString &userDir)
{
    QStringList dirs;
    const QStringList shipped = {
        QCoreApplication::applicationDirPath() + u"/../share/govscope/feeds"_qs,
        QStringLiteral(GOVSCOPE_RESOURCES_DIR "/feeds"), // running from a build tree
    };
    for (const QString &d : shipped) {
        if (QFileInfo(d).isDir()) {
            dirs << QDir::cleanPath(d);
            break;
        }
    }
    if (!userDir.isEmpty()) {
        if (!QFileInfo(userDir).isDir())
            return makeError(QObject::tr("feeds directory %1 does not exist; give a directory laid out as in "
                                         "spec/interfaces.md (rir/, cloud/, vuln/, …).")
                                 .arg(userDir));
        dirs << QDir::cleanPath(userDir);
    } else {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/feeds"_qs;
        if (QFileInfo(data).isDir())
            dirs << data;
    }
    return dirs;
}

} // namespace Govscope::Engine
