// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for MessageInfo (msgNNNN.txt as app_voicemail writes it;
// anything may be in a spool).
//
// Property: what Attendant writes back reads the same. For a file that parses
// as a message, serialize() then parse() gives the same keys with the same
// values, and serializing again changes nothing. A value set through
// setValue() (text from elsewhere, e.g. a caller name) never adds a key, a
// section or a line.
#include "FuzzCheck.h"

#include "core/voicemail/MessageInfo.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void checkRoundTrip(const MessageInfo& info)
{
    const QByteArray written = info.serialize();
    const MessageInfo again = MessageInfo::parse(written);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.keys() == info.keys());
    for (const QByteArray& key : info.keys())
        FUZZ_CHECK(again.rawValue(key) == info.rawValue(key));
    FUZZ_CHECK(again.serialize() == written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    MessageInfo info = MessageInfo::parse(bytes);
    // Every accessor on every input: none may crash or read out of bounds.
    (void)info.callerName();
    (void)info.callerNumber();
    (void)info.origTime();
    (void)info.duration();
    (void)info.identity();
    (void)info.isUrgent();
    if (info.isValid())
        checkRoundTrip(info);

    // The input's tail as a value from outside, set on a real message.
    const qsizetype cut = bytes.size() / 2;
    const QString outside = QString::fromUtf8(bytes.sliced(cut));
    MessageInfo message = MessageInfo::parse(";\n; Message Information file\n;\n[message]\n"
                                             "origmailbox=1001\ncallerid=\"Jane\" <1002>\nduration=7\n");
    const qsizetype before = message.keys().size();
    message.setValue("callerid", outside);
    message.setValue("x-note", outside);
    FUZZ_CHECK(message.keys().size() == before + 1);
    const MessageInfo reread = MessageInfo::parse(message.serialize());
    FUZZ_CHECK(reread.keys() == message.keys());
    FUZZ_CHECK(reread.rawValue("duration") == "7");
    return 0;
}
