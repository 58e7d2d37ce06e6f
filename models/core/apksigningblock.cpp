#include "apksigningblock.h"

#include "table.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QtEndian>

#include <optional>

namespace Govscope::Models::Import {

namespace {

constexpr quint32 kEocdMagic = 0x06054b50;
constexpr qint64 kEocdSize = 22;
constexpr qint64 kMaxCommentSize = 0xFFFF;
constexpr qint64 kMaxBlockSize = 16LL * 1024 * 1024;
constexpr quint32 kV2Id = 0x7109871a;
constexpr quint32 kV3Id = 0xf05368c0;
const QByteArray kMagic = QByteArrayLiteral("APK Sig Block 42");

// A cursor over length-prefixed little-endian data that fails (returns nullopt) instead of overrunning.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    std::optional<quint32> u32()
    {
        if (m_pos + 4 > m_data.size())
            return std::nullopt;
        const quint32 v = qFromLittleEndian<quint32>(m_data.data() + m_pos);
        m_pos += 4;
        return v;
    }
    std::optional<QByteArrayView> prefixed()
    {
        const auto length = u32();
        if (!length || *length > quint64(m_data.size() - m_pos))
            return std::nullopt;
        const QByteArrayView v = m_data.sliced(m_pos, *length);
        m_pos += *length;
        return v;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// signers -> first signer -> signed data -> (digests, certificates) -> first certificate. v3 only adds
// fields after these, so the same path serves both schemes.
std::optional<QByteArrayView> firstCertificate(QByteArrayView schemeValue)
{
    Reader scheme(schemeValue);
    const auto signers = scheme.prefixed();
    if (!signers)
        return std::nullopt;
    Reader signerList(*signers);
    const auto signer = signerList.prefixed();
    if (!signer)
        return std::nullopt;
    Reader signerReader(*signer);
    const auto signedData = signerReader.prefixed();
    if (!signedData)
        return std::nullopt;
    Reader data(*signedData);
    if (!data.prefixed()) // digests
        return std::nullopt;
    const auto certificates = data.prefixed();
    if (!certificates)
        return std::nullopt;
    Reader certReader(*certificates);
    const auto cert = certReader.prefixed();
    if (!cert || cert->isEmpty())
        return std::nullopt;
    return cert;
}

Error damaged(const QString &why)
{
    return makeError(ImportText::tr("the APK Signing Block is damaged (%1)").arg(why));
}

} // namespace

Result<QString> ApkSigningBlock::signerSha256(QIODevice *device)
{
    const qint64 size = device->size();
    const qint64 tailSize = qMin(size, kEocdSize + kMaxCommentSize);
    if (!device->seek(size - tailSize))
        return QString();
    const QByteArray tail = device->read(tailSize);
    qint64 eocd = -1;
    for (qint64 i = tail.size() - kEocdSize; i >= 0; --i)
        if (qFromLittleEndian<quint32>(tail.constData() + i) == kEocdMagic) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return QString(); // not a ZIP the block could be in; the ZIP reader reports that better
    const qint64 cdOffset = qFromLittleEndian<quint32>(tail.constData() + eocd + 16);
    if (cdOffset < 32 || cdOffset > size || !device->seek(cdOffset - 24))
        return QString();
    const QByteArray footer = device->read(24);
    if (footer.size() != 24 || footer.mid(8) != kMagic)
        return QString(); // no v2/v3 signature
    const quint64 blockSize = qFromLittleEndian<quint64>(footer.constData());
    if (blockSize < 24 || blockSize > quint64(kMaxBlockSize) || qint64(blockSize) + 8 > cdOffset)
        return damaged(ImportText::tr("impossible size %1").arg(blockSize));
    if (!device->seek(cdOffset - qint64(blockSize) - 8))
        return damaged(ImportText::tr("cannot seek to it"));
    const QByteArray block = device->read(qint64(blockSize) + 8);
    if (block.size() != qint64(blockSize) + 8 || qFromLittleEndian<quint64>(block.constData()) != blockSize)
        return damaged(ImportText::tr("its two sizes differ"));

    // ID-value pairs, each with a 64-bit length; they sit between the leading size and the footer.
    std::optional<QByteArrayView> v2, v3;
    const QByteArrayView pairs = QByteArrayView(block).sliced(8, qsizetype(blockSize) - 24);
    qsizetype pos = 0;
    while (pos + 12 <= pairs.size()) {
        const quint64 length = qFromLittleEndian<quint64>(pairs.data() + pos);
        if (length < 4 || length > quint64(pairs.size() - pos - 8))
            return damaged(ImportText::tr("a pair overruns the block"));
        const quint32 id = qFromLittleEndian<quint32>(pairs.data() + pos + 8);
        const QByteArrayView value = pairs.sliced(pos + 12, qsizetype(length) - 4);
        if (id == kV2Id)
            v2 = value;
        else if (id == kV3Id)
            v3 = value;
        pos += 8 + qsizetype(length);
    }
    if (!v2 && !v3)
        return QString();
    const auto cert = firstCertificate(v3 ? *v3 : *v2);
    if (!cert)
        return damaged(ImportText::tr("no signer certificate in the v%1 scheme").arg(v3 ? 3 : 2));
    return QString::fromLatin1(QCryptographicHash::hash(*cert, QCryptographicHash::Sha256).toHex());
}

} // namespace Govscope::Models::Import
