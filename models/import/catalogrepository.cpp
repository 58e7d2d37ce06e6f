#include "catalogrepository.h"

#include <QSqlError>
#include <QVariant>

namespace Govscope::Models {

namespace {

// One lazily prepared statement, reused for every row of a job.
class Statement
{
public:
    Statement(QSqlDatabase &db, QString sql)
        : m_query(db)
        , m_sql(std::move(sql))
    {}

    Result<QSqlQuery *> run(const QVariantList &values)
    {
        if (!m_prepared) {
            if (!m_query.prepare(m_sql))
                return makeError(m_query.lastError().text() + u" in: "_qs + m_sql);
            m_prepared = true;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            // Qt binds a null QString as SQL NULL; the catalogue columns are NOT NULL DEFAULT ''.
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            m_query.bindValue(i, nullText ? QVariant(u""_qs) : v);
        }
        if (!m_query.exec())
            return makeError(m_query.lastError().text() + u" in: "_qs + m_sql);
        return &m_query;
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Runs the key lookup, then the update (by rowid) or the insert; true when inserted.
Result<bool> upsertRow(Statement &find, Statement &update, Statement &insert, const QVariantList &key,
                       QVariantList values)
{
    auto found = find.run(key);
    if (!found)
        return found.error();
    QSqlQuery *q = *found;
    if (q->next()) {
        values.append(q->value(0));
        q->finish();
        if (auto r = update.run(values); !r)
            return r.error();
        return false;
    }
    q->finish();
    if (auto r = insert.run(values); !r)
        return r.error();
    return true;
}

template<typename T, typename Make> Result<QList<T>> selectAll(QSqlDatabase &db, const QString &sql, Make make)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return makeError(q.lastError().text());
    QList<T> list;
    while (q.next())
        list.append(make(q));
    return list;
}

} // namespace

struct CatalogRepository::Statements
{
    explicit Statements(QSqlDatabase &db)
        : findApp(db, u"SELECT id FROM apps WHERE store = ? AND package = ? AND name = ?"_qs)
        , updateApp(db, u"UPDATE apps SET store=?, name=?, developer=?, package=?, version=?, signer_sha256=?, "
                        "icon=?, apk=?, official=?, org=? WHERE id = ?"_qs)
        , insertApp(db, u"INSERT INTO apps (store, name, developer, package, version, signer_sha256, icon, apk, "
                        "official, org) VALUES (?,?,?,?,?,?,?,?,?,?)"_qs)
        , findAccount(db, u"SELECT id FROM accounts WHERE platform = ? AND name = ? AND account_id = ?"_qs)
        , updateAccount(db, u"UPDATE accounts SET platform=?, name=?, account_id=?, operator=?, official=?, org=? "
                            "WHERE id = ?"_qs)
        , insertAccount(db, u"INSERT INTO accounts (platform, name, account_id, operator, official, org) "
                            "VALUES (?,?,?,?,?,?)"_qs)
        , findLead(db, u"SELECT id FROM leads WHERE url = ?"_qs)
        , updateLead(db, u"UPDATE leads SET url=?, org=?, source=?, note=? WHERE id = ?"_qs)
        , insertLead(db, u"INSERT INTO leads (url, org, source, note) VALUES (?,?,?,?)"_qs)
    {}
    Statement findApp, updateApp, insertApp;
    Statement findAccount, updateAccount, insertAccount;
    Statement findLead, updateLead, insertLead;
};

CatalogRepository::CatalogRepository(QSqlDatabase &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>(db))
{}

CatalogRepository::~CatalogRepository() = default;

Result<bool> CatalogRepository::upsert(const App &a)
{
    auto &s = *m_statements;
    return upsertRow(
        s.findApp, s.updateApp, s.insertApp, {a.store, a.package, a.name},
        {a.store, a.name, a.developer, a.package, a.version, a.signerSha256, a.icon, a.apk, a.official ? 1 : 0, a.org});
}

Result<bool> CatalogRepository::upsert(const Account &a)
{
    auto &s = *m_statements;
    return upsertRow(s.findAccount, s.updateAccount, s.insertAccount, {a.platform, a.name, a.accountId},
                     {a.platform, a.name, a.accountId, a.operatorName, a.official ? 1 : 0, a.org});
}

Result<bool> CatalogRepository::upsert(const Lead &l)
{
    auto &s = *m_statements;
    return upsertRow(s.findLead, s.updateLead, s.insertLead, {l.url}, {l.url, l.org, l.source, l.note});
}

Result<QList<App>> CatalogRepository::apps(QSqlDatabase &db)
{
    return selectAll<App>(db,
                          u"SELECT store, name, developer, package, version, signer_sha256, icon, apk, official, org "
                          "FROM apps ORDER BY id"_qs,
                          [](const QSqlQuery &q) {
                              return App{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                         q.value(6).toString(), q.value(7).toString(), q.value(9).toString(),
                                         q.value(8).toBool()};
                          });
}

Result<QList<Account>> CatalogRepository::accounts(QSqlDatabase &db)
{
    return selectAll<Account>(
        db, u"SELECT platform, name, account_id, operator, org, official FROM accounts ORDER BY id"_qs,
        [](const QSqlQuery &q) {
            return Account{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
        });
}

Result<QList<Lead>> CatalogRepository::leads(QSqlDatabase &db)
{
    return selectAll<Lead>(db, u"SELECT url, org, source, note FROM leads ORDER BY id"_qs, [](const QSqlQuery &q) {
        return Lead{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    });
}

} // namespace Govscope::Models
