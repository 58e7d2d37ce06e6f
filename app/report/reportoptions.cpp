#include "reportoptions.h"

namespace Govscope::Report {

Language languageFrom(const QString &id, bool *ok)
{
    const bool english = id == u"en"_qs || id == u"en_US"_qs || id == u"en_GB"_qs;
    const bool chinese = id.isEmpty() || id == u"zh_CN"_qs || id == u"zh"_qs;
    if (ok)
        *ok = english || chinese;
    return english ? Language::English : Language::Chinese;
}

QString languageId(Language language)
{
    return language == Language::English ? u"en"_qs : u"zh_CN"_qs;
}

} // namespace Govscope::Report
