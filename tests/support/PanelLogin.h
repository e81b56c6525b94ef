// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AmiClient;
class FakeAmiServer;

// The start of every rig that drives a CallControl against the fake PBX:
// `server` listening on loopback (if it is not yet) and `client` logged in to
// it as the recorded "panel" user (panel/panelpass, MD5 challenge as the
// client does by default). False, with a warning, if the login did not come.
//
//   m_server = new FakeAmiServer;
//   m_client = new AmiClient;
//   QVERIFY(logInPanel(*m_server, *m_client));
bool logInPanel(FakeAmiServer& server, AmiClient& client);
