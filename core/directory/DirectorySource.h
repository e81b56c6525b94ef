// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/Contact.h"

#include <QDateTime>
#include <QObject>

// Anything that yields contacts: an LDAP server, a CSV or vCard file. Loading
// is asynchronous; results and problems arrive by signal on the owner's thread.
class DirectorySource : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        ServerUnreachable, // connect refused, timed out, DNS
        TlsFailed, // StartTLS/ldaps handshake, certificate not trusted
        BindFailed, // wrong DN or password, or anonymous bind refused
        PasswordMissing, // a bind DN is set but the keychain has no password for it
        SearchFailed, // bad base DN, bad filter, server error, time limit
        SizeLimitExceeded, // the server cut the result short (partial list shown)
        FileUnreadable, // missing file, no permission
        MalformedEntry, // one row/card of a file was skipped (the rest loaded)
        FileTooLarge, // over the size or entry limit: the contacts loaded before are kept
    };
    Q_ENUM(Error)

    explicit DirectorySource(const QString& id, QObject* parent = nullptr);
    ~DirectorySource() override;

    QString id() const { return m_id; }
    // The server URL or the file path, for messages ("ldap://dir.example.com").
    virtual QString location() const = 0;

    // Begin loading (once); later calls of reload() fetch again.
    virtual void start() = 0;
    virtual void reload() = 0;

    bool isLoading() const { return m_loading; }
    QList<Contact> contacts() const { return m_contacts; }
    // True when contacts() are the cached copy from an earlier run.
    bool isStale() const { return m_stale; }
    // When contacts() were fetched from the source (for stale ones: when the cache was written).
    QDateTime loadedAt() const { return m_loadedAt; }

Q_SIGNALS:
    void loadingStarted(const QString& sourceId);
    // total is -1 while unknown (LDAP does not say how many entries will come).
    void progressChanged(const QString& sourceId, int loaded, int total);
    void contactsLoaded(const QString& sourceId, const QList<Contact>& contacts, bool stale);
    // detail names the server or file and the reason, e.g.
    // "ldap://dir.example.com:389: Invalid credentials".
    void errorOccurred(const QString& sourceId, DirectorySource::Error error, const QString& detail);

protected:
    // For subclasses: stores the result and emits contactsLoaded().
    void publish(const QList<Contact>& contacts, bool stale, const QDateTime& loadedAt);
    void setLoading(bool loading);

private:
    QString m_id;
    QList<Contact> m_contacts;
    bool m_stale = false;
    bool m_loading = false;
    QDateTime m_loadedAt;
};
