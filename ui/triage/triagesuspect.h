#pragma once

#include "types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Govscope::Ui::Triage {

/// One line of evidence as the triage view lists it: its kind and its text in the reader's language.
struct Signal
{
    QString kind;
    QString text;
};

/// A counterfeit site finding as the triage queue holds it: what to rank it by and what to show.
struct Suspect
{
    qint64 findingId = 0;
    QString check;
    QString org;
    QString target;
    QString title;
    Models::Severity severity = Models::Severity::Info;
    Models::FindingStatus status = Models::FindingStatus::Open;
    QDateTime firstSeen;
    /// The combined look-alike score the check recorded, -1 when none could be read.
    double score = -1;
    /// First seen in the latest scan of the case (or the case has no scan record).
    bool isNew = false;
    /// Blob SHA-256 and summary of the candidate's and the original's screenshot; empty when not captured.
    QString candidateBlob, originalBlob;
    QString candidateShot, originalShot;
    QList<Signal> signalList;

    /// Open or reopened: nobody has decided it yet.
    bool undecided() const
    {
        return status == Models::FindingStatus::Open || status == Models::FindingStatus::Reopened;
    }
};

/// Reading a counterfeit finding into a Suspect. The counterfeit family stores the score only as text
/// (the `similarity` evidence ends "→ combined 0.83 (threshold …)", the `verdict` starts "Scored 0.83",
/// a look-alike title ends "(similarity 0.83)"), so the score is read from those, in that order.
namespace SuspectReader {

/// The check ids the triage view lists: site look-alikes, with screenshots to compare.
bool isSiteCheck(const QString &check);
/// The combined score in @p f's evidence or title; -1 when none is found.
double scoreOf(const Models::Finding &f);
/// @p latestScanStart is when the latest scan started; a null time marks every suspect new.
Suspect fromFinding(const Models::Finding &f, const QDateTime &latestScanStart);
/// Undecided before decided; among them new before old, then by score (highest first), then newest.
void rank(QList<Suspect> &suspects);

} // namespace SuspectReader

} // namespace Govscope::Ui::Triage
