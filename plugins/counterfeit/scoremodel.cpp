#include "scoremodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Govscope::Counterfeit::ScoreModel {

namespace {

// Hand-set placeholders, not fitted: a copy needs most of text, title, pHash and SSIM high together to
// pass 0.5 (bias -9). To be replaced by a logistic fit on a labelled capture set (issue 11).
constexpr Vector kWeights{2.0, 3.0, 1.5, 1.0, 0.5, 3.0, 1.0, 3.0, 2.0, 1.0};
constexpr double kBias = -9.0;

const char *const kNames[FeatureCount] = {"title", "text",  "structure",  "favicon",     "org name",
                                          "pHash", "dHash", "block SSIM", "header band", "colour overlap"};

/// A hash distance as a similarity: 32 bits apart is what two unrelated images average.
double hashFeature(int distance)
{
    return std::clamp(1.0 - distance / 32.0, 0.0, 1.0);
}

} // namespace

Vector features(const SimilarityScores &page, const Sdk::Visual::VisualScores &v)
{
    Vector x{};
    x[Title] = page.title;
    x[Text] = page.text;
    x[Structure] = page.structure;
    x[Favicon] = page.faviconEqual ? 1 : 0;
    x[OrgName] = page.orgNamed ? 1 : 0;
    if (v.compared) {
        x[PHash] = hashFeature(v.pHashDistance);
        x[DHash] = hashFeature(v.dHashDistance);
        x[Ssim] = v.ssim;
        x[Header] = v.header;
        x[Histogram] = v.histogram;
    }
    return x;
}

const Vector &weights()
{
    return kWeights;
}

double bias()
{
    return kBias;
}

const char *featureName(int feature)
{
    return kNames[feature];
}

double score(const Vector &x)
{
    double z = kBias;
    for (int i = 0; i < FeatureCount; ++i)
        z += kWeights[size_t(i)] * x[size_t(i)];
    return 1.0 / (1.0 + std::exp(-z));
}

void apply(SimilarityScores &s, const Sdk::Visual::VisualScores &visual, bool candidateBlank)
{
    s.visual = visual;
    s.candidateBlank = candidateBlank;
    if (candidateBlank) {
        // a blank capture looks like every blank page: it may not push a pair over any line
        s.combined = std::min(s.textual, 0.49);
        s.explanation = QCoreApplication::translate(
                            "Govscope::Counterfeit::ScoreModel",
                            "The candidate's screenshot is blank (one colour), so it is scored on its markup alone "
                            "and capped at 0.49: %1.")
                            .arg(s.combined, 0, 'f', 2);
        return;
    }
    if (!visual.compared) {
        s.explanation = QCoreApplication::translate("Govscope::Counterfeit::ScoreModel",
                                                    "Scored %1 on title, text, structure, favicon and org name only "
                                                    "(no screenshot pair to compare).")
                            .arg(s.combined, 0, 'f', 2);
        return;
    }
    s.visualUsed = true;
    const Vector x = features(s, visual);
    s.combined = score(x);
    // the three signals that moved the verdict most, so the auditor knows what to look at
    std::array<int, FeatureCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return kWeights[size_t(a)] * x[size_t(a)] > kWeights[size_t(b)] * x[size_t(b)]; });
    QStringList top;
    for (int i = 0; i < 3; ++i)
        top << u"%1 %2"_qs.arg(QString::fromLatin1(kNames[order[size_t(i)]]))
                   .arg(x[size_t(order[size_t(i)])], 0, 'f', 2);
    const bool similar = s.combined >= SimilarityScores::Threshold;
    s.explanation =
        (similar ? QCoreApplication::translate("Govscope::Counterfeit::ScoreModel",
                                               "Scored %1 (threshold %2): a copy, mostly by %3; the screenshots "
                                               "pHash %4 bits apart, block SSIM %5.")
                 : QCoreApplication::translate("Govscope::Counterfeit::ScoreModel",
                                               "Scored %1 (threshold %2): not a copy; strongest signals %3; the "
                                               "screenshots pHash %4 bits apart, block SSIM %5."))
            .arg(s.combined, 0, 'f', 2)
            .arg(SimilarityScores::Threshold, 0, 'f', 2)
            .arg(top.join(u", "_qs))
            .arg(visual.pHashDistance)
            .arg(visual.ssim, 0, 'f', 2);
}

} // namespace Govscope::Counterfeit::ScoreModel
