// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiRequest.h"
#include "core/settings/Profile.h"

#include <QString>

// The AMI packets of the operator's actions, filled in from the profile's
// operator device, contexts, patterns and methods. Shapes follow the recorded
// Asterisk 22 sessions (tests/data/ami/22.10.1, 03-* and 04-*). Builds only:
// nothing is checked or sent here (AmiRequest::validationError() and
// CallControl do that).
class CallRequests
{
public:
    explicit CallRequests(const Profile& profile)
        : m_profile(profile)
    { }

    // Originate `device` → `exten`@`context`, with the profile's timeout.
    AmiRequest originate(
        const QString& device, const QString& callerId, const QString& exten, const QString& context) const;
    // Originate the operator's device → `exten` in the originate context.
    AmiRequest originateFromOperator(const QString& exten) const;
    // Originate the operator's device into ChanSpy(`target`,`options`).
    AmiRequest spy(const QString& target, const QString& options) const;
    AmiRequest redirect(const QString& channel, const QString& exten, const QString& context) const;
    // The BlindTransfer action (Asterisk moves the transferer's peer).
    AmiRequest blindTransfer(const QString& channel, const QString& exten) const;
    AmiRequest attendedTransfer(const QString& operatorChannel, const QString& exten) const;
    AmiRequest cancelAttendedTransfer(const QString& operatorChannel) const;
    AmiRequest hangup(const QString& channel) const;
    // TimeoutChannel/AnnounceChannel = `operatorChannel` when there is one.
    AmiRequest park(const QString& channel, const QString& operatorChannel) const;
    AmiRequest queuePause(
        const QString& queue, const QString& interface, bool paused, const QString& reason) const;

    // The voicemail pattern (or pickup feature code) applied to an extension:
    // "%1" is replaced, otherwise the extension is appended.
    QString voicemailExten(const QString& extension) const;
    QString pickupExten(const QString& extension) const;
    // The voicemail context, or the originate context when none is set.
    QString voicemailContext() const;

private:
    const Profile& m_profile;
};
