// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Attendant"));
    QApplication::setOrganizationName(QStringLiteral("Attendant"));
    QApplication::setApplicationVersion(QStringLiteral(ATTENDANT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ATTENDANT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attendant.svg")));

    Application attendant;
    if (!attendant.start(QApplication::arguments()))
        return attendant.exitCode();
    const int code = QApplication::exec();
    return code != 0 ? code : attendant.exitCode();
}
