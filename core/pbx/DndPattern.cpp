// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/DndPattern.h"

namespace Pbx {

DndPattern::DndPattern(const QString& pattern)
    : m_pattern(pattern.trimmed())
{
    // Settings and docs write the placeholder as {exten}; %1 works too.
    m_pattern.replace(QLatin1String("{exten}"), QLatin1String("%1"));
    m_prefixLength = m_pattern.indexOf(QLatin1String("%1"));
}

QString DndPattern::deviceFor(const QString& exten) const
{
    if (!hasPlaceholder())
        return m_pattern;
    QString out;
    writeDeviceFor(exten, out);
    return out;
}

void DndPattern::writeDeviceFor(const QString& exten, QString& out) const
{
    out.truncate(0); // keeps the capacity
    if (!hasPlaceholder()) {
        out.append(m_pattern);
        return;
    }
    const QStringView pattern(m_pattern);
    if (pattern.indexOf(QLatin1String("%1"), m_prefixLength + 2) >= 0) {
        out.append(m_pattern).replace(QLatin1String("%1"), exten);
        return;
    }
    // One placeholder (the usual): called for every extension state change.
    out.append(pattern.left(m_prefixLength)).append(exten).append(pattern.mid(m_prefixLength + 2));
}

QString DndPattern::extenOf(const QString& device) const
{
    if (!hasPlaceholder())
        return {};
    const QStringView prefix = QStringView(m_pattern).left(m_prefixLength);
    const QStringView suffix = QStringView(m_pattern).mid(m_prefixLength + 2);
    if (device.size() <= prefix.size() + suffix.size())
        return {};
    if (!device.startsWith(prefix, Qt::CaseInsensitive) || !device.endsWith(suffix, Qt::CaseInsensitive))
        return {};
    const QString exten = device.mid(prefix.size(), device.size() - prefix.size() - suffix.size());
    // An extension number never spans devices or carries separators.
    if (exten.contains(QLatin1Char('&')) || exten.contains(QLatin1Char(',')))
        return {};
    return exten;
}

} // namespace Pbx
