#pragma once

#include "result.h"

#include <QStringList>

#include <optional>

namespace Govscope::Models::Import {

/// Parsing of single cells, shared by the row readers. Every failure message says what a valid value
/// looks like, so the person can correct the cell.

/// Splits a list cell on `;`, `；` or whitespace, dropping empty items.
QStringList splitList(const QString &cell);
/// 是/否, yes/no, y/n, true/false, 1/0 (any case); empty is false; nullopt for anything else.
std::optional<bool> parseBool(const QString &cell);
/// A DNS host name (IDN allowed, converted to ASCII for the check) or an IPv4 address.
bool isHostName(const QString &host);
/// A website: an http(s) URL or a bare host with an optional path. Returns the trimmed text.
Result<QString> parseWebsite(const QString &text);
/// A mail domain such as "example.gov.cn" (a leading "@" is dropped); returned in lower case.
Result<QString> parseMailDomain(const QString &text);
/// An absolute http(s) URL; a URL without scheme gets "http://".
Result<QString> parseUrl(const QString &text);
/// 64 hex digits, colons and spaces allowed between bytes; returned in lower case without separators.
Result<QString> parseSha256(const QString &text);
/// A 6-digit 行政区划代码.
bool isRegionCode(const QString &text);
/// A platform id (wechat_mp, douyin, …) from its id or Chinese name; nullopt when it is neither.
std::optional<QString> platformFrom(const QString &text);

} // namespace Govscope::Models::Import
