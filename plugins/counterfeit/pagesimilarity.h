#pragma once

#include "visualsimilarity.h"

#include <QByteArray>
#include <QString>

namespace Govscope::Counterfeit {

/// What is compared of a page: its title, visible text, raw HTML (for the tag structure) and
/// the SHA-256 of its favicon (empty when none was fetched).
struct PageFacts
{
    QString title;
    QString text;
    QString html;
    QString faviconSha256;
};

/// How alike a candidate page is to an org's own home page. Every score is in [0, 1].
struct SimilarityScores
{
    double title = 0;     ///< Dice coefficient of character bigrams of the titles
    double text = 0;      ///< TLSH distance mapped to [0,1] when both texts hash, else shingled Jaccard
    QString textMethod;   ///< "tlsh (distance N)" or "jaccard"
    double structure = 0; ///< Jaccard of 4-tag shingles of the start-tag sequence
    bool faviconEqual = false;
    bool orgNamed = false; ///< the org's name appears in the candidate's title or text
    double textual = 0;    ///< the page-only rule below
    double combined = 0;   ///< textual, or ScoreModel's when both pages were captured

    bool visualUsed = false; ///< combined is the fitted model over page and visual signals
    bool candidateBlank = false;
    Sdk::Visual::VisualScores visual;
    QString explanation; ///< one sentence an auditor can check against the screenshots

    /// The weights and threshold below are the documented rule of counterfeit.lookalike_site:
    /// 0.25 title + 0.30 text + 0.25 structure + 0.10 favicon + 0.10 org name ≥ 0.70.
    /// A copy of a portal scores ~1; a sibling site on the same template (own title, headlines and
    /// favicon) scores about 0.5, an unrelated site near 0. With screenshots, ScoreModel decides at the
    /// same threshold.
    static constexpr double Threshold = 0.70;
    bool similar() const { return combined >= Threshold; }
    QString summary() const;
};

namespace PageSimilarity {

double titleSimilarity(const QString &a, const QString &b);
double textJaccard(const QString &a, const QString &b, int shingle = 4);
double structureSimilarity(const QString &htmlA, const QString &htmlB);
/// TLSH distance of two texts, or -1 when either is too short or too uniform to hash (or TLSH is
/// not built in).
int tlshDistance(const QString &a, const QString &b);
SimilarityScores compare(const PageFacts &original, const PageFacts &candidate, const QString &orgName);

} // namespace PageSimilarity

} // namespace Govscope::Counterfeit
