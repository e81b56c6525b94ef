// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct Profile;

// What keeps a profile edited in the settings dialog from being saved, one
// sentence each (empty when it can be saved).
QStringList profileProblems(const Profile& profile);
