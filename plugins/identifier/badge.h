#pragma once

#include <QString>

namespace Govscope::Identifier {

/// The colour of a 党政机关/事业单位 badge: red for party and government bodies, blue for institutions.
enum class BadgeColour { None, Red, Blue, Unknown };

QString toId(BadgeColour colour); ///< "none", "red", "blue", "unknown"

/// What a home page shows of the CONAC 网上标识 (spec/checks.md §2).
struct BadgeFacts
{
    bool present = false;
    BadgeColour colour = BadgeColour::None; ///< Unknown when only the dynamic script is embedded
    QString form;                           ///< "static", "document.write" or "script"
    QString scriptUrl;                      ///< the dcs.conac.cn/js/… script that renders it, if any
    QString verifyId;                       ///< the 32-hex id of the bszs.conac.cn link, if any
    QString snippet;                        ///< the markup that was matched, for evidence
};

namespace Badge {

/// Finds the badge in raw HTML: the rendered link to bszs.conac.cn, the dcs.conac.cn image, the
/// dynamic script, and `document.write(unescape(...))` copies (decoded before matching).
BadgeFacts find(const QString &html);
/// The colour named by red.png/blue.png in @p markup (decoding unescape(...) strings first);
/// Unknown when both or neither appear.
BadgeColour colourIn(const QString &markup);

} // namespace Badge

} // namespace Govscope::Identifier
