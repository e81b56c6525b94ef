// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/PresenceSource.h"

#include <QHash>
#include <QList>
#include <QPointer>

class PbxState;

// The directory's view of live presence: extension number → state, over
// every connected server. When a number exists in several contexts (a
// phone and a parking hint, say), the phone's context wins: hints of
// parking lots ("park:…") are never taken for a person's extension.
class PbxPresenceSource final : public PresenceSource
{
    Q_OBJECT
public:
    explicit PbxPresenceSource(QObject* parent = nullptr);
    ~PbxPresenceSource() override;

    void addServer(PbxState* state);
    void removeServer(PbxState* state);

    int presenceState(const QString& extension) const override;
    Note presenceNote(const QString& extension) const override;

private:
    void handleExtensionChanged(PbxState* state, const QString& key);
    void handleExtensionRemoved(PbxState* state, const QString& key);
    void rebuild();
    void index(PbxState* state, const QString& key);
    struct Entry;
    // The entry whose state the directory shows for a number: a person's hint first.
    const Entry* shownEntry(const QString& extension) const;

    struct Entry
    {
        QPointer<PbxState> state;
        QString key; // "1001@phones"
    };
    QList<QPointer<PbxState>> m_states;
    QHash<QString, QList<Entry>> m_byNumber;
};
