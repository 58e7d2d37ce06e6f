#pragma once

// The findings planted in the demo province: tests/world/demo_findings.tsv, the one copy of the contract
// table of tests/world/README.md that tests read.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Testing {

/// One row of demo_findings.tsv. target is "-" where the finding names several.
struct PlantedFinding
{
    QString org;
    QString check;
    QString target;
    QString family() const { return check.section(u'.', 0, 0); }
    QString row() const { return org + u'\t' + check + u'\t' + target; }
};

/// Every row of demo_findings.tsv, in file order. A file that cannot be read ends the test program: no
/// assertion on the demo would mean anything without it.
QList<PlantedFinding> demoFindings();

/// "org<TAB>check<TAB>target" of the rows whose family is one of @p families, sorted.
QStringList demoFindingRows(const QStringList &families);

/// org id → the checks of @p family planted on it, sorted and unique (as TestContext::firedChecks() lists
/// them); an org without any is absent.
QHash<QString, QStringList> demoPlantedChecks(const QString &family);

} // namespace Govscope::Testing
