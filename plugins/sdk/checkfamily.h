#pragma once

#include "checkinfo.h"

#include <QCoroTask>
#include <QtPlugin>

namespace Govscope::Sdk {

class CheckContext;

/// One family of checks (spec/checks.md §1–10), a static Qt plugin. The engine calls run() once per
/// organisation in scope, on the network thread, and awaits it; run() reports everything through
/// the context and must return promptly once ctx.cancelled() is true.
class CheckFamily
{
public:
    virtual ~CheckFamily() = default;

    virtual QString id() const = 0;      ///< "domain", "entity", … as in spec/checks.md
    virtual QString name() const = 0;    ///< human name (tr), e.g. "Domain names" / 域名安全
    virtual QString version() const = 0; ///< bumped when a check's logic changes; recorded per result
    virtual QList<CheckInfo> checks() const = 0;

    /// Runs every check of the family for ctx.org().
    virtual QCoro::Task<void> run(CheckContext &ctx) = 0;
};

} // namespace Govscope::Sdk

#define GovscopeCheckFamily_iid "org.govscope.CheckFamily/1"
Q_DECLARE_INTERFACE(Govscope::Sdk::CheckFamily, GovscopeCheckFamily_iid)
