#pragma once

#include "feeds.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QMutex>
#include <QtConcurrent/qtconcurrentrun.h>

#include <functional>
#include <memory>

namespace Govscope::Sdk {

/// The identity of the feed files matching @p patterns (wildcards as Feeds::list): their relative paths and
/// SHA-256s, then @p salt. Two loads of the same identity parse the same bytes.
QByteArray feedIdentity(const Feeds &feeds, const QStringList &patterns, const QByteArray &salt = {});

/// One parse of some feed files, shared by every org of a scan and every family for as long as those files are
/// the same bytes: the one way feeds are cached. A parse of a real NVD year takes about a second, so load() runs
/// it on a worker thread while the network thread serves other checks; callers arriving meanwhile await the same
/// parse. Thread-safe. A failed parse is kept too (its Result says why), until the files change.
template<typename T> class FeedCache final
{
public:
    using Parsed = std::shared_ptr<const Result<T>>;
    using Parser = std::function<Result<T>(const Feeds &)>;
    /// Extra identity, e.g. the day for data whose meaning changes with the date (end-of-life dates pass).
    using Salt = std::function<QByteArray()>;

    FeedCache(QStringList patterns, Parser parser, Salt salt = {})
        : m_patterns(std::move(patterns))
        , m_parser(std::move(parser))
        , m_salt(std::move(salt))
    {}

    /// Parsed on a worker thread.
    QCoro::Task<Parsed> load(const Feeds &feeds)
    {
        QFuture<Parsed> parse;
        {
            QMutexLocker lock(&m_mutex);
            if (const QByteArray key = keyOf(feeds); key != m_key || !m_parse.isValid()) {
                m_key = key;
                m_parse = QtConcurrent::run(
                    [parser = m_parser, feeds] { return std::make_shared<const Result<T>>(parser(feeds)); });
            }
            parse = m_parse;
        }
        co_return co_await parse;
    }

    /// The same, parsed on the calling thread when not cached yet (tests, tools); shares the cache with load().
    Parsed of(const Feeds &feeds)
    {
        QMutexLocker lock(&m_mutex);
        const QByteArray key = keyOf(feeds);
        if (key == m_key && m_parse.isValid() && m_parse.isFinished())
            return m_parse.result();
        auto parsed = std::make_shared<const Result<T>>(m_parser(feeds));
        m_key = key;
        m_parse = QtFuture::makeReadyFuture(parsed);
        return parsed;
    }

private:
    QByteArray keyOf(const Feeds &feeds) const
    {
        return feedIdentity(feeds, m_patterns, m_salt ? m_salt() : QByteArray());
    }

    const QStringList m_patterns;
    const Parser m_parser;
    const Salt m_salt;
    QMutex m_mutex;
    QByteArray m_key;
    QFuture<Parsed> m_parse;
};

} // namespace Govscope::Sdk
