// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxEventType.h"

#include "core/pbx/EventName.h"

namespace PbxEvent {

EventType eventType(QByteArrayView name)
{
#define ATTENDANT_EVENT(text, type)                                                                          \
    case EventName::hash(text):                                                                              \
        return EventName::equals(name, text) ? EventType::type : EventType::Unknown
    switch (EventName::hash(name)) {
        ATTENDANT_EVENT("newchannel", Newchannel);
        ATTENDANT_EVENT("newstate", Newstate);
        ATTENDANT_EVENT("newcallerid", NewCallerid);
        ATTENDANT_EVENT("newconnectedline", NewConnectedLine);
        ATTENDANT_EVENT("newexten", Newexten);
        ATTENDANT_EVENT("hangup", Hangup);
        ATTENDANT_EVENT("dialbegin", DialBegin);
        ATTENDANT_EVENT("dialend", DialEnd);
        ATTENDANT_EVENT("bridgecreate", BridgeCreate);
        ATTENDANT_EVENT("bridgeenter", BridgeEnter);
        ATTENDANT_EVENT("bridgeleave", BridgeLeave);
        ATTENDANT_EVENT("bridgedestroy", BridgeDestroy);
        ATTENDANT_EVENT("hold", Hold);
        ATTENDANT_EVENT("unhold", Unhold);
        ATTENDANT_EVENT("rename", Rename);
        ATTENDANT_EVENT("parkedcall", ParkedCall);
        ATTENDANT_EVENT("unparkedcall", UnParkedCall);
        ATTENDANT_EVENT("parkedcalltimeout", ParkedCallTimeOut);
        ATTENDANT_EVENT("parkedcallgiveup", ParkedCallGiveUp);
        ATTENDANT_EVENT("queuememberstatus", QueueMemberStatus);
        ATTENDANT_EVENT("queuememberadded", QueueMemberAdded);
        ATTENDANT_EVENT("queuememberremoved", QueueMemberRemoved);
        ATTENDANT_EVENT("queuememberpause", QueueMemberPause);
        ATTENDANT_EVENT("queuememberpenalty", QueueMemberPenalty);
        ATTENDANT_EVENT("queuememberringinuse", QueueMemberRinginuse);
        ATTENDANT_EVENT("queuecallerjoin", QueueCallerJoin);
        ATTENDANT_EVENT("queuecallerleave", QueueCallerLeave);
        ATTENDANT_EVENT("queuecallerabandon", QueueCallerAbandon);
        ATTENDANT_EVENT("blindtransfer", BlindTransfer);
        ATTENDANT_EVENT("attendedtransfer", AttendedTransfer);
        ATTENDANT_EVENT("originateresponse", OriginateResponse);
        ATTENDANT_EVENT("fullybooted", FullyBooted);
        ATTENDANT_EVENT("shutdown", Shutdown);
        ATTENDANT_EVENT("reload", Reload);
        ATTENDANT_EVENT("coreshowchannel", CoreShowChannel);
        ATTENDANT_EVENT("queueparams", QueueParams);
        ATTENDANT_EVENT("queuemember", QueueMember);
        ATTENDANT_EVENT("queueentry", QueueEntry);
        ATTENDANT_EVENT("chanspystart", ChanSpyStart);
    default:
        return EventType::Unknown;
    }
#undef ATTENDANT_EVENT
}

} // namespace PbxEvent
