// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/DialplanCheck.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"

#include <QTimer>

DialplanCheck::DialplanCheck(AmiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void DialplanCheck::check(const QString& exten, const QString& context, Callback done)
{
    const QString key = exten + QLatin1Char('@') + context;
    if (const auto it = m_known.constFind(key); it != m_known.cend()) {
        QTimer::singleShot(0, this, [done, answer = it.value()] { done(answer, {}); });
        return;
    }
    if (!m_client) {
        QTimer::singleShot(0, this, [done] { done(Answer::Unknown, {}); });
        return;
    }
    AmiRequest request("ShowDialPlan", AmiRequest::Completion::EventList);
    request.set("Context", context).set("Extension", exten);
    AmiAction* action = m_client->send(request);
    connect(action, &AmiAction::finished, this, [this, key, done](AmiAction* a) {
        if (a->result() == AmiAction::Result::Success) {
            bool exists = false;
            for (const AmiMessage& item : a->events()) {
                if (item.valueIs("Event", "ListDialplan")
                    && item.value("Priority").compare(QLatin1String("hint"), Qt::CaseInsensitive) != 0)
                    exists = true;
            }
            const Answer answer = exists ? Answer::Exists : Answer::Missing;
            m_known.insert(key, answer);
            done(answer, {});
            return;
        }
        // "Did not find extension x@ctx" / "Did not find context ctx" are answers;
        // "Permission denied" or a timeout are not.
        const QString text = a->errorText();
        if (a->result() == AmiAction::Result::Error && text.startsWith(QLatin1String("Did not find"))) {
            m_known.insert(key, Answer::Missing);
            done(Answer::Missing, text);
            return;
        }
        done(Answer::Unknown, text);
    });
}
