#pragma once

#include <QImage>
#include <QString>

namespace Govscope::Sdk::Visual {

/// dnstwist's image rule: 8×8 grey average hash (a bit per cell: brighter than the mean).
quint64 averageHash(const QImage &image);
/// Difference hash: 9×8 grey, a bit per horizontal neighbour pair (left brighter than right).
quint64 differenceHash(const QImage &image);
/// Perceptual hash as goimagehash (gowitness): 64×64 grey, 2-D DCT, the 8×8 lowest frequencies against
/// their median.
quint64 perceptualHash(const QImage &image);
int hamming(quint64 a, quint64 b);

/// Mean SSIM of 8×8 blocks of the two images in grey, both scaled to @p width × @p height first.
double blockSsim(const QImage &a, const QImage &b, int width = 160, int height = 90);
/// Overlap (histogram intersection, [0,1]) of 4×4×4-bin RGB colour histograms.
double histogramOverlap(const QImage &a, const QImage &b);
/// The top @p fraction of the first screen, where portals put logo, banner and site name: mean of the
/// band's block SSIM and colour overlap.
double headerBandSimilarity(const QImage &a, const QImage &b, double fraction = 0.2);

/// One colour (a blank, a white error page with a line of text, a failed render): at least @p share of
/// a 64×36 thumbnail within a small distance of its commonest colour.
bool isBlank(const QImage &image, double share = 0.985);

/// The visual signals of a candidate's first screen against an original's; each similarity in [0,1].
struct VisualScores
{
    bool compared = false; ///< both captures exist and neither is blank
    bool blank = false;    ///< the candidate (or the original) is blank: visual signals are 0
    int aHashDistance = 64, dHashDistance = 64, pHashDistance = 64;
    double aHash = 0, dHash = 0, pHash = 0; ///< 1 − distance/64
    double ssim = 0, header = 0, histogram = 0;
    QString summary() const;
};

/// CPU work of a few milliseconds per pair: call it off the GUI thread (QtConcurrent).
VisualScores compare(const QImage &original, const QImage &candidate);

} // namespace Govscope::Sdk::Visual
