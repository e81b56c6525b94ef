// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/Hint.h"

namespace Pbx {

Hint::Hint(const QString& text)
    : m_text(text.trimmed())
{
    const qsizetype comma = m_text.indexOf(QLatin1Char(','));
    const QString devices = comma < 0 ? m_text : m_text.left(comma);
    if (comma >= 0)
        m_presenceProvider = m_text.mid(comma + 1).trimmed();
    const QStringList parts = devices.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString device = part.trimmed();
        if (!device.isEmpty())
            m_devices.append(device);
    }
}

bool Hint::isPhoneDevice(const QString& device)
{
    // A channel technology names a device "Tech/resource"; the other device
    // state providers use "Provider:…" (and may contain a '/' later on).
    const qsizetype slash = device.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    const qsizetype colon = device.indexOf(QLatin1Char(':'));
    return colon < 0 || colon > slash;
}

bool Hint::isCustomDevice(const QString& device)
{
    return device.startsWith(QLatin1String("Custom:"), Qt::CaseInsensitive);
}

QStringList Hint::phoneDevices() const
{
    QStringList out;
    for (const QString& d : m_devices) {
        if (isPhoneDevice(d))
            out.append(d);
    }
    return out;
}

QString Hint::phoneDevice() const
{
    for (const QString& d : m_devices) {
        if (isPhoneDevice(d))
            return d;
    }
    return {};
}

Hint::Kind Hint::kind() const
{
    if (m_devices.isEmpty())
        return Kind::None;
    bool parking = false;
    bool allCustom = true;
    for (const QString& d : m_devices) {
        if (isPhoneDevice(d))
            return Kind::Phone;
        parking = parking || d.startsWith(QLatin1String("park:"), Qt::CaseInsensitive);
        allCustom = allCustom && isCustomDevice(d);
    }
    if (parking)
        return Kind::Parking;
    return allCustom ? Kind::Custom : Kind::Other;
}

} // namespace Pbx
