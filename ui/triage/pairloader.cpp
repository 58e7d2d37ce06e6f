#include "pairloader.h"

#include "blobstore.h"
#include "casefile.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Govscope::Ui::Triage {

namespace {

QImage readImage(QSqlDatabase &db, const QString &sha, const QString &role, QStringList &errors)
{
    if (sha.isEmpty()) {
        errors
            << QCoreApplication::translate("Govscope::Ui::Triage::PairLoader", "no %1 screenshot was stored").arg(role);
        return {};
    }
    auto bytes = Models::BlobStore::get(db, sha);
    if (!bytes) {
        errors << bytes.errorMessage();
        return {};
    }
    QImage image = QImage::fromData(*bytes);
    if (image.isNull())
        errors << QCoreApplication::translate("Govscope::Ui::Triage::PairLoader", "the %1 screenshot cannot be decoded")
                      .arg(role);
    // one format for both, so painting and the wipe do not convert on the GUI thread
    return image.isNull() ? image : image.convertToFormat(QImage::Format_RGB32);
}

ScreenshotPair readPair(const QString &path, const Suspect &s)
{
    ScreenshotPair pair;
    pair.findingId = s.findingId;
    Models::Connection conn(path, true);
    if (!conn.ok()) {
        pair.error = conn.error();
        return pair;
    }
    QStringList errors;
    pair.candidate = readImage(conn.db(), s.candidateBlob,
                               QCoreApplication::translate("Govscope::Ui::Triage::PairLoader", "candidate"), errors);
    pair.original = readImage(conn.db(), s.originalBlob,
                              QCoreApplication::translate("Govscope::Ui::Triage::PairLoader", "original"), errors);
    pair.diff = ImageDiff::compare(pair.candidate, pair.original);
    pair.error = errors.join(u"; "_qs);
    return pair;
}

} // namespace

PairLoader::PairLoader(QObject *parent)
    : QObject(parent)
{}

void PairLoader::setCasePath(const QString &path)
{
    m_path = path;
    ++m_generation; // pairs still on their way belong to the old case
    m_cache.clear();
    m_order.clear();
    m_inFlight.clear();
}

const ScreenshotPair *PairLoader::cached(qint64 id) const
{
    const auto it = m_cache.constFind(id);
    return it == m_cache.cend() ? nullptr : &it.value();
}

void PairLoader::request(const Suspect &suspect)
{
    if (m_path.isEmpty() || m_cache.contains(suspect.findingId) || m_inFlight.contains(suspect.findingId))
        return;
    m_inFlight.insert(suspect.findingId);
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<ScreenshotPair>(this);
    connect(watcher, &QFutureWatcher<ScreenshotPair>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        store(watcher->result(), generation);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, suspect] { return readPair(path, suspect); }));
}

void PairLoader::store(ScreenshotPair pair, quint64 generation)
{
    if (generation != m_generation)
        return;
    const qint64 id = pair.findingId;
    m_inFlight.remove(id);
    m_cache.insert(id, std::move(pair));
    m_order.removeAll(id);
    m_order.append(id);
    while (m_order.size() > kCacheSize)
        m_cache.remove(m_order.takeFirst());
    Q_EMIT loaded(id);
}

} // namespace Govscope::Ui::Triage
