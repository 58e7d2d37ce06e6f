#include "mainwindow.h"

#include <QStatusBar>

namespace Govscope::Ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Govscope — Government Application Monitor"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openCase(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(path));
}

} // namespace Govscope::Ui
