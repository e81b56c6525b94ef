// SPDX-License-Identifier: GPL-3.0-or-later
// A second Attendant launch in miniature, for TestSingleInstance: takes the server
// name and the arguments to forward, prints the role it got and exits
// (0 = forwarded to the running instance).
#include "SingleInstance.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: SingleInstanceProbe SERVER-NAME [ARGUMENT...]\n", stderr);
        return 2;
    }
    arguments.removeFirst();
    const QString serverName = arguments.takeFirst();
    SingleInstance instance(serverName);
    const SingleInstance::Role role = instance.start(arguments);
    std::printf("%s\n", QMetaEnum::fromType<SingleInstance::Role>().valueToKey(int(role)));
    return role == SingleInstance::Role::Secondary ? 0 : 1;
}
