// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapQuery.h"

#include "core/common/CertificateInfo.h"
#include "core/directory/LdapEntryMapping.h"
#include "core/directory/LdapTls.h"

#include <QCoreApplication>

#include <ldap.h>

#include <memory>
#include <optional>
#include <vector>

namespace {

struct LdapDeleter
{
    void operator()(LDAP* ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); }
};
using LdapHandle = std::unique_ptr<LDAP, LdapDeleter>;

QString ldapReason(LDAP* ld, int rc)
{
    QString reason = QString::fromUtf8(ldap_err2string(rc));
    char* diagnostic = nullptr;
    if (ld && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS
        && diagnostic) {
        const QString extra = QString::fromUtf8(diagnostic).trimmed();
        // libldap puts "(unknown error code)" there when it has nothing to add.
        if (!extra.isEmpty() && !extra.startsWith(QLatin1Char('(')))
            reason += QLatin1String(" (") + extra + QLatin1Char(')');
        ldap_memfree(diagnostic);
    }
    return reason;
}

LdapQueryResult failure(const LdapSettings& s, LDAP* ld, DirectorySource::Error error, int rc)
{
    LdapQueryResult r;
    r.error = error;
    r.detail = s.url + QLatin1String(": ") + ldapReason(ld, rc);
    return r;
}

// Connection-level errors mean "try again later"; others are configuration problems.
DirectorySource::Error classify(int rc, DirectorySource::Error otherwise)
{
    switch (rc) {
    case LDAP_SERVER_DOWN:
    case LDAP_TIMEOUT:
    case LDAP_UNAVAILABLE:
    case LDAP_BUSY:
        return DirectorySource::Error::ServerUnreachable;
    case LDAP_CONNECT_ERROR:
        return DirectorySource::Error::TlsFailed;
    default:
        return otherwise;
    }
}

// The values of one attribute of an entry, at most max (all when max < 0).
QStringList entryValues(LDAP* ld, LDAPMessage* entry, const QByteArray& attribute, qsizetype max)
{
    QStringList out;
    berval** vals = ldap_get_values_len(ld, entry, attribute.constData());
    if (!vals)
        return out;
    for (berval** v = vals; *v && (max < 0 || out.size() < max); ++v)
        out.append(QString::fromUtf8((*v)->bv_val, qsizetype((*v)->bv_len)));
    ldap_value_free_len(vals);
    return out;
}

// Starts TLS and checks a pinned certificate; error None when the bind may go ahead.
LdapQueryResult checkTls(LDAP* ld, const LdapSettings& s)
{
    const int rc = LdapTls::start(ld, s);
    if (rc != LDAP_SUCCESS) {
        // For ldaps:// a refused certificate looks like "server down": a
        // second, unverified handshake tells a trust problem from no server.
        const QByteArray shown = LdapTls::fetchPeerCertificate(s);
        const bool unreachable = shown.isEmpty() && (rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT);
        LdapQueryResult r = failure(s, ld,
            unreachable ? DirectorySource::Error::ServerUnreachable : DirectorySource::Error::TlsFailed, rc);
        r.peerCertificate = shown;
        return r;
    }
    if (!s.pinnedCertificateSha256.isEmpty()) {
        const QByteArray shown = LdapTls::peerCertificate(ld);
        if (!CertificateInfo::matchesPin(shown, s.pinnedCertificateSha256)) {
            LdapQueryResult r;
            r.error = DirectorySource::Error::TlsFailed;
            r.detail = s.url + QLatin1String(": ")
                + QCoreApplication::translate("LdapQuery",
                    "the server's certificate is not the one you trusted (its fingerprint changed)");
            r.peerCertificate = shown;
            return r;
        }
    }
    return {};
}

int scopeValue(LdapSettings::Scope scope)
{
    switch (scope) {
    case LdapSettings::Scope::Base:
        return LDAP_SCOPE_BASE;
    case LdapSettings::Scope::OneLevel:
        return LDAP_SCOPE_ONELEVEL;
    case LdapSettings::Scope::Subtree:
        break;
    }
    return LDAP_SCOPE_SUBTREE;
}

