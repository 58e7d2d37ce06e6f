#include "imagediff.h"

#include <QColor>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Govscope::Ui::Triage {

namespace {

// Below this difference (of 255) a pixel counts as equal: compression noise and font hinting.
constexpr int kNoise = 24;

QImage downscale(const QImage &image, const QSize &size)
{
    return image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
}

// Yellow (a little) through orange to red (a lot), more opaque the larger the difference.
QRgb heatColour(int delta)
{
    const int t = std::clamp((delta - kNoise) * 255 / (255 - kNoise), 0, 255);
    const int green = 230 - t * 230 / 255;
    const int alpha = 70 + t * 100 / 255; // the candidate stays visible under the hottest spot
    return qRgba(255, green, 0, alpha);
}

} // namespace

ImageDiff::Result ImageDiff::compare(const QImage &candidate, const QImage &original)
{
    Result result;
    if (candidate.isNull() || original.isNull() || candidate.width() <= 0)
        return result;
    const int width = std::min(kWidth, candidate.width());
    const int height = std::max(1, candidate.height() * width / candidate.width());
    const QSize size(width, height);
    const QImage a = downscale(candidate, size);
    const QImage b = downscale(original, size);

    // Per-pixel largest channel difference, then a 3×3 box mean so isolated specks do not light up.
    std::vector<int> delta(size_t(width) * size_t(height));
    for (int y = 0; y < height; ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])), std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pb[x]))});
            delta[size_t(y) * size_t(width) + size_t(x)] = d;
        }
    }
    result.heat = QImage(size, QImage::Format_ARGB32);
    qint64 changed = 0, sum = 0;
    for (int y = 0; y < height; ++y) {
        auto *out = reinterpret_cast<QRgb *>(result.heat.scanLine(y));
        for (int x = 0; x < width; ++x) {
            int total = 0, n = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int yy = y + dy, xx = x + dx;
                    if (yy < 0 || yy >= height || xx < 0 || xx >= width)
                        continue;
                    total += delta[size_t(yy) * size_t(width) + size_t(xx)];
                    ++n;
                }
            const int d = total / n;
            sum += delta[size_t(y) * size_t(width) + size_t(x)];
            if (d > kNoise) {
                ++changed;
                out[x] = heatColour(d);
            } else {
                out[x] = qRgba(0, 0, 0, 0);
            }
        }
    }
    const double pixels = double(width) * double(height);
    result.changed = double(changed) / pixels;
    result.meanDelta = double(sum) / (pixels * 255.0);
    return result;
}

} // namespace Govscope::Ui::Triage
