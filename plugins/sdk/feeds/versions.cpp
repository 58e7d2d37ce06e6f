#include "versions.h"

#include <QRegularExpression>
#include <QStringList>

namespace Govscope::Sdk::Versions {

namespace {

/// "1.0.0-beta2" → ["1","0","0","beta","2"]: digits and letters split so "rc10" > "rc9".
QStringList parts(const QString &v)
{
    static const QRegularExpression piece(u"[0-9]+|[A-Za-z]+"_qs);
    QStringList out;
    for (auto it = piece.globalMatch(v.trimmed()); it.hasNext();)
        out << it.next().captured();
    return out;
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && s.front().isDigit();
}

} // namespace

int compare(const QString &a, const QString &b)
{
    const QStringList pa = parts(a), pb = parts(b);
    const qsizetype n = std::max(pa.size(), pb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString x = i < pa.size() ? pa.at(i) : QString();
        const QString y = i < pb.size() ? pb.at(i) : QString();
        if (x == y)
            continue;
        // a missing part is a zero against a number; a text part (beta, rc) ranks below a release
        if (x.isEmpty() || y.isEmpty()) {
            const QString &present = x.isEmpty() ? y : x;
            const int sign = x.isEmpty() ? -1 : 1; // the longer version is greater unless its extra part is 0
            if (isNumber(present) && present.toULongLong() == 0)
                continue;
            return isNumber(present) ? sign : -sign;
        }
        if (isNumber(x) && isNumber(y)) {
            const qulonglong nx = x.toULongLong(), ny = y.toULongLong();
            if (nx != ny)
                return nx < ny ? -1 : 1;
            continue;
        }
        if (isNumber(x) != isNumber(y))
            return isNumber(x) ? 1 : -1;
        const int c = QString::compare(x, y, Qt::CaseInsensitive);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

bool inCycle(const QString &version, const QString &cycle)
{
    const QStringList v = parts(version), c = parts(cycle);
    if (c.isEmpty() || v.size() < c.size())
        return false;
    for (qsizetype i = 0; i < c.size(); ++i)
        if (compare(v.at(i), c.at(i)) != 0)
            return false;
    return true;
}

} // namespace Govscope::Sdk::Versions
