// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/PresenceSource.h"

PresenceSource::~PresenceSource() = default;
