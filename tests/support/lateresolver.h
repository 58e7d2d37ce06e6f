#pragma once

// A DNS resolver for tests that answers every question the first time too late: it relays queries to the
// world's resolver and holds back the first answer to each question for a while, as a loaded machine's
// resolver queue does. A check that gives up on the first timeout differs from one that asks again.

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QUdpSocket>

class QNetworkDatagram;

namespace Govscope::Testing {

class LateResolver final : public QObject
{
public:
    explicit LateResolver(int delayMs);

    /// Listens on @p address port 53 (where QDnsLookup's setNameserver sends its questions).
    bool listen(const QString &address);
    int delayed = 0; ///< answers held back

private:
    void relay(const QNetworkDatagram &query);

    int m_delayMs;
    QUdpSocket m_front;
    QSet<QByteArray> m_seen;
};

} // namespace Govscope::Testing
