// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class AmiAction;
class AmiClient;
class AmiMessage;

// What the AMI account may do, learned up front. After every login it asks
// ListCommands, which Asterisk answers with only the actions the account's
// write classes permit ("Originate: Originate a call.  (Priv: originate,all)";
// manager.c lists an action when writeperm & authority, or when it needs no
// class). A "Permission denied" met later is added with learnRefused().
// Until the listing is in, or when the peer cannot give it, every action
// counts as permitted until refused.
//
// The UI and CallControl ask isPermitted(); classesFor() says which
// manager.conf write classes would let an action through.
class AmiPermissions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmiPermissions)
public:
    explicit AmiPermissions(AmiClient* client = nullptr, QObject* parent = nullptr);
    ~AmiPermissions() override;

    // True once a ListCommands answer was read (this session or an earlier one).
    bool isKnown() const { return m_known; }
    bool isPermitted(QByteArrayView action) const;
    // Actions refused so far (listing and Permission denied), as Asterisk spells them.
    QStringList refusedActions() const;

    // Any one of these write classes permits `action` (Asterisk 22's
    // ListCommands, the actions Attendant sends); empty = needs none or not known.
    static QStringList classesFor(QByteArrayView action);
    // The fewest classes that together permit all `actions`, in the order
    // docs/admin.md recommends them (call, originate, reporting, agent, user).
    static QStringList missingClassesFor(const QStringList& actions);

    // A ListCommands response (Response: Success, one header per action).
    void setListing(const AmiMessage& response);
    void learnRefused(QByteArrayView action);

Q_SIGNALS:
    void changed();

private:
    void query();
    void handleListing(AmiAction* action);

    QPointer<AmiClient> m_client;
    bool m_known = false;
    QSet<QByteArray> m_permitted; // lower case
    QSet<QByteArray> m_refused; // lower case, learned from replies
    QHash<QByteArray, QByteArray> m_spelling; // lower case → as Asterisk writes it
};
