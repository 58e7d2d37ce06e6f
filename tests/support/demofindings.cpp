#include "demofindings.h"

#include <QFile>

namespace Govscope::Testing {

QList<PlantedFinding> demoFindings()
{
    QFile file(QStringLiteral(GOVSCOPE_DEMO_FINDINGS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<PlantedFinding> out;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList cols = line.trimmed().split(u'\t');
        if (cols.size() != 3)
            qFatal("%s: not org<TAB>check<TAB>target: %s", qPrintable(file.fileName()), qPrintable(line));
        out.append({cols[0], cols[1], cols[2]});
    }
    return out;
}

QStringList demoFindingRows(const QStringList &families)
{
    QStringList rows;
    for (const PlantedFinding &f : demoFindings())
        if (families.contains(f.family()))
            rows << f.row();
    rows.sort();
    return rows;
}

QHash<QString, QStringList> demoPlantedChecks(const QString &family)
{
    QHash<QString, QStringList> out;
    for (const PlantedFinding &f : demoFindings())
        if (f.family() == family && !out[f.org].contains(f.check))
            out[f.org] << f.check;
    for (QStringList &checks : out)
        checks.sort();
    return out;
}

} // namespace Govscope::Testing
