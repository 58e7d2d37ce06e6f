#pragma once

#include "casefile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/qtconcurrentrun.h>

namespace Govscope::Models {

/// The one way the workbench reads a case without blocking its thread: runs @p read(Connection &) on the thread
/// pool with a read-only connection of its own to the case at @p path, then hands the result to @p done on
/// @p context's thread. When @p context is destroyed first, @p done is not called (the watcher goes with it).
template<typename T, typename Read, typename Done>
void readInBackground(QObject *context, const QString &path, Read read, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, read] {
        Connection conn(path, true);
        return read(conn);
    }));
}

} // namespace Govscope::Models
