#include "namenormalise.h"

namespace Govscope::Counterfeit {

QString normaliseName(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (!c.isSpace() && c != u'\u00b7' && c != u'\u30fb') // middle dots are decoration in names
            out += c;
    return out;
}

} // namespace Govscope::Counterfeit
