#pragma once

#include <QImage>

namespace Govscope::Ui::Triage {

/// Where two screenshots differ, for the eye: a heat map on a downscale, transparent where the pixels
/// agree and from yellow to red where they differ most. Pure and thread-safe; the triage view runs it
/// on the thread pool (about 10 ms for two 1366×768 captures on one core).
class ImageDiff final
{
public:
    struct Result
    {
        QImage heat;          ///< ARGB32 at the downscale; stretch it over the candidate to overlay
        double changed = 0;   ///< fraction of the downscaled pixels that differ visibly, 0..1
        double meanDelta = 0; ///< mean per-pixel difference, 0..1
    };

    /// Width the comparison is made at: fine enough to show a replaced form or banner, coarse enough to
    /// ignore anti-aliasing and one-pixel shifts.
    static constexpr int kWidth = 342;

    /// @p candidate against @p original, both scaled to the candidate's aspect at kWidth. A null image
    /// gives a null heat map.
    static Result compare(const QImage &candidate, const QImage &original);
};

} // namespace Govscope::Ui::Triage
