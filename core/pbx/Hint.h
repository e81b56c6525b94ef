// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Pbx {

// A dialplan hint as AMI reports it, parsed once:
// "PJSIP/1001&Custom:DND1001,CustomPresence:1001" = the devices joined by
// '&', then after ',' the presence provider. Nothing else may take the raw
// text for a device: "PJSIP/1001,CustomPresence:1001" is no channel.
class Hint final
{
public:
    // What the hint watches, which decides what the board makes of it.
    enum class Kind
    {
        None, // no hint text (yet)
        Phone, // at least one phone device ("PJSIP/1001", "SIP/…", "DAHDI/1")
        Parking, // a parking space ("park:701@parkedcalls")
        Custom, // only Custom: device states (DND toggles, night mode): a switch, not a person
        Other, // only other non-phone states ("Queue:support_avail", "confbridge:8500", …)
    };

    Hint() = default;
    explicit Hint(const QString& text);

    const QString& text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Every device of the hint, in order, presence part left out.
    const QStringList& devices() const { return m_devices; }
    // "CustomPresence:1001", empty if the hint has no presence part.
    const QString& presenceProvider() const { return m_presenceProvider; }
    // The devices a call can be placed from or found on ("PJSIP/1001").
    QStringList phoneDevices() const;
    // The first phone device: what Originate, ChanSpy and the call lookups use.
    QString phoneDevice() const;
    Kind kind() const;

    // "PJSIP/1001" yes; "Custom:DND1001", "park:701@x", "Queue:q_pause_PJSIP/1002" no.
    static bool isPhoneDevice(const QString& device);
    static bool isCustomDevice(const QString& device);

    friend bool operator==(const Hint&, const Hint&) = default;

private:
    QString m_text;
    QStringList m_devices;
    QString m_presenceProvider;
};

} // namespace Pbx
