// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/RecordingRules.h"
#include "core/recording/RecordingControl.h"
#include "core/recording/RecordingSettings.h"
#include "core/recording/RecordingStore.h"

#include <QAbstractItemView>
#include <QHash>
#include <QPointer>
#include <QWidget>

class AmiPermissions;
class Clock;
class QListWidget;
class QPushButton;

// Call recording (MixMonitor): records the call chosen in the calls panel,
// and lists every call being recorded on the PBX — also those someone else
// started — with how long, paused or not (a word and a symbol each), with
// Pause/Resume and Stop.
class CallRecordingPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CallRecordingPanel(QWidget* parent = nullptr, Clock* clock = nullptr);
    ~CallRecordingPanel() override;

    // `permissions` may be null (everything assumed granted); a button the AMI
    // account may not use is disabled and its tooltip names the missing class.
    void addServer(const QString& serverId, RecordingStore* store, RecordingControl* control,
        AmiPermissions* permissions = nullptr);
    // The calls panel's view: "Record call" records its current call (CallRoles).
    void setCallView(QAbstractItemView* calls);
    // File name template (RecordingFileName), e.g. "{date}-{time}-{caller}-{callee}-{uniqueid}.wav".
    void setFileTemplate(const QString& pattern) { m_fileTemplate = pattern; }
    // The file name template for a recording started on `serverId` (the tile menu's too).
    QString fileTemplate(const QString& serverId) const;
    // Per server (Settings › Recording): the file-name template and the MixMonitor options, beep included.
    void applySettings(const RecordingSettings& settings);

    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

private:
    struct Server
    {
        QPointer<RecordingStore> store;
        QPointer<RecordingControl> control;
        QPointer<AmiPermissions> permissions;
    };
    // Enables `button` when `action` may be sent; else its tooltip says why.
    void setButton(QPushButton* button, RecordingRules::Action action, bool hasTarget,
        const CallRecording* recording, const Server& server, const QString& whatItDoes);

    void refresh();
    void updateButtons();
    void recordCurrentCall();
    void pauseOrResume();
    void stopChosen();
    // The chosen row's server and channel; false when none.
    bool chosen(Server* server, QString* channel) const;

    Clock* m_clock;
    QListWidget* m_list;
    QPushButton* m_record;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QPointer<QAbstractItemView> m_calls;
    QHash<QString, Server> m_servers;
    QString m_fileTemplate;
    RecordingSettings m_settings;
};
