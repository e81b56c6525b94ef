// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"

#include <QFile>
#include <QMediaPlayer>
#include <QWidget>

class Clock;
class ListeningProgress;
class QAudioOutput;
class QLabel;
class QSlider;
class QToolButton;

// Plays one voicemail: play/pause, seek slider, position and length, volume.
// Keyboard: Space plays/pauses, Left/Right seek 5 s. Prefers the PCM .wav
// Asterisk writes with format=wav; when only GSM (WAV/wav49 or gsm) is there
// and the system has no decoder, it says so instead of failing silently.
// Playing a new (INBOX/Urgent) message asks for it to be marked heard once
// audio has really played (ListeningProgress: the position moved forward),
// if enabled — never merely because Play was pressed. Failures are said in
// words: an error from the media backend, a recording with nothing in it, or
// playback that does not move (no sound device, a share that stopped answering).
class VoicemailPlayer final : public QWidget
{
    Q_OBJECT
public:
    // clock: for noticing playback that does not move (tests pass a MockClock).
    explicit VoicemailPlayer(QWidget* parent = nullptr, Clock* clock = nullptr);
    ~VoicemailPlayer() override;

    // Loads the message (does not start playing). A message without audio is
    // shown with a plain explanation and the controls disabled.
    void setMessage(const VoicemailMessage& message);
    // Loads a plain audio file (a call recording): nothing to mark heard.
    // durationMs (-1: unknown) fills the length until the media says it.
    void setAudioFile(const QString& path, qint64 durationMs);
    void clear();
    const VoicemailMessage& message() const { return m_message; }
    // The file chosen for playback, empty if none.
    QString source() const { return m_source; }
    bool canPlay() const { return !m_source.isEmpty(); }
    // The explanation shown under the controls (empty when all is well).
    QString statusText() const;

    void setMarkHeardOnPlay(bool on) { m_markHeardOnPlay = on; }
    bool markHeardOnPlay() const { return m_markHeardOnPlay; }

    QMediaPlayer* mediaPlayer() const { return m_player; }

public Q_SLOTS:
    void play(); // loads the recording first (selecting a message does not)
    void pause();
    void togglePlayPause();
    void seekBy(qint64 deltaMs);
    void setVolume(int percent);

Q_SIGNALS:
    // Emitted once per loaded message, when audio has really played (not on Play alone).
    void playbackStarted(const VoicemailMessage& message);
    // Emitted with playbackStarted when mark-heard-on-play is on and the message is new.
    void heardRequested(const VoicemailMessage& message);
    // Once per loaded message: playback failed; text is the sentence shown under the controls.
    void playbackFailed(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void load();
    void buildLayout();
    void connectParts();
    void handlePlaybackStateChanged(QMediaPlayer::PlaybackState state);
    void handlePositionChanged(qint64 position);
    void handleDurationChanged(qint64 duration);
    void handleMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void handleError(QMediaPlayer::Error error, const QString& text);
    void handleHeard();
    void handleStalled();
    void fail(const QString& text, const QString& detail = {});
    static QString describeError(QMediaPlayer::Error error);
    void updateTimeLabel();
    void setStatus(const QString& text);
    static QString formatTime(qint64 ms);

    QMediaPlayer* m_player;
    ListeningProgress* m_progress;
    QAudioOutput* m_output;
    QToolButton* m_playButton;
    QSlider* m_position;
    QLabel* m_time;
    QSlider* m_volume;
    QLabel* m_status;
    VoicemailMessage m_message;
    QString m_source;
    QFile m_file; // what the player reads from, once loaded
    bool m_sourceIsGsm = false;
    bool m_failureReported = false;
    bool m_markHeardOnPlay = true;
    bool m_sliderHeld = false;
};
