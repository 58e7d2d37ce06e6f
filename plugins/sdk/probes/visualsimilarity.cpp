#include "visualsimilarity.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace Govscope::Sdk::Visual {

namespace {

/// Grey levels of @p image scaled to w×h (smooth scaling averages the pixels a cell covers).
std::vector<double> grey(const QImage &image, int w, int h)
{
    const QImage small =
        image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    std::vector<double> out(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < w; ++x)
            out[size_t(y * w + x)] = 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
    }
    return out;
}

std::array<double, 64> colourHistogram(const QImage &image)
{
    std::array<double, 64> bins{};
    const QImage small =
        image.scaled(128, 72, Qt::IgnoreAspectRatio, Qt::FastTransformation).convertToFormat(QImage::Format_RGB32);
    const double n = double(small.width()) * small.height();
    for (int y = 0; y < small.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < small.width(); ++x)
            bins[size_t((qRed(line[x]) / 64) * 16 + (qGreen(line[x]) / 64) * 4 + qBlue(line[x]) / 64)] += 1.0 / n;
    }
    return bins;
}

QImage band(const QImage &image, double fraction)
{
    return image.copy(0, 0, image.width(), std::max(1, int(image.height() * fraction)));
}

} // namespace

int hamming(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

quint64 averageHash(const QImage &image)
{
    const std::vector<double> g = grey(image, 8, 8);
    double mean = 0;
    for (double v : g)
        mean += v / 64.0;
    quint64 hash = 0;
    for (size_t i = 0; i < 64; ++i)
        if (g[i] > mean)
            hash |= quint64(1) << i;
    return hash;
}

quint64 differenceHash(const QImage &image)
{
    const std::vector<double> g = grey(image, 9, 8);
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            if (g[size_t(y * 9 + x)] > g[size_t(y * 9 + x + 1)])
                hash |= quint64(1) << (y * 8 + x);
    return hash;
}

quint64 perceptualHash(const QImage &image)
{
    constexpr int N = 64;
    const std::vector<double> g = grey(image, N, N);
    // only the 8×8 lowest frequencies are needed: a separable DCT-II restricted to them
    std::array<std::array<double, N>, 8> basis{};
    for (int k = 0; k < 8; ++k)
        for (int n = 0; n < N; ++n)
            basis[size_t(k)][size_t(n)] = std::cos(M_PI / N * (n + 0.5) * k);
    std::array<std::array<double, N>, 8> rows{}; // rows[k][y]: frequency k along x of row y
    for (int y = 0; y < N; ++y)
        for (int k = 0; k < 8; ++k) {
            double s = 0;
            for (int x = 0; x < N; ++x)
                s += g[size_t(y * N + x)] * basis[size_t(k)][size_t(x)];
            rows[size_t(k)][size_t(y)] = s;
        }
    std::array<double, 64> low{};
    for (int v = 0; v < 8; ++v)
        for (int u = 0; u < 8; ++u) {
            double s = 0;
            for (int y = 0; y < N; ++y)
                s += rows[size_t(u)][size_t(y)] * basis[size_t(v)][size_t(y)];
            low[size_t(v * 8 + u)] = s;
        }
    std::array<double, 64> sorted = low;
    std::nth_element(sorted.begin(), sorted.begin() + 32, sorted.end());
    const double median = sorted[32];
    quint64 hash = 0;
    for (size_t i = 0; i < 64; ++i)
        if (low[i] > median)
            hash |= quint64(1) << i;
    return hash;
}

double blockSsim(const QImage &a, const QImage &b, int width, int height)
{
    if (a.isNull() || b.isNull())
        return 0;
    const std::vector<double> x = grey(a, width, height), y = grey(b, width, height);
    constexpr double C1 = (0.01 * 255) * (0.01 * 255), C2 = (0.03 * 255) * (0.03 * 255);
    double total = 0;
    int blocks = 0;
    for (int by = 0; by + 8 <= height; by += 8)
        for (int bx = 0; bx + 8 <= width; bx += 8) {
            double mx = 0, my = 0;
            for (int j = 0; j < 8; ++j)
                for (int i = 0; i < 8; ++i) {
                    mx += x[size_t((by + j) * width + bx + i)] / 64.0;
                    my += y[size_t((by + j) * width + bx + i)] / 64.0;
                }
            double vx = 0, vy = 0, cov = 0;
            for (int j = 0; j < 8; ++j)
                for (int i = 0; i < 8; ++i) {
                    const double dx = x[size_t((by + j) * width + bx + i)] - mx;
                    const double dy = y[size_t((by + j) * width + bx + i)] - my;
                    vx += dx * dx / 63.0;
                    vy += dy * dy / 63.0;
                    cov += dx * dy / 63.0;
                }
            total += ((2 * mx * my + C1) * (2 * cov + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
            ++blocks;
        }
    return blocks ? std::clamp(total / blocks, 0.0, 1.0) : 0.0;
}

double histogramOverlap(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull())
        return 0;
    const auto ha = colourHistogram(a), hb = colourHistogram(b);
    double common = 0;
    for (size_t i = 0; i < ha.size(); ++i)
        common += std::min(ha[i], hb[i]);
    return std::clamp(common, 0.0, 1.0);
}

double headerBandSimilarity(const QImage &a, const QImage &b, double fraction)
{
    if (a.isNull() || b.isNull())
        return 0;
    const QImage ba = band(a, fraction), bb = band(b, fraction);
    return 0.5 * blockSsim(ba, bb, 256, 32) + 0.5 * histogramOverlap(ba, bb);
}

bool isBlank(const QImage &image, double share)
{
    if (image.isNull())
        return true;
    const QImage small =
        image.scaled(64, 36, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    // the commonest colour, coarsely binned, then every pixel near it
    std::array<int, 4096> bins{};
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QRgb p = small.pixel(x, y);
            ++bins[size_t((qRed(p) / 16) * 256 + (qGreen(p) / 16) * 16 + qBlue(p) / 16)];
        }
    const auto top = size_t(std::max_element(bins.cbegin(), bins.cend()) - bins.cbegin());
    const int r = int(top / 256) * 16 + 8, g = int(top / 16 % 16) * 16 + 8, b = int(top % 16) * 16 + 8;
    int near = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QRgb p = small.pixel(x, y);
            near += std::abs(qRed(p) - r) + std::abs(qGreen(p) - g) + std::abs(qBlue(p) - b) <= 36;
        }
    return near >= share * small.width() * small.height();
}

VisualScores compare(const QImage &original, const QImage &candidate)
{
    VisualScores s;
    if (original.isNull() || candidate.isNull())
        return s;
    s.blank = isBlank(original) || isBlank(candidate);
    if (s.blank)
        return s; // a blank page looks like every other blank page: it proves nothing
    s.compared = true;
    s.aHashDistance = hamming(averageHash(original), averageHash(candidate));
    s.dHashDistance = hamming(differenceHash(original), differenceHash(candidate));
    s.pHashDistance = hamming(perceptualHash(original), perceptualHash(candidate));
    s.aHash = 1.0 - s.aHashDistance / 64.0;
    s.dHash = 1.0 - s.dHashDistance / 64.0;
    s.pHash = 1.0 - s.pHashDistance / 64.0;
    s.ssim = blockSsim(original, candidate);
    s.header = headerBandSimilarity(original, candidate);
    s.histogram = histogramOverlap(original, candidate);
    return s;
}

QString VisualScores::summary() const
{
    if (blank)
        return u"visual: blank capture, not compared"_qs;
    if (!compared)
        return u"visual: no capture to compare"_qs;
    return u"pHash %1/64 bits, dHash %2/64, aHash %3/64, block SSIM %4, header band %5, colour overlap %6"_qs
        .arg(pHashDistance)
        .arg(dHashDistance)
        .arg(aHashDistance)
        .arg(ssim, 0, 'f', 2)
        .arg(header, 0, 'f', 2)
        .arg(histogram, 0, 'f', 2);
}

} // namespace Govscope::Sdk::Visual
