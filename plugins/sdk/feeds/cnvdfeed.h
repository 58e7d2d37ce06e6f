#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

/// One entry of a CNVD (国家信息安全漏洞共享平台) XML export.
struct CnvdRecord
{
    QString number; ///< "CNVD-2099-00001"
    QString title;
    QString severity; ///< as written: 高, 中, 低 (or High/Medium/Low)
    QStringList cves;
    QStringList products; ///< free text, e.g. "Apache HTTP Server >=2.2.0，<2.2.35" or "SLCMS 3.2.1"
    QString source;

    /// Whether one of the products names @p name and its version constraints admit @p version.
    bool affects(const QString &name, const QString &version) const;
    bool highOrCritical() const;
};

/// CNVD XML (`<vulnerabilitys><vulnerability><number>…<serverity>…<products><product>…`). Product
/// lines are free text: a product matches when it names the technology as a whole word and either
/// lists the version, a release line ("2.2.x"), or comparison bounds (>=, >, <=, <) that admit it.
namespace CnvdFeed {

/// Parses one export; @p origin names it in errors (with the entry at fault).
Result<QList<CnvdRecord>> parse(const QByteArray &xml, const QString &origin);
/// Whether the free-text @p product names @p name and admits @p version.
bool productAffects(const QString &product, const QString &name, const QString &version);

} // namespace CnvdFeed

} // namespace Govscope::Sdk
