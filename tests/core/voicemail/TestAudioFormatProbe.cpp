// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/AudioFormatProbe.h"

#include "SpoolFixture.h"

#include <QDirIterator>
#include <QTest>

using AudioFormatProbe::Kind;

namespace {
QByteArray waveHeader(quint16 tag)
{
    QByteArray h("RIFF\x24\x00\x00\x00WAVEfmt \x14\x00\x00\x00", 20);
    h.append(char(tag & 0xff));
    h.append(char(tag >> 8));
    h.append(QByteArray(18, '\0'));
    return h;
}
} // namespace

class TestAudioFormatProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void everyFixtureWavIsPcm();
};

void TestAudioFormatProbe::classify_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("PCM wav") << QStringLiteral("msg0000.wav") << waveHeader(1) << Kind::WavPcm;
    QTest::newRow("GSM in WAV (wav49)") << QStringLiteral("msg0000.WAV") << waveHeader(0x31) << Kind::WavGsm;
    QTest::newRow("mu-law wav") << QStringLiteral("msg0000.wav") << waveHeader(7) << Kind::WavOther;
    QTest::newRow("raw gsm") << QStringLiteral("msg0000.gsm") << QByteArray("\xd8\x20\xa2\xe1", 4)
                             << Kind::RawGsm;
    QTest::newRow("wav that is not RIFF")
        << QStringLiteral("msg0000.wav") << QByteArray("garbage") << Kind::Unknown;
    QTest::newRow("truncated RIFF") << QStringLiteral("msg0000.wav") << QByteArray("RIFF\0\0", 6)
                                    << Kind::Unknown;
    QTest::newRow("sln") << QStringLiteral("msg0000.sln") << QByteArray(16, '\0') << Kind::Other;
    // Sized by the compiler (ASan found a hand-counted 38 reading past this 34-byte header).
    static const char listFirstBytes[]
        = "RIFF\x40\x00\x00\x00WAVELIST\x04\x00\x00\x00INFOfmt \x10\x00\x00\x00\x31\x00";
    const QByteArray listFirst(listFirstBytes, sizeof(listFirstBytes) - 1);
    QTest::newRow("LIST chunk before fmt") << QStringLiteral("msg0000.WAV") << listFirst << Kind::WavGsm;
}

void TestAudioFormatProbe::classify()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    QFETCH(Kind, kind);
    QCOMPARE(AudioFormatProbe::classify(name, header), kind);
}

void TestAudioFormatProbe::everyFixtureWavIsPcm()
{
    QDirIterator it(
        SpoolFixture::realSpool(), {QStringLiteral("*.wav")}, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        QCOMPARE(AudioFormatProbe::probeFile(it.next()), Kind::WavPcm);
        ++n;
    }
    QCOMPARE(n, 12);
}

QTEST_GUILESS_MAIN(TestAudioFormatProbe)
#include "TestAudioFormatProbe.moc"
