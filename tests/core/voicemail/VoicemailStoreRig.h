// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailStore.h"

#include "FakePbxBridge.h"

#include <QMap>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// What the VoicemailStore tests share: a copy of the real spool in a temporary
// folder, a store scanning it with a fake PBX bridge (made anew for every test
// function: setUpRig() from init(), tearDownRig() from cleanup()), and ways to
// wait for an operation and to compare the files with what app_voicemail leaves.
class VoicemailStoreRig : public QObject
{
protected:
    using Headers = QList<QPair<QByteArray, QString>>;

    void setUpRig();
    void tearDownRig();
    Voicemail::Error run(const std::function<VoicemailStore::OperationId()>& op, QString* detail = nullptr);
    VoicemailMessage find(const QString& key, Voicemail::Folder folder, int index) const;
    void scan();

    static Headers headersOf(const AmiRequest& r);
    // Path → bytes of every file: "what app_voicemail would leave" is compared on this.
    static QMap<QString, QByteArray> snapshot(const QString& root);
    static QStringList filesOf(const QString& root, const QString& under);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VoicemailStore> m_store;
    FakePbxBridge m_bridge;
    QString m_root;
};
