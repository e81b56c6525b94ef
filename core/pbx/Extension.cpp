// SPDX-License-Identifier: GPL-3.0-or-later
#include "pbx/Extension.h"

namespace Pbx {

QStringList Extension::devices() const
{
    const qsizetype comma = hint.indexOf(QLatin1Char(','));
    const QString part = comma < 0 ? hint : hint.left(comma);
    QStringList out = part.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (QString& d : out)
        d = d.trimmed();
    return out;
}

QString Extension::presenceProvider() const
{
    const qsizetype comma = hint.indexOf(QLatin1Char(','));
    return comma < 0 ? QString() : hint.mid(comma + 1).trimmed();
}

} // namespace Pbx
