// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/presence/AvailabilityPreset.h"

#include <QRegularExpression>

AvailabilityPreset AvailabilityPreset::freePbx()
{
    return {};
}

AvailabilityPreset AvailabilityPreset::plainAsterisk()
{
    AvailabilityPreset p;
    p.kind = Kind::PlainAsterisk;
    p.busyFamily.clear();
    p.noAnswerFamily.clear();
    p.dndFamily.clear();
    p.dayNightFamily.clear();
    return p;
}

AvailabilityPreset AvailabilityPreset::forKind(Kind kind)
{
    return kind == Kind::PlainAsterisk ? plainAsterisk() : freePbx();
}

QString AvailabilityPreset::family(Forward forward) const
{
    switch (forward) {
    case Forward::Always:
        return alwaysFamily;
    case Forward::Busy:
        return busyFamily;
    case Forward::NoAnswer:
        return noAnswerFamily;
    }
    return {};
}

QStringList AvailabilityPreset::families() const
{
    QStringList out;
    for (const QString& f : {alwaysFamily, busyFamily, noAnswerFamily, dndFamily}) {
        if (!f.isEmpty() && !out.contains(f))
            out.append(f);
    }
    return out;
}

QString AvailabilityPreset::dayNightKey(const QString& device) const
{
    static const QRegularExpression CallFlow(
        QStringLiteral("^Custom:DAYNIGHT(\\d{1,3})$"), QRegularExpression::CaseInsensitiveOption);
    if (dayNightFamily.isEmpty())
        return {};
    const QRegularExpressionMatch m = CallFlow.match(device);
    return m.hasMatch() ? QLatin1Char('C') + m.captured(1) : QString();
}
