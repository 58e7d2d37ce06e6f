#pragma once

#include "httpprobe.h"
#include "sitepage.h"

#include <QCoroTask>

namespace Govscope::Supplychain {

/// A page of the site read for client and login requirements.
struct ServicePage
{
    QUrl url;
    QString html;
    Sdk::HttpResult exchange;
};

/// The home page and the service and login pages reachable from it (links whose text or path
/// speaks of 登录, 办事, 服务, login, …), at most two links deep and MaxPages pages in all.
namespace ServicePages {

constexpr int MaxPages = 8;

/// Whether a link leads to a service or login page.
bool looksLikeService(const QString &href, const QString &text);

QCoro::Task<QList<ServicePage>> collect(Sdk::HttpProbe &http, const Sdk::SitePage &home);

} // namespace ServicePages

} // namespace Govscope::Supplychain
