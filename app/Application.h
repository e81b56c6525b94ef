// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class MainWindow;

// The one composition root: parses the command line, builds the core
// objects and the window, and wires them together.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(QObject* parent = nullptr);
    ~Application() override;

    // Returns false (after printing why) when the command line asks to exit.
    bool start(const QStringList& arguments);

private:
    std::unique_ptr<MainWindow> m_window;
};
