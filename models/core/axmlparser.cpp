#include "axmlparser.h"

#include "table.h"

#include <QtEndian>

namespace Govscope::Models::Import {

namespace {

constexpr quint16 kXmlType = 0x0003;
constexpr quint16 kStringPoolType = 0x0001;
constexpr quint16 kStartElementType = 0x0102;
constexpr quint32 kUtf8Flag = 1u << 8;
constexpr quint8 kTypeString = 0x03;
constexpr quint32 kNoIndex = 0xFFFFFFFFu;

// Bounds-checked little-endian reads over the manifest bytes.
class Bytes
{
public:
    explicit Bytes(const QByteArray &data)
        : m_data(data)
    {}
    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset + length <= m_data.size();
    }
    quint8 u8(qint64 o) const { return has(o, 1) ? quint8(m_data[o]) : 0; }
    quint16 u16(qint64 o) const { return has(o, 2) ? qFromLittleEndian<quint16>(m_data.constData() + o) : 0; }
    quint32 u32(qint64 o) const { return has(o, 4) ? qFromLittleEndian<quint32>(m_data.constData() + o) : 0; }
    const char *at(qint64 o) const { return m_data.constData() + o; }

private:
    const QByteArray &m_data;
};

class StringPool
{
public:
    bool load(const Bytes &b, qint64 chunk, quint32 chunkSize)
    {
        m_bytes = &b;
        m_count = b.u32(chunk + 8);
        m_utf8 = b.u32(chunk + 16) & kUtf8Flag;
        m_offsets = chunk + b.u16(chunk + 2);
        m_strings = chunk + b.u32(chunk + 20);
        m_end = chunk + chunkSize;
        return m_count < (1u << 24) && b.has(m_offsets, qint64(m_count) * 4) && m_strings <= m_end;
    }

    std::optional<QString> at(quint32 index) const
    {
        if (index >= m_count)
            return std::nullopt;
        qint64 p = m_strings + m_bytes->u32(m_offsets + qint64(index) * 4);
        if (p >= m_end)
            return std::nullopt;
        if (m_utf8) {
            // UTF-16 length then UTF-8 byte length, each in one or two bytes.
            p += (m_bytes->u8(p) & 0x80) ? 2 : 1;
            qint64 length = m_bytes->u8(p);
            if (length & 0x80) {
                length = ((length & 0x7f) << 8) | m_bytes->u8(p + 1);
                p += 2;
            } else {
                p += 1;
            }
            if (p + length > m_end || !m_bytes->has(p, length))
                return std::nullopt;
            return QString::fromUtf8(m_bytes->at(p), length);
        }
        qint64 length = m_bytes->u16(p);
        if (length & 0x8000) {
            length = ((length & 0x7fff) << 16) | m_bytes->u16(p + 2);
            p += 4;
        } else {
            p += 2;
        }
        if (p + length * 2 > m_end || !m_bytes->has(p, length * 2))
            return std::nullopt;
        QString text(length, Qt::Uninitialized);
        for (qint64 i = 0; i < length; ++i)
            text[i] = QChar(m_bytes->u16(p + i * 2));
        return text;
    }

private:
    const Bytes *m_bytes = nullptr;
    quint32 m_count = 0;
    bool m_utf8 = false;
    qint64 m_offsets = 0, m_strings = 0, m_end = 0;
};

Error damaged(const QString &what)
{
    return makeError(ImportText::tr("AndroidManifest.xml is damaged (%1)").arg(what));
}

} // namespace

Result<ManifestInfo> AxmlParser::parseManifest(const QByteArray &axml)
{
    const Bytes b(axml);
    if (!b.has(0, 8) || b.u16(0) != kXmlType)
        return damaged(ImportText::tr("not binary XML"));
    const qint64 end = qMin<qint64>(b.u32(4), axml.size());
    StringPool pool;
    bool havePool = false;
    qint64 chunk = b.u16(2);
    while (b.has(chunk, 8) && chunk < end) {
        const quint16 type = b.u16(chunk);
        const quint16 headerSize = b.u16(chunk + 2);
        const quint32 size = b.u32(chunk + 4);
        if (size < 8 || headerSize < 8 || headerSize > size || !b.has(chunk, size))
            return damaged(ImportText::tr("a chunk at offset %1 has an impossible size").arg(chunk));
        if (type == kStringPoolType) {
            if (!pool.load(b, chunk, size))
                return damaged(ImportText::tr("bad string pool"));
            havePool = true;
        } else if (type == kStartElementType) {
            if (!havePool)
                return damaged(ImportText::tr("element before the string pool"));
            const qint64 ext = chunk + headerSize;
            if (pool.at(b.u32(ext + 4)).value_or(QString()) != u"manifest"_qs)
                return damaged(ImportText::tr("the first element is not <manifest>"));
            const quint16 attrStart = b.u16(ext + 8);
            const quint16 attrSize = b.u16(ext + 10);
            const quint16 attrCount = b.u16(ext + 12);
            if (attrSize < 20 || !b.has(ext + attrStart, qint64(attrSize) * attrCount) ||
                ext + attrStart + qint64(attrSize) * attrCount > chunk + size)
                return damaged(ImportText::tr("attributes outside their element"));
            ManifestInfo info;
            for (quint16 i = 0; i < attrCount; ++i) {
                const qint64 a = ext + attrStart + qint64(i) * attrSize;
                const QString name = pool.at(b.u32(a + 4)).value_or(QString());
                const quint32 raw = b.u32(a + 8);
                const quint8 dataType = b.u8(a + 15);
                const quint32 data = b.u32(a + 16);
                const quint32 index = raw != kNoIndex ? raw : (dataType == kTypeString ? data : kNoIndex);
                const QString value = index == kNoIndex ? QString() : pool.at(index).value_or(QString());
                if (name == u"package"_qs)
                    info.package = value;
                else if (name == u"versionName"_qs)
                    info.versionName = value;
            }
            if (info.package.isEmpty())
                return damaged(ImportText::tr("<manifest> has no package attribute"));
            return info;
        }
        chunk += size;
    }
    return damaged(ImportText::tr("no <manifest> element"));
}

} // namespace Govscope::Models::Import
