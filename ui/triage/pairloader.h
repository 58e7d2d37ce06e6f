#pragma once

#include "imagediff.h"
#include "triagesuspect.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>

namespace Govscope::Ui::Triage {

/// The two screenshots of a suspect, decoded, with where they differ.
struct ScreenshotPair
{
    qint64 findingId = 0;
    QImage candidate, original;
    ImageDiff::Result diff;
    QString error; ///< why a picture is missing, empty when both were read
};

/// Reads and decodes a suspect's screenshots and computes their difference on the thread pool, keeping the
/// last few pairs so that moving to the next suspect (fetched ahead) shows it at once. Only reads the case.
class PairLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairLoader)

public:
    explicit PairLoader(QObject *parent = nullptr);

    /// Forgets every pair (another case, or none).
    void setCasePath(const QString &path);
    /// The pair of finding @p id when it is loaded; null otherwise.
    const ScreenshotPair *cached(qint64 id) const;
    /// Starts reading @p suspect's pair unless it is cached or on its way; loaded() tells when it is.
    void request(const Suspect &suspect);

    /// Pairs kept: the one shown, the ones fetched ahead and a few behind (about 10 MB each).
    static constexpr int kCacheSize = 8;

Q_SIGNALS:
    void loaded(qint64 findingId);

private:
    void store(ScreenshotPair pair, quint64 generation);

    QString m_path;
    quint64 m_generation = 0;
    QHash<qint64, ScreenshotPair> m_cache;
    QList<qint64> m_order; ///< oldest first, for eviction
    QSet<qint64> m_inFlight;
};

} // namespace Govscope::Ui::Triage
