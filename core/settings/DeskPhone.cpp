// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/DeskPhone.h"

#include "core/ami/AmiMessage.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace {

// ExtensionStatus Status values of Asterisk's ast_extension_state: -1 no
// such extension, 4 unavailable (an unregistered phone); the rest is a phone in use or idle.
constexpr int kRemoved = -1;
constexpr int kDeactivated = -2;
constexpr int kUnavailable = 4;

} // namespace

QString DeskPhone::phoneDevice(const QString& hint)
{
    const QStringList parts = hint.split(u'&').join(u',').split(u',', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype slash = part.indexOf(u'/');
        // "Custom:DND1001", "CustomPresence:1001", "park:701@parkedcalls", "Queue:..." are states, not
        // phones; a phone is "Tech/resource" (PJSIP/1001, SIP/1001, IAX2/office, DAHDI/1).
        if (slash <= 0 || part.left(slash).contains(u':') || part.startsWith(QLatin1String("Local/")))
            continue;
        return part;
    }
    return {};
}

QList<DeskPhone> DeskPhone::fromExtensionStates(const QList<AmiMessage>& events)
{
    QList<DeskPhone> phones;
    QSet<QString> seen;
    for (const AmiMessage& e : events) {
        if (!e.valueIs("Event", "ExtensionStatus"))
            continue;
        DeskPhone phone;
        phone.device = phoneDevice(e.value("Hint"));
        phone.extension = e.value("Exten");
        const int status = e.value("Status").toInt();
        if (phone.device.isEmpty() || phone.extension.isEmpty() || seen.contains(phone.device))
            continue;
        phone.registered = status != kUnavailable && status != kRemoved && status != kDeactivated;
        seen.insert(phone.device);
        phones.append(phone);
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(phones.begin(), phones.end(), [&](const DeskPhone& a, const DeskPhone& b) {
        if (a.registered != b.registered)
            return a.registered;
        return collator.compare(a.extension, b.extension) < 0;
    });
    return phones;
}
