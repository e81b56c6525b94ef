// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPbx.h"

#include <memory>

class Clock;
class DemoTestClient;

// The demo office as the demo tests start it: scripted only (no background
// calls; every event is caused by the test), the panel account, listening on a
// loopback port. Null, with the reason logged, when it could not start.
std::unique_ptr<DemoPbx> startScriptedDemo(Clock* clock);

// Connects client to pbx and logs in as the panel account.
bool loginAsPanel(DemoTestClient& client, const DemoPbx& pbx, bool events = true);
