#include "orgupserter.h"

#include "assets.h"
#include "orgrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// Qt binds a null QString as SQL NULL; the org columns are NOT NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_qs) : QVariant(s);
}

class Prepared
{
public:
    Prepared(QSqlDatabase &db, const QString &sql)
        : m_query(db)
        , m_sql(sql)
    {
        m_ok = m_query.prepare(sql);
    }

    Result<QSqlQuery *> exec(std::initializer_list<QVariant> values)
    {
        if (!m_ok)
            return makeError(m_query.lastError().text() + u" in: "_qs + m_sql.left(200));
        int i = 0;
        for (const QVariant &v : values)
            m_query.bindValue(i++, v);
        if (!m_query.exec())
            return makeError(m_query.lastError().text() + u" in: "_qs + m_sql.left(200));
        return &m_query;
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_ok = false;
};

} // namespace

struct OrgUpserter::Statements
{
    explicit Statements(QSqlDatabase &db)
        : exists(db, u"SELECT 1 FROM orgs WHERE id = ?"_qs)
        , upsert(db, u"INSERT INTO orgs (id, name, kind, level, role, region, parent, websites, mail_domains, "
                     "webmail, apps, accounts, authorized, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                     "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, level=excluded.level, "
                     "role=excluded.role, region=excluded.region, parent=excluded.parent, "
                     "websites=excluded.websites, mail_domains=excluded.mail_domains, webmail=excluded.webmail, "
                     "apps=excluded.apps, accounts=excluded.accounts, authorized=excluded.authorized, "
                     "updated_at=excluded.updated_at"_qs)
        , dropDeclared(db, u"DELETE FROM assets WHERE org = ? AND source = 'declared'"_qs)
        , addAsset(db, u"INSERT INTO assets (org, type, value, source, first_seen) VALUES (?,?,?,'declared',?) "
                       "ON CONFLICT(org, type, value) DO UPDATE SET source='declared'"_qs)
    {}
    Prepared exists, upsert, dropDeclared, addAsset;
};

OrgUpserter::OrgUpserter(QSqlDatabase &db)
    : m_statements(std::make_unique<Statements>(db))
{}

OrgUpserter::~OrgUpserter() = default;

Result<bool> OrgUpserter::upsert(const Organization &o)
{
    auto &s = *m_statements;
    auto found = s.exists.exec({text(o.id)});
    if (!found)
        return found.error();
    const bool isNew = !(*found)->next();
    (*found)->finish();

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (auto r = s.upsert.exec({text(o.id), text(o.name), toId(o.kind), toId(o.level), toId(o.role), text(o.region),
                                text(o.parent), toJson(o.websites), toJson(o.mailDomains), toJson(o.webmail),
                                toJson(o.apps), toJson(o.accounts), o.authorized ? 1 : 0, now});
        !r)
        return r.error();
    if (auto r = s.dropDeclared.exec({text(o.id)}); !r)
        return r.error();
    for (const Asset &a : declaredAssets(o))
        if (auto r = s.addAsset.exec({text(o.id), toId(a.type), a.value, now}); !r)
            return r.error();
    return isNew;
}

} // namespace Govscope::Models
