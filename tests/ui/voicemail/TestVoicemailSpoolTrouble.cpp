// SPDX-License-Identifier: GPL-3.0-or-later
// What the browser says about trouble on disk: a 0-byte recording and a
// ".lock" left behind by a crashed app_voicemail (issue 19 audit).
#include "ui/voicemail/VoicemailBrowser.h"

#include "core/voicemail/SpoolLock.h"
#include "core/voicemail/VoicemailMessageModel.h"
#include "core/voicemail/VoicemailRoles.h"
#include "ui/voicemail/VoicemailErrorText.h"
#include "ui/voicemail/VoicemailPlayer.h"

#include "../../core/voicemail/SpoolFixture.h"
#include "MockClock.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using Voicemail::Folder;

class TestVoicemailSpoolTrouble : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyRecordingIsDamagedAndNeverPlayed();
    void staleLockNamesTheFileItsAgeAndTheCure();
    void youngLockSaysWaitThenRemove();
    void agesInWords();

private:
    QString inbox() const { return m_dir->path() + QStringLiteral("/default/1001/INBOX"); }
    void rescan();
    bool leaveLock(qint64 ageMs) const;
    QString errorOfMarkHeard();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<VoicemailStore> m_store;
    std::unique_ptr<VoicemailBrowser> m_browser;
};

void TestVoicemailSpoolTrouble::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(SpoolFixture::copyRealSpool(m_dir->path()));
    m_clock = std::make_unique<MockClock>();
    m_store = std::make_unique<VoicemailStore>(nullptr, m_clock.get());
    VoicemailSpool::Config config;
    config.root = m_dir->path();
    m_store->setConfig(config);
    rescan();
    m_browser = std::make_unique<VoicemailBrowser>(m_store.get(), nullptr, m_clock.get());
    m_browser->resize(900, 600);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
}

void TestVoicemailSpoolTrouble::cleanup()
{
    m_browser.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestVoicemailSpoolTrouble::rescan()
{
    QSignalSpy scanned(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(scanned.wait(10000));
}

bool TestVoicemailSpoolTrouble::leaveLock(qint64 ageMs) const
{
    const QString path = inbox() + QStringLiteral("/.lock");
    if (!SpoolFixture::writeFile(path, QByteArray()))
        return false;
    const time_t at = time_t((m_clock->currentMSecsSinceEpoch() - ageMs) / 1000);
    const struct timespec t[2] = {{at, 0}, {at, 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), t, 0) == 0;
}

QString TestVoicemailSpoolTrouble::errorOfMarkHeard()
{
    QSignalSpy errors(m_browser.get(), &VoicemailBrowser::errorOccurred);
    m_browser->selectMessageRow(0);
    m_browser->markSelectedHeard();
    if (!errors.wait(10000))
        return {};
    return errors.at(0).at(0).toString();
}

void TestVoicemailSpoolTrouble::emptyRecordingIsDamagedAndNeverPlayed()
{
    QVERIFY(SpoolFixture::writeFile(inbox() + QStringLiteral("/msg0000.wav"), QByteArray()));
    rescan();
    QAbstractItemModel* table = m_browser->messageView()->model();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, 0).data(VoicemailMessageRoles::Damaged).toBool())
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(table->index(row, VoicemailMessageModel::CallerNameColumn).data().toString(),
        QStringLiteral("Damaged message (the recording is empty)"));
    QVERIFY(!table->index(row, VoicemailMessageModel::CallerNameColumn).data(Qt::DecorationRole).isNull());
    const QString tip = table->index(row, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("msg0000.wav is empty")), qPrintable(tip));

    m_browser->selectMessageRow(row);
    m_browser->playSelected();
    auto* player = m_browser->findChild<VoicemailPlayer*>();
    QVERIFY(player);
    QVERIFY(!player->canPlay()); // the 0-byte file never reached the media backend
    QVERIFY(player->statusText().contains(QLatin1String("recording is empty")));

    // It can still be filed away: marking it heard moves it, empty file and all, to Old.
    const int before = m_browser->visibleMessageCount();
    QSignalSpy errors(m_browser.get(), &VoicemailBrowser::errorOccurred);
    m_browser->markSelectedHeard();
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->visibleMessageCount(), before - 1, 10000);
    QCOMPARE(errors.count(), 0);
    const QString moved = m_dir->path() + QStringLiteral("/default/1001/Old/msg0002.wav");
    QVERIFY(QFileInfo::exists(moved));
    QCOMPARE(QFileInfo(moved).size(), 0);
}

void TestVoicemailSpoolTrouble::staleLockNamesTheFileItsAgeAndTheCure()
{
    QVERIFY(leaveLock(25 * 60 * 1000));
    const QString text = errorOfMarkHeard();
    QVERIFY2(text.contains(inbox() + QStringLiteral("/.lock")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("left %1 ago").arg(VoicemailErrorText::age(25 * 60 * 1000))),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("remove that file")), qPrintable(text));
    // Nothing moved, and the lock file is left for the administrator.
    QCOMPARE(m_browser->visibleMessageCount(), 2);
    QVERIFY(QFileInfo::exists(inbox() + QStringLiteral("/.lock")));
    QVERIFY(QFileInfo::exists(inbox() + QStringLiteral("/msg0001.txt")));
}

void TestVoicemailSpoolTrouble::youngLockSaysWaitThenRemove()
{
    VoicemailSpool::Config config = m_store->config();
    config.lockTimeoutMs = 50; // the wait itself is not what is tested
    m_store->setConfig(config);
    QVERIFY(leaveLock(30 * 1000));
    const QString text = errorOfMarkHeard();
    QVERIFY2(text.contains(inbox() + QStringLiteral("/.lock")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("taken %1 ago").arg(VoicemailErrorText::age(30 * 1000))),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Try again in a moment")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("remove that file")), qPrintable(text));
    QCOMPARE(m_browser->visibleMessageCount(), 2);
}

void TestVoicemailSpoolTrouble::agesInWords()
{
    // Untranslated here (the English plural forms are checked by TestTranslations).
    QCOMPARE(VoicemailErrorText::age(30 * 1000), QStringLiteral("30 second(s)"));
    QCOMPARE(VoicemailErrorText::age(25 * 60 * 1000), QStringLiteral("25 minute(s)"));
    QCOMPARE(VoicemailErrorText::age(5 * 3600 * 1000), QStringLiteral("5 hour(s)"));
    QCOMPARE(VoicemailErrorText::age(qint64(3) * 86400 * 1000), QStringLiteral("3 day(s)"));
    QCOMPARE(VoicemailErrorText::age(-1), QStringLiteral("0 second(s)"));
}

QTEST_MAIN(TestVoicemailSpoolTrouble)
#include "TestVoicemailSpoolTrouble.moc"
