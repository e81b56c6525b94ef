// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Call.h"

#include <QList>

class PbxState;

namespace Pbx {

struct Channel;

// A call as a person sees it (Pbx::Call), read across the stores of a
// PbxState: the channels of one Linkedid reduced to a caller and a callee,
// what the call does (CallActivityReader), its times, hold and queue, and
// whether another Linkedid stands for the same conversation.
class CallReader final
{
public:
    explicit CallReader(const PbxState& state);

    Call call(const QString& linkedid) const;

private:
    const Channel* callee(const Channel& caller, const QList<const Channel*>& pool, bool allLocal) const;
    void describe(Call& call, const Channel& caller, const Channel* callee) const;
    void addParties(Call& call, const Channel& caller, const Channel* callee) const;
    void addTotals(Call& call, const QList<const Channel*>& all) const;
    void nameParties(Call& call) const;
    // Two Linkedids in one two-party bridge: the other call's Linkedid, else empty.
    QString sharedConversation(const Channel& caller, const Channel& callee) const;
    // True when `other` is the call to keep (it started first; ties: the smaller Linkedid).
    bool keepsConversation(const Call& call, const QString& other) const;

    const PbxState& m_state;
};

} // namespace Pbx
