#include "orgsectionwriter.h"

#include "checkcatalogue.h"
#include "htmlparts.h"
#include "legalbasis.h"

#include <QBuffer>
#include <QImageReader>
#include <QMap>

namespace Govscope::Report {

using namespace Html;

namespace {

// Width of the text column of the PDF (A4 less margins) in CSS pixels; images are scaled to fit it.
constexpr int kFullWidth = 600;
constexpr int kHalfWidth = 290;

struct CheckGroup
{
    QString check;
    Models::Severity severity = Models::Severity::Info;
    QList<const Models::Finding *> findings;
};

bool isImage(const Models::Evidence &e)
{
    return !e.blob.isEmpty() && e.mime.startsWith(u"image/"_qs);
}

} // namespace

OrgSectionWriter::OrgSectionWriter(Language language, const BlobFetcher &fetchBlob, ReportDocument &document)
    : m_language(language)
    , m_p{language}
    , m_fetchBlob(fetchBlob)
    , m_document(document)
{}

Result<QString> OrgSectionWriter::write(const OrgSection &section, int number)
{
    const Models::Organization &org = section.org;
    QString html;
    // Each organisation starts a page, so a section can be sent to its agency as a notice of its own.
    html += u"<h2 class=\"%1\">3.%2 %3<span class=\"orgid\">（%4）</span></h2>\n"_qs
                .arg(number == 1 ? u"org-first"_qs : u"org"_qs)
                .arg(number)
                .arg(esc(org.name), esc(org.id));
    html += u"<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"_qs;
    html += row(m_p(u"Kind and level"_qs, u"单位类型及层级"_qs),
                esc(orgKindLabel(org.kind, m_language) + u" · "_qs + orgLevelLabel(org.level, m_language)));
    if (!org.region.isEmpty())
        html += row(m_p(u"Region code"_qs, u"行政区划代码"_qs), esc(org.region));
    html += row(m_p(u"Findings"_qs, u"发现问题"_qs),
                m_p(u"%1 (false positives left out: %2)"_qs, u"%1 项（已排除误报 %2 项）"_qs)
                    .arg(section.findings.size())
                    .arg(section.falsePositives));
    html += u"</table>\n"_qs;
    html += assetsHtml(section);

    if (section.findings.isEmpty()) {
        html += u"<p class=\"none\">%1</p>\n"_qs.arg(
            esc(m_p(u"No problems were found for this organisation in the checks run."_qs,
                    u"本次检查未发现该单位存在问题。"_qs)));
        return html;
    }

    // Families in catalogue order, checks by their most severe finding: the notice reads from worst to least.
    QMap<QString, QList<CheckGroup>> byFamily;
    for (const Models::Finding &f : section.findings) {
        QList<CheckGroup> &groups = byFamily[f.family];
        auto it = std::find_if(groups.begin(), groups.end(), [&](const CheckGroup &g) { return g.check == f.check; });
        if (it == groups.end()) {
            groups.append(CheckGroup{f.check, f.severity, {}});
            it = groups.end() - 1;
        }
        it->severity = std::max(it->severity, f.severity);
        it->findings << &f;
    }
    QStringList families = Models::CheckCatalogue::families();
    for (const QString &family : byFamily.keys())
        if (!families.contains(family))
            families << family;

    int familyNumber = 0;
    for (const QString &family : families) {
        if (!byFamily.contains(family))
            continue;
        QList<CheckGroup> &groups = byFamily[family];
        std::stable_sort(groups.begin(), groups.end(),
                         [](const CheckGroup &a, const CheckGroup &b) { return a.severity > b.severity; });
        html += u"<h3>3.%1.%2 %3</h3>\n"_qs.arg(number).arg(++familyNumber).arg(esc(familyName(family, m_language)));
        int checkNumber = 0;
        for (const CheckGroup &g : groups) {
            const Models::CheckMeta *meta = Models::CheckCatalogue::find(g.check);
            const QString title =
                meta ? (m_language == Language::English ? meta->titleEn : meta->titleZh) : g.findings.first()->title;
            html += u"<h4><span class=\"%1\">[%2]</span> %3. %4</h4>\n"_qs
                        .arg(severityClass(g.severity), esc(severityLabel(g.severity, m_language)))
                        .arg(++checkNumber)
                        .arg(esc(title));
            html += u"<p class=\"meta\">%1 <span class=\"mono\">%2</span></p>\n"_qs.arg(
                esc(m_p(u"Check:"_qs, u"检查项："_qs)), esc(g.check));
            if (meta && !meta->legalBasis.isEmpty()) {
                const QString basis =
                    m_language == Language::English ? legalBasisInEnglish(meta->legalBasis) : meta->legalBasis;
                html += u"<p class=\"basis\"><b>%1</b>%2</p>\n"_qs.arg(esc(m_p(u"Legal basis: "_qs, u"依据："_qs)),
                                                                       esc(basis));
            }
            int findingNumber = 0;
            for (const Models::Finding *f : g.findings) {
                auto part = findingHtml(*f, ++findingNumber);
                if (!part)
                    return part.error();
                html += *part;
            }
            if (meta) {
                const QString advice = m_language == Language::English ? meta->adviceEn : meta->adviceZh;
                html += u"<p class=\"advice\"><b>%1</b>%2</p>\n"_qs.arg(
                    esc(m_p(u"Rectification required: "_qs, u"整改要求："_qs)), esc(advice));
            }
        }
    }
    return html;
}

QString OrgSectionWriter::assetsHtml(const OrgSection &section) const
{
    QMap<int, QStringList> byType;
    for (const Models::Asset &a : section.assets) {
        QString value = esc(a.value);
        if (a.source == Models::AssetSource::Discovered)
            value += u"<span class=\"note\">%1</span>"_qs.arg(esc(m_p(u" (discovered)"_qs, u"（发现）"_qs)));
        byType[int(a.type)] << value;
    }
    QString html = u"<p class=\"subhead\">%1</p>\n"_qs.arg(esc(m_p(u"Assets"_qs, u"资产情况"_qs)));
    if (byType.isEmpty())
        return html + u"<p>%1</p>\n"_qs.arg(esc(m_p(u"No assets recorded."_qs, u"未登记资产。"_qs)));
    html += u"<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"_qs;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        html += row(assetTypeLabel(Models::AssetType(it.key()), m_language), it.value().join(u"；"_qs));
    return html + u"</table>\n"_qs;
}

Result<QString> OrgSectionWriter::findingHtml(const Models::Finding &f, int number)
{
    QString html = u"<p class=\"finding\">（%1）<b>%2</b> <span class=\"mono\">%3</span>"_qs.arg(number).arg(
        esc(m_p(u"Target:"_qs, u"对象："_qs)), esc(f.target));
    html += u" <span class=\"%1\">[%2]</span>"_qs.arg(severityClass(f.severity),
                                                      esc(severityLabel(f.severity, m_language)));
    html += u"<br/><span class=\"note\">%1 %2 · %3 %4 · %5 %6</span></p>\n"_qs.arg(
        esc(m_p(u"First seen"_qs, u"首次发现"_qs)), esc(dateText(f.firstSeen, m_language)),
        esc(m_p(u"last seen"_qs, u"最近发现"_qs)), esc(dateText(f.lastSeen, m_language)),
        esc(m_p(u"status"_qs, u"状态"_qs)), esc(statusLabel(f.status, m_language)));
    auto evidence = evidenceHtml(f);
    if (!evidence)
        return evidence.error();
    return QString(html + *evidence);
}

Result<QString> OrgSectionWriter::evidenceHtml(const Models::Finding &f)
{
    QString html;
    QList<ImageRef> images;
    QStringList captions;
    QStringList lines;
    for (const Models::Evidence &e : f.evidence) {
        QString line = esc(e.summary);
        if (!e.blob.isEmpty()) {
            auto ref = cite(e);
            if (!ref)
                return ref.error();
            if (isImage(e)) {
                images << *ref;
                captions << e.summary;
            } else {
                line += u" <span class=\"note\">[%1]</span>"_qs.arg(esc(ref->path));
            }
        }
        lines << u"<span class=\"kind\">%1</span> %2"_qs.arg(esc(e.kind), line);
    }
    if (!lines.isEmpty())
        html += u"<p class=\"evidence\">%1<br/>%2</p>\n"_qs.arg(esc(m_p(u"Evidence:"_qs, u"证据："_qs)),
                                                                lines.join(u"<br/>"_qs));
    if (f.check.startsWith(u"counterfeit."_qs) && images.size() >= 2) {
        // The look-alike beside the site it imitates, so the reader sees the resemblance at a glance.
        html +=
            u"<table class=\"pair\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
            "<td width=\"50%\">%1<br/><span class=\"caption\">%2</span></td>"
            "<td width=\"50%\">%3<br/><span class=\"caption\">%4</span></td></tr></table>\n"_qs.arg(
                imageTag(images.at(0), kHalfWidth), esc(m_p(u"Counterfeit: "_qs, u"仿冒页面："_qs) + captions.at(0)),
                imageTag(images.at(1), kHalfWidth), esc(m_p(u"Original: "_qs, u"原网站："_qs) + captions.at(1)));
        images = images.mid(2);
        captions = captions.mid(2);
    }
    for (int i = 0; i < images.size(); ++i)
        html += u"<p class=\"shot\">%1<br/><span class=\"caption\">%2</span></p>\n"_qs.arg(
            imageTag(images.at(i), kFullWidth), esc(captions.at(i)));
    return html;
}

Result<OrgSectionWriter::ImageRef> OrgSectionWriter::cite(const Models::Evidence &e)
{
    if (auto it = m_cited.constFind(e.blob); it != m_cited.cend())
        return *it;
    auto bytes = m_fetchBlob(e.blob);
    if (!bytes)
        return bytes.error();
    ImageRef ref;
    ref.path = u"evidence/%1.%2"_qs.arg(e.blob, ReportDocumentBuilder::extensionFor(e.mime));
    if (isImage(e)) {
        QBuffer buffer(&*bytes);
        buffer.open(QIODevice::ReadOnly);
        ref.size = QImageReader(&buffer).size(); // reads the header only
    }
    m_document.evidence.insert(ref.path, *bytes);
    m_cited.insert(e.blob, ref);
    return ref;
}

QString OrgSectionWriter::imageTag(const ImageRef &image, int maxWidth) const
{
    if (!image.size.isValid())
        return u"<span class=\"note\">[%1]</span>"_qs.arg(esc(image.path));
    QSize shown = image.size;
    if (shown.width() > maxWidth)
        shown = QSize(maxWidth, std::max(1, image.size.height() * maxWidth / image.size.width()));
    return u"<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%1\"/>"_qs.arg(esc(image.path))
        .arg(shown.width())
        .arg(shown.height());
}

} // namespace Govscope::Report
