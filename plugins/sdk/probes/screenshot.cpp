#include "screenshot.h"

#include "screenshotservice.h"
#include "signalwait.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>

namespace Govscope::Sdk {

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QByteArray Screenshot::viewportPng() const
{
    return viewport.isNull() ? QByteArray() : png(viewport);
}

QString Screenshot::describe() const
{
    QString s = requested.toString();
    if (finalUrl.isValid() && finalUrl != requested)
        s += QCoreApplication::translate("Govscope::Sdk::Screenshot", " (final %1)").arg(finalUrl.toString());
    s += QCoreApplication::translate("Govscope::Sdk::Screenshot", " captured %1")
             .arg(capturedAt.toUTC().toString(Qt::ISODate));
    if (!viewport.isNull())
        s += u", %1×%2"_qs.arg(viewport.width()).arg(viewport.height());
    if (!fullPage.isNull() && fullPage.height() != viewport.height())
        s += QCoreApplication::translate("Govscope::Sdk::Screenshot", ", full page %1 px high").arg(fullPage.height());
    if (blank)
        s += QCoreApplication::translate("Govscope::Sdk::Screenshot", ", blank (one colour)");
    if (!error.isEmpty())
        s += u", "_qs + error;
    if (!certificateErrors.isEmpty())
        s += QCoreApplication::translate("Govscope::Sdk::Screenshot", ", certificate errors: %1")
                 .arg(certificateErrors.join(u"; "_qs));
    if (!blocked.isEmpty())
        s += QCoreApplication::translate("Govscope::Sdk::Screenshot", ", refused: %1").arg(blocked.join(u"; "_qs));
    return s;
}

ScreenshotTicket::ScreenshotTicket(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->ticket = this;
}

ScreenshotTicket::~ScreenshotTicket()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->ticket = nullptr;
    m_shared->abandoned = true;
}

void ScreenshotTicket::deliver(const Screenshot &shot)
{
    if (m_done)
        return;
    m_result = shot;
    m_done = true;
    Q_EMIT finished();
}

namespace Screenshots {

bool available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QCoro::Task<Screenshot> capture(QUrl url, std::chrono::milliseconds timeout)
{
    Screenshot failed;
    failed.requested = url;
    failed.capturedAt = QDateTime::currentDateTimeUtc();
    if (!available()) {
        failed.error = QCoreApplication::translate("Govscope::Sdk::Screenshot",
                                                   "no screenshot: the process has no GUI application");
        co_return failed;
    }
    auto ticket = std::make_unique<ScreenshotTicket>();
    auto shared = ticket->shared();
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [url, shared] { ScreenshotService::instance()->enqueue(url, shared); },
        Qt::QueuedConnection);
    const bool delivered = co_await waitForSignal(ticket.get(), &ScreenshotTicket::finished, timeout);
    if (!delivered && !ticket->done()) {
        failed.error = QCoreApplication::translate("Govscope::Sdk::Screenshot", "no screenshot within %1 s")
                           .arg(timeout.count() / 1000);
        co_return failed;
    }
    co_return ticket->result();
}

} // namespace Screenshots

} // namespace Govscope::Sdk
