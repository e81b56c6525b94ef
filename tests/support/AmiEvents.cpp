// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiEvents.h"

AmiMessage makeEvent(const QByteArray& name, const QList<QPair<QByteArray, QString>>& fields)
{
    AmiMessage m;
    m.append("Event", QByteArrayView(name));
    for (const auto& f : fields)
        m.append(QByteArrayView(f.first), f.second);
    return m;
}
