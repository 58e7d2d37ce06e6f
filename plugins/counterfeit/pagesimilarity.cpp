#include "pagesimilarity.h"

#include "namenormalise.h"

#include <QRegularExpression>
#include <QSet>

#ifdef GOVSCOPE_HAVE_TLSH
#include <tlsh.h>
#endif

namespace Govscope::Counterfeit::PageSimilarity {

namespace {

template<typename T> double jaccard(const QSet<T> &a, const QSet<T> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0; // two empty pages say nothing about copying
    qsizetype common = 0;
    for (const T &x : a)
        common += b.contains(x);
    return double(common) / double(a.size() + b.size() - common);
}

QSet<QString> shingles(const QString &text, int n)
{
    QSet<QString> out;
    const QString s = normaliseName(text);
    if (s.size() < n) {
        if (!s.isEmpty())
            out.insert(s);
        return out;
    }
    for (qsizetype i = 0; i + n <= s.size(); ++i)
        out.insert(s.mid(i, n));
    return out;
}

QStringList tagSequence(const QString &html)
{
    static const QRegularExpression startTag(u"<([a-zA-Z][a-zA-Z0-9]*)"_qs);
    QStringList tags;
    for (auto it = startTag.globalMatch(html); it.hasNext();)
        tags << it.next().captured(1).toLower();
    return tags;
}

#ifdef GOVSCOPE_HAVE_TLSH
QByteArray tlshHash(const QByteArray &data)
{
    Tlsh t;
    t.update(reinterpret_cast<const unsigned char *>(data.constData()), static_cast<unsigned int>(data.size()));
    t.final();
    const char *hash = t.getHash();
    return (hash && *hash) ? QByteArray(hash) : QByteArray();
}
#endif

} // namespace

double titleSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = shingles(a, 2), y = shingles(b, 2);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    qsizetype common = 0;
    for (const QString &s : x)
        common += y.contains(s);
    return 2.0 * double(common) / double(x.size() + y.size());
}

double textJaccard(const QString &a, const QString &b, int shingle)
{
    return jaccard(shingles(a, shingle), shingles(b, shingle));
}

double structureSimilarity(const QString &htmlA, const QString &htmlB)
{
    auto grams = [](const QStringList &tags) {
        QSet<QString> out;
        for (qsizetype i = 0; i + 4 <= tags.size(); ++i)
            out.insert(tags.mid(i, 4).join(u' '));
        return out;
    };
    return jaccard(grams(tagSequence(htmlA)), grams(tagSequence(htmlB)));
}

int tlshDistance(const QString &a, const QString &b)
{
#ifdef GOVSCOPE_HAVE_TLSH
    const QByteArray ha = tlshHash(a.toUtf8()), hb = tlshHash(b.toUtf8());
    if (ha.isEmpty() || hb.isEmpty())
        return -1;
    Tlsh ta, tb;
    if (ta.fromTlshStr(ha.constData()) != 0 || tb.fromTlshStr(hb.constData()) != 0)
        return -1;
    return ta.totalDiff(&tb);
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return -1;
#endif
}

SimilarityScores compare(const PageFacts &original, const PageFacts &candidate, const QString &orgName)
{
    SimilarityScores s;
    s.title = titleSimilarity(original.title, candidate.title);
    const int distance = tlshDistance(original.text, candidate.text);
    if (distance >= 0) {
        // TLSH: 0 is identical; about 100 and beyond, texts have little in common
        s.text = qBound(0.0, 1.0 - distance / 150.0, 1.0);
        s.textMethod = u"tlsh (distance %1)"_qs.arg(distance);
    } else {
        s.text = textJaccard(original.text, candidate.text);
        s.textMethod = u"jaccard"_qs;
    }
    s.structure = structureSimilarity(original.html, candidate.html);
    s.faviconEqual = !original.faviconSha256.isEmpty() && original.faviconSha256 == candidate.faviconSha256;
    const QString name = normaliseName(orgName);
    s.orgNamed = !name.isEmpty() &&
                 (normaliseName(candidate.title).contains(name) || normaliseName(candidate.text).contains(name));
    s.textual =
        0.25 * s.title + 0.30 * s.text + 0.25 * s.structure + (s.faviconEqual ? 0.10 : 0.0) + (s.orgNamed ? 0.10 : 0.0);
    s.combined = s.textual;
    return s;
}

} // namespace Govscope::Counterfeit::PageSimilarity

namespace Govscope::Counterfeit {

QString SimilarityScores::summary() const
{
    if (visualUsed || candidateBlank)
        return u"title %1, text %2 [%3], structure %4, favicon %5, org name %6 (page-only %7); %8 → combined %9 "
               "(threshold %10)"_qs.arg(title, 0, 'f', 2)
                   .arg(text, 0, 'f', 2)
                   .arg(textMethod)
                   .arg(structure, 0, 'f', 2)
                   .arg(faviconEqual ? u"equal"_qs : u"different"_qs, orgNamed ? u"present"_qs : u"absent"_qs)
                   .arg(textual, 0, 'f', 2)
                   .arg(visual.summary())
                   .arg(combined, 0, 'f', 2)
                   .arg(Threshold, 0, 'f', 2);
    return u"title %1, text %2 [%3], structure %4, favicon %5, org name %6 → combined %7 (threshold %8)"_qs
        .arg(title, 0, 'f', 2)
        .arg(text, 0, 'f', 2)
        .arg(textMethod)
        .arg(structure, 0, 'f', 2)
        .arg(faviconEqual ? u"equal"_qs : u"different"_qs, orgNamed ? u"present"_qs : u"absent"_qs)
        .arg(combined, 0, 'f', 2)
        .arg(Threshold, 0, 'f', 2);
}

} // namespace Govscope::Counterfeit
