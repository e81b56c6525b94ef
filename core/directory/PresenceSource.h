// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// Live state of extensions, as the directory needs it. The application adapts
// PbxState to this (the directory does not know about AMI or servers).
class PresenceSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PresenceSource() override;

    // A Pbx::ExtensionState (core/pbx/ExtensionState.h) as int; Unknown when
    // the extension is not known.
    virtual int presenceState(const QString& extension) const = 0;

    // What the person said (Asterisk's presence: state name "away", message "Lunch"); empty when
    // nothing. The ui makes the words (ui/common/PresenceStyle).
    struct Note
    {
        QString presence;
        QString message;
    };
    virtual Note presenceNote(const QString& extension) const
    {
        Q_UNUSED(extension);
        return {};
    }

Q_SIGNALS:
    void presenceChanged(const QString& extension);
    // Everything may have changed (reconnect, server switched).
    void presenceReset();
};
