// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/voicemail/VoicemailBrowser.h"

#include "MockClock.h"
#include "core/voicemail/VoicemailStore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class PbxState;
class PbxVoicemailBridge;

// What the VoicemailBrowser tests share: a copy of the real spool, a scanned
// store and a shown browser on the mock clock, made anew for every test
// function (setUpRig() from init(), tearDownRig() from cleanup()).
class VoicemailBrowserRig : public QObject
{
protected:
    void setUpRig();
    void tearDownRig();
    int rowOfCaller(const QString& name) const;
    // The mailboxes of the recorded VoicemailUsersList, through PbxState and the bridge as in the app.
    void applyRecordedVoicemailUsers(PbxState& state, PbxVoicemailBridge& bridge);
    QStringList mailboxTitles() const;
    QStringList forwardTargets() const;
    QString path(const QString& rel) const { return m_dir->path() + QStringLiteral("/default/") + rel; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<VoicemailStore> m_store;
    std::unique_ptr<VoicemailBrowser> m_browser;
};
