// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoicemailBrowserRig.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxVoicemailBridge.h"

#include "core/voicemail/VoicemailMessageModel.h"
#include "core/voicemail/VoicemailRoles.h"
#include "ui/voicemail/VoicemailPlayer.h"

#include "../../core/voicemail/SpoolFixture.h"
#include "MockClock.h"
#include "Transcript.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QMediaPlayer>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Folder;

void VoicemailBrowserRig::setUpRig()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(SpoolFixture::copyRealSpool(m_dir->path()));
    m_clock = std::make_unique<MockClock>();
    m_store = std::make_unique<VoicemailStore>();
    VoicemailSpool::Config config;
    config.root = m_dir->path();
    m_store->setConfig(config);
    QSignalSpy scanned(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(scanned.wait(10000));
    m_browser = std::make_unique<VoicemailBrowser>(m_store.get(), nullptr, m_clock.get());
    m_browser->setNameLookup([](const QString& context, const QString& mailbox) {
        return context == QLatin1String("default") && mailbox == QLatin1String("1001")
            ? QStringLiteral("Alice Example")
            : QString();
    });
    m_browser->resize(900, 600);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
}

void VoicemailBrowserRig::tearDownRig()
{
    m_browser.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

int VoicemailBrowserRig::rowOfCaller(const QString& name) const
{
    QAbstractItemModel* model = m_browser->messageView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(VoicemailMessageRoles::CallerName).toString() == name)
            return r;
    }
    return -1;
}

void VoicemailBrowserRig::applyRecordedVoicemailUsers(PbxState& state, PbxVoicemailBridge& bridge)
{
    connect(&bridge, &PbxVoicemailBridge::mailboxesChanged, m_store.get(), &VoicemailStore::setPbxMailboxes);
    bridge.followMailboxes(&state);
    QSignalSpy announced(&bridge, &PbxVoicemailBridge::mailboxesChanged);
    state.beginSync();
    for (const AmiMessage& m : Transcript::load(QStringLiteral("02-VoicemailUsersList"))) {
        if (m.isEvent())
            state.apply(m);
    }
    state.endSync(PbxState::Category::Mailboxes);
    // The bridge tells the list once per pass of the event loop.
    QTRY_VERIFY(!announced.isEmpty());
}

QStringList VoicemailBrowserRig::mailboxTitles() const
{
    QStringList titles;
    QAbstractItemModel* boxes = m_browser->mailboxView()->model();
    for (int row = 0; row < boxes->rowCount(); ++row)
        titles.append(boxes->index(row, 0).data().toString());
    return titles;
}

QStringList VoicemailBrowserRig::forwardTargets() const
{
    QMenu* forward = nullptr;
    const QList<QMenu*> menus = m_browser->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu* menu : menus) {
        if (menu->title() == QLatin1String("Forward to"))
            forward = menu;
    }
    if (!forward)
        return {};
    Q_EMIT forward->aboutToShow();
    QStringList targets;
    for (QAction* a : forward->actions())
        targets.append(a->text());
    return targets;
}
