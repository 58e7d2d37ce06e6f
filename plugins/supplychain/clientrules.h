#pragma once

#include "httpprobe.h"
#include "servicepages.h"

#include <QCoroTask>
#include <QStringList>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Supplychain {

/// supplychain.forced_client and supplychain.single_platform: what a page demands of the visitor's
/// browser and which ways in it offers.
namespace ClientRules {

/// The User-Agent of an old Internet Explorer, compared with the profile's mainstream one.
QString internetExplorerAgent();

/// Quoted signs that @p html demands a browser, client or plug-in ("请使用IE浏览器", "仅支持…浏览器",
/// an ActiveX <object classid="clsid:…">, "需要安装控件"); empty when there are none.
QStringList forcedClientSigns(const QString &html);

/// Whether a mainstream browser is refused or sent elsewhere where IE gets the page.
bool mainstreamRefused(const Sdk::HttpResult &mainstream, const Sdk::HttpResult &ie);

/// The third-party scan login @p html offers ("仅支持微信扫码登录") when it offers no channel of
/// the body's own (password form, 账号密码, 统一身份认证, 短信验证码, …); empty otherwise.
QString onlyThirdPartyLogin(const QString &html);

QCoro::Task<void> forcedClient(Sdk::CheckContext &ctx, const QString &host, const QList<ServicePage> &pages,
                               const Sdk::HttpResult &home);
void singlePlatform(Sdk::CheckContext &ctx, const QString &host, const QList<ServicePage> &pages);

} // namespace ClientRules

} // namespace Govscope::Supplychain
