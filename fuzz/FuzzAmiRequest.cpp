// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for AmiRequest, the one way a value reaches Asterisk.
//
// The input is split at NUL-free separators into an action name and
// key/value pairs (values may hold anything: CR, LF, NUL, any Unicode).
// Property: a request that AmiRequest accepts, written exactly like
// AmiClient writes it, reads back (through AmiParser, as Asterisk would
// split it into lines) as one action with exactly the headers that were set,
// in order, with the same values: no input yields a line break or a second
// header.
#include "FuzzCheck.h"

#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"
#include "core/ami/AmiRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // 0x01 separates fields; fields alternate key, value after the action.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QByteArray> fields = bytes.split('\x01');
    AmiRequest request(fields.first());
    for (qsizetype i = 1; i + 1 < fields.size(); i += 2)
        request.set(fields.at(i), QString::fromUtf8(fields.at(i + 1)));
    if (!request.validationError().isEmpty())
        return 0;

    // As AmiClient::send() writes it.
    AmiMessage wire;
    wire.append("Action", QByteArrayView(request.action()));
    wire.append("ActionID", QByteArrayView("fuzz-1"));
    for (const AmiRequest::Header& h : request.headers())
        wire.append(h.key, h.value);
    const QByteArray written = wire.toWire();

    AmiParser parser;
    (void)parser.feed("Asterisk Call Manager/9.0.0\r\n");
    FUZZ_CHECK(parser.hasMessages());
    (void)parser.takeMessage();
    FUZZ_CHECK(parser.feed(written) == AmiParser::Status::Ok);
    FUZZ_CHECK(parser.hasMessages());
    const AmiMessage read = parser.takeMessage();
    FUZZ_CHECK(!parser.hasMessages());
    FUZZ_CHECK(read.size() == request.headers().size() + 2);
    FUZZ_CHECK(read.keyAt(0) == "Action" && read.valueAt(0) == QString::fromLatin1(request.action()));
    FUZZ_CHECK(read.keyAt(1) == "ActionID");
    for (qsizetype i = 0; i < request.headers().size(); ++i) {
        const AmiRequest::Header& h = request.headers().at(i);
        FUZZ_CHECK(read.keyAt(i + 2) == h.key);
        // Asterisk skips the blanks after the colon, and so does the parser.
        qsizetype blanks = 0;
        while (blanks < h.value.size() && (h.value.at(blanks) == u' ' || h.value.at(blanks) == u'\t'))
            ++blanks;
        FUZZ_CHECK(read.valueAt(i + 2) == h.value.mid(blanks));
    }
    return 0;
}
