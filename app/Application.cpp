// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "main/MainWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>

Application::Application(QObject* parent)
    : QObject(parent)
{ }

Application::~Application() = default;

bool Application::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Attendant console for the Asterisk PBX"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(arguments);

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    return true;
}
