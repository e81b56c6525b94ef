// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class DemoWorld;

// Writes what Asterisk's app_voicemail (file storage, format=wav) writes:
// <spool>/default/<mailbox>/<folder>/msgNNNN.wav and msgNNNN.txt, taking the
// folder lock (.lock, made with link() like ast_lock_path) meanwhile, so
// readers that honour the lock never see half a message. The .txt has the
// fields of the real files in tests/data/voicemail-spool (Asterisk 22 no
// longer writes macrocontext). Also writes the office directory as CSV.
class DemoVoicemail final
{
public:
    struct Deposit
    {
        QString mailbox;
        QString folder = QStringLiteral("INBOX");
        QString context;
        QString exten;
        int priority = 1;
        QString callerChannel;
        QString callerId; // "Name" <number>
        qint64 origTime = 0; // seconds since the epoch
        int durationSec = 0;
        bool urgent = false;
    };

    // spoolPath is the level that holds the voicemail contexts ("default/").
    explicit DemoVoicemail(const QString& spoolPath);

    const QString& spoolPath() const { return m_spoolPath; }
    QString folderPath(const QString& mailbox, const QString& folder) const;

    // Returns the message path without extension (what VM_MESSAGEFILE holds), empty on failure.
    QString deposit(const Deposit& deposit, quint32 audioSeed);

    // RIFF/WAVE, PCM 16 bit mono 8000 Hz: a few seconds of generated tones.
    static QByteArray synthesizeWav(int seconds, quint32 seed);
    // name,extension,department,mail; UTF-8, RFC 4180 quoting.
    static bool writeDirectory(const QString& path, DemoWorld& world);

    // app_voicemail's folder lock; false after timeoutMs without getting it.
    static bool lockFolder(const QString& dir, int attempts = 50);
    static void unlockFolder(const QString& dir);

private:
    QString m_spoolPath;
    quint32 m_msgIdSequence = 0;
};
