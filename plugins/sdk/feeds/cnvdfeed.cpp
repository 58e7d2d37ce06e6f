#include "cnvdfeed.h"

#include "versions.h"

#include "xmlguard.h"

#include <QObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Govscope::Sdk {

bool CnvdRecord::affects(const QString &name, const QString &version) const
{
    return std::any_of(products.cbegin(), products.cend(),
                       [&](const QString &p) { return CnvdFeed::productAffects(p, name, version); });
}

bool CnvdRecord::highOrCritical() const
{
    const QString s = severity.trimmed().toLower();
    return s == u"高"_qs || s == u"high"_qs || s == u"超危"_qs || s == u"critical"_qs;
}

namespace CnvdFeed {

bool productAffects(const QString &product, const QString &name, const QString &version)
{
    if (version.isEmpty() || name.isEmpty())
        return false;
    const QRegularExpression named(u"(?<![A-Za-z0-9])"_qs + QRegularExpression::escape(name) + u"(?![A-Za-z0-9])"_qs,
                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch at = named.match(product);
    if (!at.hasMatch())
        return false;
    // the constraints follow the name: ">=2.2.0，<2.2.35", "2.2.15", "2.2.x", "<=5.3.29"
    static const QRegularExpression bound(u"(>=|<=|>|<|=|≥|≤)?\\s*[vV]?(\\d+(?:\\.\\d+)*)(\\.[xX*])?"_qs);
    // parenthesised notes ("(CentOS 6)", "（Windows版）") carry numbers that are not versions
    static const QRegularExpression note(u"[（(][^）)]*[）)]"_qs);
    QString rest = product.mid(at.capturedEnd());
    rest.remove(note);
    bool any = false;
    for (auto it = bound.globalMatch(rest); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString op = m.captured(1), v = m.captured(2);
        const int c = Versions::compare(version, v);
        any = true;
        if (!m.captured(3).isEmpty()) { // a release line
            if (!Versions::inCycle(version, v))
                return false;
        } else if (op == u">="_qs || op == u"≥"_qs) {
            if (c < 0)
                return false;
        } else if (op == u">"_qs) {
            if (c <= 0)
                return false;
        } else if (op == u"<="_qs || op == u"≤"_qs) {
            if (c > 0)
                return false;
        } else if (op == u"<"_qs) {
            if (c >= 0)
                return false;
        } else if (!Versions::inCycle(version, v)) { // a bare version: it, or the line it names ("Tomcat 7")
            return false;
        }
    }
    return any; // a product without any version names no version we can confirm
}

Result<QList<CnvdRecord>> parse(const QByteArray &xml, const QString &origin)
{
    QXmlStreamReader r(xml);
    QList<CnvdRecord> out;
    CnvdRecord current;
    bool inEntry = false;
    while (!r.atEnd()) {
        // A DTD is refused: its entities would be expanded into titles and product lines.
        Models::Import::XmlGuard::readNext(r);
        if (r.isStartElement()) {
            const QStringView tag = r.name();
            if (tag == u"vulnerability") {
                current = CnvdRecord{};
                current.source = origin;
                inEntry = true;
            } else if (inEntry && tag == u"number") {
                current.number = r.readElementText().trimmed();
            } else if (inEntry && tag == u"title") {
                current.title = r.readElementText().trimmed();
            } else if (inEntry && (tag == u"serverity" || tag == u"severity")) { // CNVD spells it "serverity"
                current.severity = r.readElementText().trimmed();
            } else if (inEntry && tag == u"product") {
                current.products << r.readElementText().trimmed();
            } else if (inEntry && tag == u"cveNumber") {
                current.cves << r.readElementText().trimmed();
            }
        } else if (r.isEndElement() && r.name() == u"vulnerability") {
            if (current.number.isEmpty())
                return makeError(QObject::tr("%1: vulnerability #%2 (line %3) has no <number>")
                                     .arg(origin)
                                     .arg(out.size() + 1)
                                     .arg(r.lineNumber()));
            out << current;
            inEntry = false;
        }
    }
    if (r.hasError())
        return makeError(QObject::tr("%1 line %2: not well-formed CNVD XML (%3); download the export again "
                                     "from CNVD, or remove the file from the feeds folder")
                             .arg(origin)
                             .arg(r.lineNumber())
                             .arg(r.errorString()));
    return out;
}

} // namespace CnvdFeed

} // namespace Govscope::Sdk
