#pragma once

#include "pagesimilarity.h"
#include "visualsimilarity.h"

#include <array>

namespace Govscope::Counterfeit {

/// The look-alike verdict when both pages were captured: a logistic model over the page signals (title,
/// text, structure, favicon, org name) and the visual ones (pHash, dHash, block SSIM, header band, colour
/// overlap). The weights are SET BY HAND for now (no labelled set has been fitted yet: issue 11 asks for
/// it); each feature's contribution is shown to the auditor in the explanation, so the verdict stays
/// checkable, but the figures are not measured precision.
namespace ScoreModel {

enum Feature { Title, Text, Structure, Favicon, OrgName, PHash, DHash, Ssim, Header, Histogram, FeatureCount };
using Vector = std::array<double, FeatureCount>;

/// The features of a pair: the page scores, and the visual ones (0 when not compared).
Vector features(const SimilarityScores &page, const Sdk::Visual::VisualScores &visual);
const Vector &weights();
double bias();
const char *featureName(int feature);
/// Probability in [0,1] that the pair is a copy.
double score(const Vector &x);
/// Fills @p s.visual, @p s.combined (model, capped below 0.5 when the candidate's capture is blank) and
/// @p s.explanation.
void apply(SimilarityScores &s, const Sdk::Visual::VisualScores &visual, bool candidateBlank);

} // namespace ScoreModel

} // namespace Govscope::Counterfeit
