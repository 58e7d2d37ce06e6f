#include "hosts.h"

#include <QUrl>

namespace Govscope::Models {

QString hostOf(const QString &urlOrHost)
{
    const QString text = urlOrHost.trimmed();
    const QUrl url = QUrl::fromUserInput(text.contains(u"://"_qs) ? text : u"http://"_qs + text);
    return url.host().toLower();
}

} // namespace Govscope::Models
