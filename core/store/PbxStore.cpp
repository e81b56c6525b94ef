// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PbxStore.h"

PbxStore::PbxStore(QObject* parent)
    : QObject(parent)
{ }

PbxStore::~PbxStore() = default;

void PbxStore::flush() { }

void PbxStore::dump(QStringList& lines) const
{
    Q_UNUSED(lines)
}

void PbxStore::beginSync()
{
    m_syncing = true;
    syncBegun();
}

void PbxStore::endSync(Categories refreshed)
{
    if (!m_syncing)
        return;
    m_syncing = false;
    syncEnded(refreshed);
}

void PbxStore::clear()
{
    m_syncing = false;
    clearAll();
}

void PbxStore::syncBegun() { }

void PbxStore::syncEnded(Categories refreshed)
{
    Q_UNUSED(refreshed)
}
