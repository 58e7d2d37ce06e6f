#pragma once

#include "weakpassword.h"

namespace Govscope::Vuln {

/// vuln.weak_password on Redis (authorised orgs only): an AUTH with each listed redis password on
/// a port that asks for one. A Redis without any password is datasec.open_database's finding.
namespace RedisAuth {

enum class Reply {
    Accepted,   ///< +OK
    Refused,    ///< WRONGPASS / invalid password
    NoPassword, ///< the server has no password set: nothing to guess
    Unknown,
};

Reply classify(const QByteArray &reply);

/// Tries the "redis" credentials (at most WeakPassword::MaxAttempts) on each of @p hosts:6379.
QCoro::Task<void> check(Sdk::CheckContext &ctx, const QStringList &hosts, const QList<Credential> &credentials);

} // namespace RedisAuth

} // namespace Govscope::Vuln
