// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoWorld.h"

#include <QList>

// The people of the simulated office: the operator 1000 and colleagues
// 1001... with names from many languages (UTF-8 on purpose), departments and
// mail addresses; some with a Custom:DND device, some in the support queue
// (1002 and 1003 like in the recording). The same count gives the same office.
class DemoOffice final
{
public:
    static QList<DemoExtension> build(int extensionCount);
    // Who sits in the running meeting (room 8500): three colleagues outside the
    // queue, the first of them chairing it; fewer in a tiny office.
    static QStringList meeting(const DemoWorld& world);
};