// Connects (ldaps:// or StartTLS with the pin checked) and binds; error None when the search may go ahead.
LdapQueryResult open(const LdapSettings& s, const QString& password, LdapHandle& ld)
{
    LDAP* raw = nullptr;
    int rc = ldap_initialize(&raw, s.url.toUtf8().constData());
    if (rc != LDAP_SUCCESS)
        return failure(s, nullptr, DirectorySource::Error::ServerUnreachable, rc);
    ld.reset(raw);

    const int version = LDAP_VERSION3;
    ldap_set_option(raw, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(raw, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval networkTimeout {s.networkTimeoutSeconds, 0};
    ldap_set_option(raw, LDAP_OPT_NETWORK_TIMEOUT, &networkTimeout);
    LdapTls::configure(raw, s);
    if (s.isLdaps() || s.encryption != LdapSettings::Encryption::None) {
        if (LdapQueryResult refused = checkTls(raw, s); refused.error != DirectorySource::Error::None)
            return refused;
    }

    QByteArray dn = s.bindDn.toUtf8();
    QByteArray pw = password.toUtf8();
    berval cred {ber_len_t(pw.size()), pw.data()};
    rc = ldap_sasl_bind_s(
        raw, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE, &cred, nullptr, nullptr, nullptr);
    pw.fill('\0');
    if (rc != LDAP_SUCCESS)
        return failure(s, raw, classify(rc, DirectorySource::Error::BindFailed), rc);
    return {};
}

// One search, page by page (RFC 2696 paged results when pageSize > 0): the
// request in libldap's form and the cookie that asks for the next page.
class PagedSearch
{
public:
    PagedSearch(LDAP* ld, const LdapSettings& s, const QString& filter)
        : m_ld(ld)
        , m_s(s)
        , m_base(s.baseDn.toUtf8())
        , m_filter(filter.toUtf8())
        , m_mapping(s.attributes)
    {
        const QStringList attrNames = s.attributes.requestedAttributes();
        for (const QString& a : attrNames)
            m_attrBytes.append(a.toUtf8());
        for (QByteArray& a : m_attrBytes)
            m_attrs.push_back(a.data());
        m_attrs.push_back(nullptr);
    }
    ~PagedSearch() { ber_bvfree(m_cookie); }
    PagedSearch(const PagedSearch&) = delete;
    PagedSearch& operator=(const PagedSearch&) = delete;

    // Fetches the next page into result (a size limit ends it with the
    // contacts so far); more says whether another page follows. A failure
    // that voids the whole fetch is returned instead.
    std::optional<LdapQueryResult> next(LdapQueryResult& result, bool& more);

private:
    // The page's entries into result; true if the server offers another page.
    bool readPage(LDAPMessage* res, LdapQueryResult& result);

    LDAP* m_ld;
    const LdapSettings& m_s;
    QByteArray m_base;
    QByteArray m_filter;
    const LdapEntryMapping m_mapping;
    QList<QByteArray> m_attrBytes;
    std::vector<char*> m_attrs;
    berval* m_cookie = nullptr;
};

std::optional<LdapQueryResult> PagedSearch::next(LdapQueryResult& result, bool& more)
{
    more = false;
    LDAPControl* pageControl = nullptr;
    LDAPControl* serverControls[2] = {nullptr, nullptr};
    if (m_s.pageSize > 0) {
        const int rc = ldap_create_page_control(m_ld, m_s.pageSize, m_cookie, 0, &pageControl);
        if (rc != LDAP_SUCCESS)
            return failure(m_s, m_ld, DirectorySource::Error::SearchFailed, rc);
        serverControls[0] = pageControl;
    }
    LDAPMessage* res = nullptr;
    timeval timeLimit {m_s.timeLimitSeconds, 0};
    const int rc = ldap_search_ext_s(m_ld, m_base.constData(), scopeValue(m_s.scope), m_filter.constData(),
        m_attrs.data(), 0, serverControls, nullptr, m_s.timeLimitSeconds > 0 ? &timeLimit : nullptr,
        m_s.sizeLimit, &res);
    if (pageControl)
        ldap_control_free(pageControl);
    ber_bvfree(m_cookie);
    m_cookie = nullptr;
    if (res) {
        more = readPage(res, result);
        ldap_msgfree(res);
    }
    if (rc == LDAP_SIZELIMIT_EXCEEDED) {
        result.error = DirectorySource::Error::SizeLimitExceeded;
        result.detail = m_s.url + QLatin1String(": ") + ldapReason(m_ld, rc);
        more = false;
    } else if (rc != LDAP_SUCCESS) {
        return failure(m_s, m_ld, classify(rc, DirectorySource::Error::SearchFailed), rc);
    }
    return std::nullopt;
}

bool PagedSearch::readPage(LDAPMessage* res, LdapQueryResult& result)
{
    for (LDAPMessage* e = ldap_first_entry(m_ld, res); e; e = ldap_next_entry(m_ld, e)) {
        const auto values = [this, e](const QByteArray& attribute, qsizetype max) {
            return entryValues(m_ld, e, attribute, max);
        };
        result.contacts.append(m_mapping.toContact(values, m_s.sourceId));
    }
    int resultCode = LDAP_SUCCESS;
    LDAPControl** returned = nullptr;
    if (ldap_parse_result(m_ld, res, &resultCode, nullptr, nullptr, nullptr, &returned, 0) != LDAP_SUCCESS)
        return false;
    bool more = false;
    if (LDAPControl* pr = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, returned, nullptr)) {
        ber_int_t estimate = 0;
        berval next {0, nullptr};
        if (ldap_parse_pageresponse_control(m_ld, pr, &estimate, &next) == LDAP_SUCCESS) {
            if (next.bv_len > 0) {
                m_cookie = ber_bvdup(&next);
                more = true;
            }
            ber_memfree(next.bv_val);
        }
    }
    ldap_controls_free(returned);
    return more;
}

} // namespace

LdapQueryResult runLdapQuery(const LdapSettings& s, const QString& password, const QString& filter,
    const std::atomic_bool& cancel, const std::function<void(int)>& progress)
{
    LdapHandle ld;
    if (LdapQueryResult refused = open(s, password, ld); refused.error != DirectorySource::Error::None)
        return refused;
    PagedSearch search(ld.get(), s, filter);
    LdapQueryResult result;
    bool more = true;
    while (more && !cancel.load()) {
        if (std::optional<LdapQueryResult> failed = search.next(result, more))
            return *failed;
        if (progress)
            progress(int(result.contacts.size()));
    }
    return result;
}
