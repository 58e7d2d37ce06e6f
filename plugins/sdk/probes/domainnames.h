#pragma once

#include <QString>

namespace Govscope::Sdk {

/// Domain name facts by the Public Suffix List (libpsl) and IDNA. Every function takes a host in
/// either form (ASCII/punycode or Unicode, any case, with or without a trailing dot) and returns
/// the ASCII (punycode) form, so results compare equal whatever form the org list used.
class DomainNames final
{
public:
    /// Lower-case ASCII form (xn--… for IDN labels); empty when @p host is not a valid name.
    static QString toAscii(const QString &host);
    /// Unicode form for people (政务 instead of xn--zfr164b).
    static QString toUnicode(const QString &host);

    /// The public suffix of @p host by the PSL ("gov.cn" for www.example.gov.cn).
    static QString publicSuffix(const QString &host);
    /// The registrable domain (public suffix plus one label): "example.gov.cn" for
    /// www.example.gov.cn; empty when @p host is itself a public suffix or not a valid name.
    static QString registrableDomain(const QString &host);
    static bool isPublicSuffix(const QString &host);
    /// True when the registrable domain has a non-ASCII (IDN) label, e.g. 示例.政务 — a "Chinese"
    /// domain in the sense of 国办函〔2018〕55号, as opposed to an English one.
    static bool isChineseDomain(const QString &host);

    /// One line saying how the registrable domain was derived, for evidence.
    static QString explain(const QString &host);

    static bool isUnder(const QString &host, const QString &suffix); ///< host == suffix or ends with ".suffix"
    static bool underGovCn(const QString &host);                     ///< .gov.cn
    static bool underZhengwu(const QString &host);                   ///< .政务 (xn--zfr164b)
    static bool underGovSuffix(const QString &host);                 ///< .gov.cn or .政务
    static bool underCn(const QString &host);                        ///< .cn (any second level)
    static bool underGongyi(const QString &host);                    ///< .公益 (xn--55qw42g)

    static constexpr auto ZhengwuAce = "xn--zfr164b";
    static constexpr auto GongyiAce = "xn--55qw42g";
};

} // namespace Govscope::Sdk
