// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/ParkedCall.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QSet>

class CallStore;
class Clock;
class ExtensionStore;

// Parked calls ("701@default"): ParkedCall (live and as a ParkedCalls list
// item), UnParkedCall, ParkedCallTimeOut, ParkedCallGiveUp. A parked call
// shows on its parking space's tile (a "park:" hint) and as what its channel
// does; one whose channel is gone (CallStore::channelGone) is gone too.
class ParkingStore final : public PbxStore
{
    Q_OBJECT
public:
    enum class ParkedCallEnd
    {
        Retrieved, // UnParkedCall
        TimedOut, // ParkedCallTimeOut: rings back to the parker
        GaveUp, // ParkedCallGiveUp: the caller hung up
        Gone, // vanished (resync, hangup, shutdown)
    };
    Q_ENUM(ParkedCallEnd)

    ParkingStore(CallStore* calls, ExtensionStore* extensions, Clock* clock, QObject* parent = nullptr);
    ~ParkingStore() override;

    void apply(const AmiMessage& event) override;
    void flush() override;
    void dump(QStringList& lines) const override;

    const QHash<QString, Pbx::ParkedCall>& parkedCalls() const { return m_parked; } // by "701@default"
    // Shutdown: every parked call goes.
    void dropAll();

Q_SIGNALS:
    void parkedCallAdded(const QString& key);
    void parkedCallChanged(const QString& key);
    void parkedCallRemoved(const QString& key, ParkingStore::ParkedCallEnd how);
    // Once per event that added, changed or removed any.
    void parkedCallsChanged();

protected:
    void syncBegun() override;
    void syncEnded(Categories refreshed) override;
    void clearAll() override;

private:
    void handleParkedCall(const AmiMessage& m);
    void handleParkedCallEnd(const AmiMessage& m, ParkedCallEnd how);
    void handleChannelGone(const QString& uniqueid);
    void removeParkedCall(const QString& key, ParkedCallEnd how);
    void touchParkingSpace(const QString& space);

    CallStore* m_calls;
    ExtensionStore* m_extensions;
    Clock* m_clock;
    QHash<QString, Pbx::ParkedCall> m_parked;
    bool m_touched = false;
    QSet<QString> m_seen;
};
