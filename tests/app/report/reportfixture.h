#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

namespace Govscope::Tests {

/// Facts about the fixture case that tests assert on.
struct ReportFixture
{
    static constexpr const char *kFalsePositiveTitle = "误报：测试用标题甲乙丙";
    static constexpr const char *kRawIdNumber = "110101199003071234";
    static constexpr const char *kRawMobile = "13812345678";
    static constexpr const char *kFeedSha = "3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a";

    /// Creates a case at @p path: three orgs with Chinese names (one without findings), two scans with feeds,
    /// findings in several families (a counterfeit with two screenshots, one with unmasked personal data,
    /// one fixed in the second scan, one false positive). Returns an error message, empty on success.
    static QString create(const QString &path);

    /// A synthetic PNG: a page-like picture with a coloured header and @p label.
    static QByteArray png(const QString &label, const QColor &colour, int width = 800, int height = 500);
};

} // namespace Govscope::Tests
