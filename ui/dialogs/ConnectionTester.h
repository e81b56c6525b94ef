// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/settings/DeskPhone.h"
#include "core/settings/ServerConfig.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

// "Test connection": connects with the given settings and secret, logs in,
// then asks Asterisk harmless questions to find the write classes the
// account lacks (an Originate/Redirect/QueuePause without parameters is
// refused with "Permission denied" before Asterisk looks at parameters, and
// otherwise fails on the missing parameter — nothing is dialled). Says
// exactly which step failed: DNS, refused, TLS, login, permissions. Lists the
// PBX's phones too (ExtensionStateList), so the operator picks their own.
class ConnectionTester final : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Connecting,
        LoggingIn,
        CheckingPermissions,
        Done,
    };
    Q_ENUM(Step)

    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    void start(const ServerConfig& server, const QString& secret);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    void progressed(ConnectionTester::Step step, const QString& text);
    // ok: logged in. text: one sentence (what failed, or what works and
    // which permissions are missing). missingClasses: for the profile.
    void finished(bool ok, const QString& text, const QStringList& missingClasses);
    // The PBX's phones (hint devices), before finished(); not sent when the list is refused.
    void phonesFound(const QList<DeskPhone>& phones);

private:
    void probe();
    void listPhones();
    void probeDone();
    void finish(bool ok, const QString& text);

    QPointer<AmiClient> m_client;
    QTimer* m_guard;
    QStringList m_missing;
    int m_pendingProbes = 0;
    bool m_done = false;
};
