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

/// Finds the badge in a page as a browser would show it: comments (HTML, JSP, template) removed, what
/// its inline scripts write added (the `document.write(unescape(...))` embed code and static copies
/// of it), and @p extraMarkup (what its external scripts write). Forms: a link to bszs.conac.cn (bare,
/// or inside `span#_ideConac`/`span._ideConac`), the dcs.conac.cn/biaozhi.conac.cn image (red, blue,
/// red_error), the dynamic script from those hosts.
BadgeFacts find(const QString &html, const QString &extraMarkup = {});
/// The colour named by red.png/blue.png in @p markup (decoding unescape(...) strings first);
/// Unknown when both or neither appear.
BadgeColour colourIn(const QString &markup);

} // namespace Badge

} // namespace Govscope::Identifier
