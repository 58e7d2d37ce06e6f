#pragma once

// Helpers shared by the case-file tests: raw SQLite access that bypasses CaseFile (to build files
// CaseFile must refuse) and a fingerprint to prove a refused file was not touched.

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace CaseFileTest {

/// SHA-256 of a file's bytes, or "missing".
inline QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Runs @p statements on @p path with a plain SQLite connection (no Govscope pragmas); returns the
/// first column of the last statement's first row.
inline QVariant rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            last = q.next() ? q.value(0) : QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

} // namespace CaseFileTest
