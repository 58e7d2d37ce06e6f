#pragma once

// A DNS resolver for tests that answers every question the first time too late: it relays queries to the
// world's resolver and holds back the first answer to each question for a while, as a loaded machine's
// resolver queue does. A check that gives up on the first timeout differs from one that asks again.

#include <QByteArray>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QSet>
#include <QTimer>
#include <QUdpSocket>

class LateResolver final : public QObject
{
public:
    explicit LateResolver(int delayMs)
        : m_delayMs(delayMs)
    {
        connect(&m_front, &QUdpSocket::readyRead, this, [this] {
            while (m_front.hasPendingDatagrams())
                relay(m_front.receiveDatagram());
        });
    }

    /// Listens on @p address port 53 (where QDnsLookup's setNameserver sends its questions).
    bool listen(const QString &address) { return m_front.bind(QHostAddress(address), 53); }
    int delayed = 0; ///< answers held back

private:
    void relay(const QNetworkDatagram &query)
    {
        const QByteArray question = query.data().mid(12); // without the header (and its id)
        const bool first = !m_seen.contains(question);
        m_seen.insert(question);
        auto *upstream = new QUdpSocket(this);
        connect(upstream, &QUdpSocket::readyRead, this, [this, upstream, query, first] {
            const QByteArray answer = upstream->receiveDatagram().data();
            upstream->deleteLater();
            const QHostAddress to = query.senderAddress();
            const quint16 port = quint16(query.senderPort());
            if (!first) {
                m_front.writeDatagram(answer, to, port);
                return;
            }
            ++delayed;
            QTimer::singleShot(m_delayMs, this, [this, answer, to, port] { m_front.writeDatagram(answer, to, port); });
        });
        upstream->writeDatagram(query.data(), QHostAddress(u"127.0.0.53"_qs), 53);
    }

    int m_delayMs;
    QUdpSocket m_front;
    QSet<QByteArray> m_seen;
};
