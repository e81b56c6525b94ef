// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Settings.h"

#include <QString>

// A forced light or dark look: Fusion with a matching palette. "system" (or
// anything else) leaves the platform's look alone.
class ColorScheme final
{
public:
    static void apply(const QString& scheme);
    // The requested scheme, else the saved one.
    static void apply(const QString& requested, Settings::ColorScheme saved);
};
