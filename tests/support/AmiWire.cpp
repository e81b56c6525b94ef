// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiWire.h"

#include <QList>

namespace AmiWire {

QByteArray wireWithoutActionId(const AmiMessage& m)
{
    QByteArray out;
    const QList<QByteArray> rawLines = m.raw().split('\n');
    for (QByteArray line : rawLines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith("ActionID:"))
            continue;
        out += line + "\r\n";
    }
    return out;
}

QByteArray lines(std::initializer_list<const char*> l)
{
    QByteArray out;
    for (const char* s : l)
        out += QByteArray(s) + "\r\n";
    return out;
}

} // namespace AmiWire
