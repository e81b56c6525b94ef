// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Attendant"));
    auto* label = new QLabel(tr("Not connected"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1100, 720);
}
