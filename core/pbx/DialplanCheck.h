// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AmiClient;

// Does exten@context exist in the PBX's dialplan? Asked with ShowDialPlan
// (see tests/data/ami/22.10.1/02-ShowDialPlan) once per target and
// remembered until the dialplan is reloaded: a Redirect into a missing
// extension makes Asterisk hang the caller up.
class DialplanCheck final : public QObject
{
    Q_OBJECT
public:
    enum class Answer
    {
        Exists, // a priority other than the hint matches (patterns count: Asterisk matches them)
        Missing, // "Did not find extension …", or only a hint
        Unknown, // the account may not ask, or no answer: the caller decides
    };
    Q_ENUM(Answer)
    using Callback = std::function<void(Answer answer, const QString& detail)>;

    explicit DialplanCheck(AmiClient* client, QObject* parent = nullptr);

    // Calls `done` exactly once, later (from the event loop) even when the answer is remembered.
    void check(const QString& exten, const QString& context, Callback done);
    void forgetAll() { m_known.clear(); }

private:
    QPointer<AmiClient> m_client;
    QHash<QString, Answer> m_known; // "exten@context"
};
