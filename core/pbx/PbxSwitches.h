// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class PbxState;

namespace Pbx {

struct Extension;
class DndPattern;

// A feature switch of the PBX: a hint on Custom: device states only that is
// nobody's DND toggle, such as night mode ("9001" = Custom:nightmode, toggled
// by dialling 9001 or by DEVICE_STATE). Not a person: no tile.
struct Switch
{
    QString key; // "9001@phones"
    QString exten;
    QString context;
    QString device; // "Custom:nightmode"
    bool on = false; // the hint reports InUse/Busy (never set reads Idle: off)

    friend bool operator==(const Switch&, const Switch&) = default;
};

} // namespace Pbx

// The switches of one PbxState, kept up to date from its extension signals
// (a later day/night toggle reads and shows them).
class PbxSwitches final : public QObject
{
    Q_OBJECT
public:
    explicit PbxSwitches(PbxState* state, QObject* parent = nullptr);
    ~PbxSwitches() override;

    // Sorted by key.
    QList<Pbx::Switch> switches() const;
    // The switch of that key; an empty key if there is none.
    Pbx::Switch value(const QString& key) const;

    // A feature hint that is no DND toggle of an extension ("*76<ext>").
    static bool isSwitch(const Pbx::Extension& extension, const Pbx::DndPattern& dnd);

Q_SIGNALS:
    void switchChanged(const QString& key); // added or changed
    void switchRemoved(const QString& key);

private:
    void handleChanged(const QString& key);
    void handleRemoved(const QString& key);
    void handleCleared();

    QPointer<PbxState> m_state;
    QHash<QString, Pbx::Switch> m_switches;
};
