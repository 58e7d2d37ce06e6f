#include "gumbotree.h"

namespace Govscope::Sdk::Gumbo {

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

Tree parse(const QByteArray &utf8)
{
    return Tree(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
                [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
}

} // namespace Govscope::Sdk::Gumbo
