// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoicemailStoreRig.h"

#include "SpoolFixture.h"

#include <QSignalSpy>
#include <QTest>

using Voicemail::Error;
using Voicemail::Folder;

VoicemailStoreRig::Headers VoicemailStoreRig::headersOf(const AmiRequest& r)
{
    Headers h;
    for (const AmiRequest::Header& x : r.headers())
        h.append({x.key, x.value});
    return h;
}

QMap<QString, QByteArray> VoicemailStoreRig::snapshot(const QString& root)
{
    QMap<QString, QByteArray> m;
    for (const QString& rel : SpoolFixture::tree(root))
        m.insert(rel, SpoolFixture::readAll(root + u'/' + rel));
    return m;
}

QStringList VoicemailStoreRig::filesOf(const QString& root, const QString& under)
{
    QStringList out;
    for (const QString& rel : SpoolFixture::tree(root)) {
        if (rel.startsWith(under))
            out.append(rel.mid(under.size()));
    }
    return out;
}

void VoicemailStoreRig::setUpRig()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->path() + QStringLiteral("/voicemail");
    QVERIFY(SpoolFixture::copyRealSpool(m_root));
    m_bridge = FakePbxBridge();
    m_store = std::make_unique<VoicemailStore>();
    VoicemailSpool::Config config;
    config.root = m_root;
    m_store->setConfig(config);
    m_store->setPbxBridge(&m_bridge);
    scan();
}

void VoicemailStoreRig::tearDownRig()
{
    m_store.reset();
    m_dir.reset();
}

void VoicemailStoreRig::scan()
{
    QSignalSpy done(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(done.wait(10000));
}

Voicemail::Error VoicemailStoreRig::run(
    const std::function<VoicemailStore::OperationId()>& op, QString* detail)
{
    QSignalSpy spy(m_store.get(), &VoicemailStore::operationFinished);
    const VoicemailStore::OperationId id = op();
    for (;;) {
        for (const QList<QVariant>& args : std::as_const(spy)) {
            if (args.at(0).value<VoicemailStore::OperationId>() == id) {
                if (detail)
                    *detail = args.at(2).toString();
                return args.at(1).value<Error>();
            }
        }
        if (!spy.wait(20000))
            return Error::IoError;
    }
}

VoicemailMessage VoicemailStoreRig::find(const QString& key, Folder folder, int index) const
{
    for (const VoicemailMessage& m : m_store->messages(key, folder)) {
        if (m.index == index)
            return m;
    }
    return {};
}
