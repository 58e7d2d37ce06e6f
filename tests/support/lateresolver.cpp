#include "lateresolver.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QTimer>

namespace Govscope::Testing {

LateResolver::LateResolver(int delayMs)
    : m_delayMs(delayMs)
{
    connect(&m_front, &QUdpSocket::readyRead, this, [this] {
        while (m_front.hasPendingDatagrams())
            relay(m_front.receiveDatagram());
    });
}

bool LateResolver::listen(const QString &address)
{
    return m_front.bind(QHostAddress(address), 53);
}

void LateResolver::relay(const QNetworkDatagram &query)
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

} // namespace Govscope::Testing
