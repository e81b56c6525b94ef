// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// What this process holds, read from /proc/self, for the chaos tests that
// require it to stay flat over reconnects, a soak and a flood.
namespace ProcessProbe {
// Resident memory (VmRSS) in KiB, or -1 if /proc cannot be read.
qint64 residentKiB();
// Open file descriptors.
int openFileDescriptors();
} // namespace ProcessProbe
