// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/LdapSettings.h"

#include <QByteArray>

struct ldap;

// TLS of one libldap handle. Verification is on by default (chain and host
// name, LDAP_OPT_X_TLS_REQUIRE_CERT = demand). A certificate the user pinned
// is accepted instead only when its SHA-256 matches the pin, and that is
// checked right after the handshake, before the bind password is sent.
namespace LdapTls {

// Sets the TLS options before the first connection.
void configure(ldap* ld, const LdapSettings& settings);
// StartTLS, or for ldaps:// the connection itself (so that the handshake, not
// the bind, is the first thing on the wire). libldap's result code.
int start(ldap* ld, const LdapSettings& settings);
// The DER certificate the peer of a started handle showed; empty if none.
QByteArray peerCertificate(ldap* ld);
// A throw-away connection that does not verify, only to fetch the certificate
// a server shows, for the trust prompt. Never binds. Empty when the server
// cannot be reached or speaks no TLS.
QByteArray fetchPeerCertificate(const LdapSettings& settings);

} // namespace LdapTls
