// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

// Turns each request's outcome into a sentence that says who and what:
// "Transferred ACME Corp to Zoë Müller", "Could not transfer ACME Corp to
// Zoë Müller: no such extension". The gesture that sent the request says,
// with expect(), what the sentence is about; requests nobody described get
// the generic words.
class ActionReport final : public QObject
{
    Q_OBJECT
public:
    explicit ActionReport(QObject* parent = nullptr);

    void addControl(CallControl* control);
    void removeControl(CallControl* control);
    // `done`: the sentence on success; `failed`: the start of the sentence
    // on failure ("Could not call Bob Baker"), the reason is added.
    void expect(CallControl* control, quint64 id, const QString& done, const QString& failed);

    // "ACME Corp 0612345678", "0612345678" or "Zoë Müller".
    static QString party(const QString& name, const QString& number);

Q_SIGNALS:
    void reported(const QString& text, bool error);
    void operationSucceeded(CallControl::Operation operation);

private:
    struct Expectation
    {
        QString done;
        QString failed;
    };
    using Key = QPair<const CallControl*, quint64>;
    void handleSucceeded(CallControl* control, quint64 id, CallControl::Operation operation);
    void handleFailed(CallControl* control, quint64 id, CallControl::Operation operation,
        CallControl::Failure failure, const QString& message);

    QHash<Key, Expectation> m_expected;
};
