#pragma once

#include <QMainWindow>

namespace Govscope::Ui {

/// The workbench window: organisation tree, assets, findings, jobs panel.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path in the background; errors go to the status bar.
    void openCase(const QString &path);
};

} // namespace Govscope::Ui
