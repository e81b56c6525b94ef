// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/PresenceSource.h"

PresenceSource::~PresenceSource() = default;
