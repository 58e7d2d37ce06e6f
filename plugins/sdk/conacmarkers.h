#pragma once

#include <QString>

namespace Govscope::Sdk {

/// Whether a page carries the CONAC 网上标识 (spec/checks.md §2) in any of its forms, for checks
/// that only need "is there a badge" (counterfeits) without the identifier family's full reading
/// of colour and verification id.
struct ConacMarker
{
    bool present = false;
    QString form;    ///< "_ideConac span", "bszs.conac.cn link", "dcs.conac.cn image", "dcs.conac.cn script"
    QString snippet; ///< the matched markup with some context, for evidence
};

namespace ConacMarkers {

/// Looks in @p html and in what its `unescape("…")` strings decode to.
ConacMarker find(const QString &html);

} // namespace ConacMarkers

} // namespace Govscope::Sdk
