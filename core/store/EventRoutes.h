// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"
#include "core/store/EventName.h"

#include <QList>

#include <algorithm>
#include <initializer_list>

// A store's table from event name to handler: adding an event is one entry
// and one function. Names match case-insensitively; a lookup costs one hash
// of the name and a binary search.
//
//   static const EventRoutes<CallStore> routes {
//       {"Hangup", [](CallStore& s, const AmiMessage& m) { s.handleHangup(m); }},
//   };
//   routes.dispatch(*this, event);
template <class Store>
class EventRoutes final
{
public:
    using Handler = void (*)(Store&, const AmiMessage&);
    struct Route
    {
        const char* name;
        Handler handler;
    };

    EventRoutes(std::initializer_list<Route> routes)
    {
        for (const Route& r : routes)
            m_entries.append({EventName::hash(QByteArrayView(r.name)), r});
        std::sort(m_entries.begin(), m_entries.end(),
            [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
    }

    // Runs the event's handler; false if the table has none for its name.
    bool dispatch(Store& store, const AmiMessage& event) const
    {
        const QByteArrayView name = event.eventName();
        const quint32 h = event.eventNameHash(); // hashed once, by the parser
        auto it = std::lower_bound(
            m_entries.cbegin(), m_entries.cend(), h, [](const Entry& e, quint32 v) { return e.hash < v; });
        for (; it != m_entries.cend() && it->hash == h; ++it) {
            if (EventName::equals(name, QByteArrayView(it->route.name))) {
                it->route.handler(store, event);
                return true;
            }
        }
        return false;
    }

private:
    struct Entry
    {
        quint32 hash;
        Route route;
    };
    QList<Entry> m_entries;
};
