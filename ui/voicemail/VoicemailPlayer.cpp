// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailPlayer.h"

#include "core/voicemail/AudioFormatProbe.h"
#include "core/voicemail/ListeningProgress.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using AudioFormatProbe::Kind;

namespace {

struct PlayableSource
{
    QString path; // empty when none of the files can be played
    bool isGsm = false;
};

// PCM WAV first (plays everywhere), then other WAVE codecs, then GSM.
PlayableSource bestPlayableSource(const QStringList& paths)
{
    QString pcm;
    QString otherWave;
    QString gsm;
    for (const QString& path : paths) {
        switch (AudioFormatProbe::probeFile(path)) {
        case Kind::WavPcm:
            if (pcm.isEmpty())
                pcm = path;
            break;
        case Kind::WavOther:
            if (otherWave.isEmpty())
                otherWave = path;
            break;
        case Kind::WavGsm:
        case Kind::RawGsm:
            if (gsm.isEmpty())
                gsm = path;
            break;
        case Kind::Other:
        case Kind::Unknown:
            break;
        }
    }
    if (!pcm.isEmpty())
        return {pcm, false};
    if (!otherWave.isEmpty())
        return {otherWave, false};
    return {gsm, !gsm.isEmpty()};
}

} // namespace

VoicemailPlayer::VoicemailPlayer(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_progress(new ListeningProgress(clock, this))
    , m_output(new QAudioOutput(this))
    , m_playButton(new QToolButton(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_status(new QLabel(this))
{
    m_player->setAudioOutput(m_output);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Voicemail player"));
    buildLayout();
    connectParts();
    clear();
}

VoicemailPlayer::~VoicemailPlayer()
{
    m_player->stop();
    m_player->setSource(QUrl()); // lets go of m_file before it goes
}

void VoicemailPlayer::buildLayout()
{
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolTip(tr("Play (Space)"));
    m_playButton->setAccessibleName(tr("Play"));
    m_position->setAccessibleName(tr("Position"));
    m_position->setToolTip(tr("Position (Left/Right: 5 seconds back/forward)"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(100);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_output->setVolume(0.8f);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_playButton);
    row->addWidget(m_position, 1);
    row->addWidget(m_time);
    auto* volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));
    row->addWidget(volumeIcon);
    row->addWidget(m_volume);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

void VoicemailPlayer::connectParts()
{
    connect(m_playButton, &QToolButton::clicked, this, &VoicemailPlayer::togglePlayPause);
    connect(m_volume, &QSlider::valueChanged, this, &VoicemailPlayer::setVolume);
    connect(m_position, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_position, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        m_player->setPosition(m_position->value());
    });
    connect(m_position, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and keyboard steps move playback, not only the handle.
        if (action != QAbstractSlider::SliderMove)
            m_player->setPosition(m_position->sliderPosition());
    });
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this, &VoicemailPlayer::handlePlaybackStateChanged);
    connect(m_player, &QMediaPlayer::positionChanged, this, &VoicemailPlayer::handlePositionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &VoicemailPlayer::handleDurationChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &VoicemailPlayer::handleMediaStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &VoicemailPlayer::handleError);
    connect(m_progress, &ListeningProgress::heard, this, &VoicemailPlayer::handleHeard);
    connect(m_progress, &ListeningProgress::stalled, this, &VoicemailPlayer::handleStalled);
}

void VoicemailPlayer::clear()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_file.close();
    m_message = VoicemailMessage();
    m_source.clear();
    m_sourceIsGsm = false;
    m_failureReported = false;
    m_progress->reset();
    m_position->setRange(0, 0);
    m_position->setValue(0);
    setStatus({});
    updateTimeLabel();
    m_playButton->setEnabled(false);
    m_position->setEnabled(false);
}

void VoicemailPlayer::setMessage(const VoicemailMessage& message)
{
    clear();
    m_message = message;
    if (message.damage == VoicemailMessage::Damage::EmptyAudio) {
        // Never handed to the backend: a 0-byte file only produces a decoder error.
        setStatus(tr("This message's recording is empty (%1 has 0 bytes), so it cannot be played. "
                     "The message can still be deleted or moved.")
                      .arg(message.damageDetail));
        return;
    }
    if (!message.hasAudio()) {
        setStatus(tr("This message has no recording: its audio file is missing from the voicemail spool. "
                     "The message information is still shown."));
        return;
    }
    if (std::none_of(message.audioPaths.cbegin(), message.audioPaths.cend(),
            [](const QString& p) { return QFileInfo::exists(p); })) {
        setStatus(tr("The recording is no longer there; the message was probably moved or deleted "
                     "meanwhile."));
        return;
    }
    const PlayableSource source = bestPlayableSource(message.audioPaths);
    m_source = source.path;
    if (m_source.isEmpty()) {
        setStatus(tr("This message's audio is in a format that cannot be played here (%1).")
                      .arg(message.audioPaths.join(QStringLiteral(", "))));
        return;
    }
    m_sourceIsGsm = source.isGsm;
    m_playButton->setEnabled(true);
    m_position->setEnabled(true);
    if (message.info.duration() > 0) {
        // Asterisk's duration until the media tells us the exact length.
        m_position->setRange(0, message.info.duration() * 1000);
        m_progress->reset(message.info.duration() * 1000);
    }
    updateTimeLabel();
    // Loaded on Play, not here (browsing the list opens no pipeline).
}

void VoicemailPlayer::load()
{
    if (!m_player->source().isEmpty())
        return;
    // Through a QIODevice, not a file URL: Qt 6.4's GStreamer player feeds a
    // device from this thread's event loop, so the decoder sees no byte before
    // setSource returns. With a URL its own reader races setSource's flushing
    // seek and can deadlock the window (docs/reliability.md).
    m_file.close();
    m_file.setFileName(m_source);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(describeError(QMediaPlayer::ResourceError), m_file.errorString());
        return;
    }
    m_player->setSourceDevice(&m_file, QUrl::fromLocalFile(m_source));
}

