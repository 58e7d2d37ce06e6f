#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Govscope::Sdk {

class ProbeSet;

/// One login attempt of an authorised mail test: who, what, when and what came of it. Never the password.
struct MailAttempt
{
    QDateTime when; ///< UTC
    QString org, user;
    QString host;
    QString channel; ///< "IMAPS 993", "IMAP 143 STARTTLS", "webmail https://…/"
    QString check;   ///< the check that made the attempt
    bool wrongPassword = false;
    QString result; ///< the server's answer in short

    QString toText() const; ///< one line for evidence and logs
};

/// The authorised mail tests' attempt ledger of one scan: every login attempt per account, and the hard cap
/// on wrong passwords (the profile's mail.lockout_attempts) that holds across checks, channels and all the
/// org's mail hosts — an MX pair usually shares one account store, so two hosts must not mean twice the
/// wrong passwords. One per ProbeSet (that is, per scan), found with of().
///
/// Single-threaded like the probes: it lives on the network thread that runs the checks.
class MailAttempts final : public QObject
{
    Q_OBJECT
public:
    /// The ledger of the scan that owns @p probes, created on first use; it lives as long as the probes.
    static MailAttempts &of(ProbeSet &probes);

    explicit MailAttempts(int wrongCap, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MailAttempts)

    int wrongCap() const { return m_wrongCap; }
    int wrongUsed(const QString &org, const QString &user) const;
    int wrongLeft(const QString &org, const QString &user) const { return qMax(0, m_wrongCap - wrongUsed(org, user)); }
    /// Takes one wrong-password attempt from the account's budget; false (and nothing taken) once it is spent.
    bool reserveWrong(const QString &org, const QString &user);
    /// Records an attempt (a wrong one must have been reserved first).
    void record(MailAttempt attempt);
    QList<MailAttempt> attempts(const QString &org, const QString &user) const;

private:
    static QString key(const QString &org, const QString &user);

    int m_wrongCap;
    QHash<QString, int> m_wrongReserved;
    QHash<QString, QList<MailAttempt>> m_log;
};

} // namespace Govscope::Sdk
