// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapTls.h"

#include <ldap.h>

namespace {

void setCommonOptions(LDAP* ld, const LdapSettings& s)
{
    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval networkTimeout {s.networkTimeoutSeconds, 0};
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &networkTimeout);
}

void setRequireCert(LDAP* ld, int mode)
{
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &mode);
}

void newContext(LDAP* ld)
{
    // Per-handle TLS options only take effect in a fresh TLS context.
    const int isServer = 0;
    ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
}

} // namespace

namespace LdapTls {

void configure(LDAP* ld, const LdapSettings& s)
{
    // Verification is not optional: an attendant console must not hand the
    // bind password to whoever answers on the network. A pinned certificate
    // is compared byte for byte after the handshake instead (see start()).
    setRequireCert(ld, s.pinnedCertificateSha256.isEmpty() ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_ALLOW);
    if (!s.caCertificateFile.isEmpty()) {
        const QByteArray ca = s.caCertificateFile.toLocal8Bit();
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, ca.constData());
    }
    newContext(ld);
}

int start(LDAP* ld, const LdapSettings& s)
{
    if (s.isLdaps())
        return ldap_connect(ld);
    if (s.encryption == LdapSettings::Encryption::None)
        return LDAP_SUCCESS;
    return ldap_start_tls_s(ld, nullptr, nullptr);
}

QByteArray peerCertificate(LDAP* ld)
{
    berval der {0, nullptr};
    if (ldap_get_option(ld, LDAP_OPT_X_TLS_PEERCERT, &der) != LDAP_OPT_SUCCESS || !der.bv_val)
        return {};
    QByteArray out(der.bv_val, qsizetype(der.bv_len));
    ber_memfree(der.bv_val);
    return out;
}

QByteArray fetchPeerCertificate(const LdapSettings& s)
{
    LDAP* ld = nullptr;
    if (ldap_initialize(&ld, s.url.toUtf8().constData()) != LDAP_SUCCESS)
        return {};
    setCommonOptions(ld, s);
    setRequireCert(ld, LDAP_OPT_X_TLS_NEVER);
    newContext(ld);
    LdapSettings probe = s;
    if (!probe.isLdaps())
        probe.encryption = LdapSettings::Encryption::StartTls;
    QByteArray der;
    if (start(ld, probe) == LDAP_SUCCESS)
        der = peerCertificate(ld);
    ldap_unbind_ext_s(ld, nullptr, nullptr);
    return der;
}

} // namespace LdapTls