void VoicemailPlayer::setAudioFile(const QString& path, qint64 durationMs)
{
    VoicemailMessage file;
    file.folder = Voicemail::Folder::Old; // never new: playing it marks nothing
    file.audioPaths = {path};
    setMessage(file);
    if (!canPlay() || durationMs <= 0)
        return;
    m_position->setRange(0, int(durationMs));
    m_progress->reset(durationMs);
    updateTimeLabel();
}

QString VoicemailPlayer::statusText() const
{
    return m_status->text();
}

void VoicemailPlayer::play()
{
    if (!canPlay())
        return;
    load();
    if (!m_player->source().isEmpty())
        m_player->play();
}

void VoicemailPlayer::pause()
{
    m_player->pause();
}

void VoicemailPlayer::togglePlayPause()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        pause();
    else
        play();
}

void VoicemailPlayer::seekBy(qint64 deltaMs)
{
    if (!canPlay() || m_player->source().isEmpty())
        return; // nothing loaded yet: playback starts at 0:00
    const qint64 length = m_player->duration() > 0 ? m_player->duration() : m_position->maximum();
    m_player->setPosition(std::clamp<qint64>(m_player->position() + deltaMs, 0, length));
}

void VoicemailPlayer::setVolume(int percent)
{
    m_output->setVolume(float(percent) / 100.0f);
    if (m_volume->value() != percent)
        m_volume->setValue(percent);
}

void VoicemailPlayer::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlayPause();
        event->accept();
        return;
    case Qt::Key_Left:
        seekBy(-5000);
        event->accept();
        return;
    case Qt::Key_Right:
        seekBy(5000);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void VoicemailPlayer::handlePlaybackStateChanged(QMediaPlayer::PlaybackState state)
{
    const bool playing = state == QMediaPlayer::PlayingState;
    m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_progress->setPlaying(playing);
}

void VoicemailPlayer::handleHeard()
{
    // Audio really came out: whatever a stall check said before is over.
    if (!m_failureReported)
        setStatus({});
    Q_EMIT playbackStarted(m_message);
    const bool isNew
        = m_message.folder == Voicemail::Folder::Inbox || m_message.folder == Voicemail::Folder::Urgent;
    if (m_markHeardOnPlay && isNew)
        Q_EMIT heardRequested(m_message);
}

void VoicemailPlayer::handleStalled()
{
    fail(tr("Nothing can be heard: playback does not move on. Check that this computer has a working "
            "sound output (speakers or headset); if the voicemail folder is on a network share, check "
            "that it is still reachable. The message stays unheard."));
}

void VoicemailPlayer::handleMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    if (status != QMediaPlayer::EndOfMedia)
        return;
    m_progress->reachedEnd();
    // A header and no sound (an interrupted copy, a deposit still being written) ends at 0:00.
    if (!m_progress->isHeard() && !m_failureReported)
        fail(tr("The recording ended before any sound played: the file is empty or cut off. The message "
                "stays unheard."));
}

void VoicemailPlayer::handlePositionChanged(qint64 position)
{
    if (!m_sliderHeld) {
        const QSignalBlocker block(m_position);
        m_position->setValue(int(position));
    }
    updateTimeLabel();
    m_progress->setPosition(position);
}

void VoicemailPlayer::handleDurationChanged(qint64 duration)
{
    if (duration > 0)
        m_position->setRange(0, int(duration));
    m_progress->setDuration(duration);
    updateTimeLabel();
}

void VoicemailPlayer::handleError(QMediaPlayer::Error error, const QString& text)
{
    if (error == QMediaPlayer::NoError)
        return;
    m_progress->setPlaying(false);
    m_playButton->setEnabled(false);
    if (m_failureReported)
        return; // backends report one failure several times
    if (m_sourceIsGsm) {
        fail(tr("This message is stored as GSM audio (%1) and no GSM decoder is installed on this "
                "computer, so it cannot be played here. Install the GStreamer GSM plugin "
                "(gstreamer1.0-plugins-bad) or ask the administrator to add \"wav\" to the voicemail "
                "formats.")
                 .arg(QFileInfo(m_source).fileName()),
            text);
    } else {
        fail(describeError(error), text);
    }
}

QString VoicemailPlayer::describeError(QMediaPlayer::Error error)
{
    switch (error) {
    case QMediaPlayer::FormatError:
        return tr("The recording could not be played: it is in a format this computer cannot decode. "
                  "The message stays unheard.");
    case QMediaPlayer::NetworkError:
        return tr("The recording could not be played: it could not be read from the network. The message "
                  "stays unheard.");
    case QMediaPlayer::AccessDeniedError:
        return tr("The recording could not be played: you have no permission to read it. The message stays "
                  "unheard.");
    case QMediaPlayer::ResourceError:
    case QMediaPlayer::NoError:
        break;
    }
    return tr("The recording could not be played: the file is damaged or cannot be read. The message stays "
              "unheard.");
}

void VoicemailPlayer::fail(const QString& text, const QString& detail)
{
    m_failureReported = true;
    setStatus(text);
    // The backend's own words (English, technical) for whoever investigates.
    m_status->setToolTip(detail);
    Q_EMIT playbackFailed(text);
}

void VoicemailPlayer::updateTimeLabel()
{
    const qint64 length = m_player->duration() > 0 ? m_player->duration() : m_position->maximum();
    m_time->setText(tr("%1 / %2").arg(formatTime(m_player->position()), formatTime(length)));
}

void VoicemailPlayer::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_status->setToolTip({});
}

QString VoicemailPlayer::formatTime(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
