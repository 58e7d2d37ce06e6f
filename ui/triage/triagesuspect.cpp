#include "triagesuspect.h"

#include "findingtext.h"

#include <QRegularExpression>

#include <algorithm>

namespace Govscope::Ui::Triage::SuspectReader {

namespace {

// The numbers are written by the check with '.' as decimal point whatever the language (QString::arg).
std::optional<double> firstMatch(const QString &text, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = m.captured(1).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

bool isSiteCheck(const QString &check)
{
    return check == u"counterfeit.lookalike_site"_qs || check == u"counterfeit.impostor_markers"_qs;
}

double scoreOf(const Models::Finding &f)
{
    static const QRegularExpression combined(u"combined\\s+([01](?:\\.\\d+)?)"_qs);
    static const QRegularExpression scored(u"([01]\\.\\d+)"_qs);
    static const QRegularExpression similarity(u"[(（](?:similarity|相似度)\\s*([01]\\.\\d+)[)）]"_qs);
    // the stored (English) summary first: it is what the check wrote; the verdict may be translated
    for (const Models::Evidence &e : f.evidence)
        if (e.kind == u"similarity"_qs)
            if (auto v = firstMatch(e.summary, combined))
                return *v;
    for (const Models::Evidence &e : f.evidence)
        if (e.kind == u"verdict"_qs)
            if (auto v = firstMatch(e.summary, scored))
                return *v;
    if (auto v = firstMatch(f.title, similarity))
        return *v;
    return -1;
}

Suspect fromFinding(const Models::Finding &f, const QDateTime &latestScanStart)
{
    Suspect s;
    s.findingId = f.id;
    s.check = f.check;
    s.org = f.org;
    s.target = f.target;
    s.title = Models::FindingText::title(f);
    s.severity = f.severity;
    s.status = f.status;
    s.firstSeen = f.firstSeen;
    s.score = scoreOf(f);
    s.isNew = !latestScanStart.isValid() || !f.firstSeen.isValid() || f.firstSeen >= latestScanStart;
    // The check records the candidate's screenshot first, then the original's, each summary starting with
    // its role ("candidate: …", "original: …", in the scan's language).
    for (const Models::Evidence &e : f.evidence) {
        const QString text = Models::FindingText::summary(e);
        s.signalList << Signal{e.kind, text};
        if (e.kind != u"screenshot"_qs || e.blob.isEmpty())
            continue;
        const bool namesOriginal = e.summary.startsWith(u"original"_qs) || e.summary.startsWith(u"原站"_qs);
        if (namesOriginal && s.originalBlob.isEmpty()) {
            s.originalBlob = e.blob;
            s.originalShot = text;
        } else if (s.candidateBlob.isEmpty()) {
            s.candidateBlob = e.blob;
            s.candidateShot = text;
        } else if (s.originalBlob.isEmpty()) {
            s.originalBlob = e.blob;
            s.originalShot = text;
        }
    }
    return s;
}

void rank(QList<Suspect> &suspects)
{
    std::stable_sort(suspects.begin(), suspects.end(), [](const Suspect &a, const Suspect &b) {
        if (a.undecided() != b.undecided())
            return a.undecided();
        if (a.isNew != b.isNew)
            return a.isNew;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.firstSeen != b.firstSeen)
            return a.firstSeen > b.firstSeen;
        return a.findingId > b.findingId;
    });
}

} // namespace Govscope::Ui::Triage::SuspectReader
