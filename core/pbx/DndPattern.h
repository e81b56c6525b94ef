// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

// The device that means "do not disturb" for an extension, as a site names
// it: FreePBX and most dialplans toggle "Custom:DND<ext>" (%1 or {exten} =
// the extension number). A pattern without placeholder names one fixed
// device ("Custom:operator-dnd"), which counts only for the hints that list it.
class DndPattern final
{
public:
    explicit DndPattern(const QString& pattern = {});

    QString pattern() const { return m_pattern; } // with %1
    bool isEmpty() const { return m_pattern.isEmpty(); }
    bool hasPlaceholder() const { return m_prefixLength >= 0; }
    // "Custom:DND1002" for "1002"; the fixed device if there is no placeholder.
    QString deviceFor(const QString& exten) const;
    // The same into out, reusing its capacity (no allocation once it is large enough).
    void writeDeviceFor(const QString& exten, QString& out) const;
    // "1002" for "Custom:DND1002" (case-insensitive); empty if the device does
    // not match or the pattern has no placeholder.
    QString extenOf(const QString& device) const;

    friend bool operator==(const DndPattern&, const DndPattern&) = default;

private:
    QString m_pattern;
    qsizetype m_prefixLength = -1; // where %1 starts, -1 without placeholder
};

} // namespace Pbx
