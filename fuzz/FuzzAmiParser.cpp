// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for AmiParser (and the AmiMessage accessors behind it).
//
// Besides crashes and sanitizer reports it checks the parser's promise: the
// same bytes split differently give the same messages. Each input is parsed
// once in one piece and once in pieces whose sizes come from the input's
// first bytes; the two message lists must agree (one a prefix of the other
// when a size-limit error stopped either run).
#include "core/ami/AmiParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

// Touches every accessor so that decoding and lookups run on fuzzed data too.
QString render(const AmiMessage& m)
{
    QString s = QString::number(int(m.kind())) + u'|' + m.bannerText() + u'|' + m.bannerVersion() + u'|';
    for (qsizetype i = 0; i < m.size(); ++i)
        s += QString::fromLatin1(m.keyAt(i)) + u'=' + m.valueAt(i) + u'\n';
    s += m.outputLines().join(u'\n') + u'|' + m.value("Event") + m.values("Variable").join(u',');
    s += QString::number(m.skippedLines()) + QString::number(m.valueIs("Response", "Success"));
    s += QString::fromLatin1(m.toWire().toHex());
    return s;
}

struct Run
{
    QStringList messages;
    AmiParser::Status status = AmiParser::Status::Ok;
};

Run parse(QByteArrayView data, qsizetype maxSize, const uint8_t* splits, size_t splitCount)
{
    AmiParser parser(maxSize);
    Run run;
    qsizetype pos = 0;
    size_t next = 0;
    while (pos < data.size()) {
        qsizetype chunk = data.size() - pos;
        if (splitCount > 0) {
            chunk = std::min<qsizetype>(chunk, 1 + splits[next % splitCount] % 97);
            ++next;
        }
        run.status = parser.feed(data.sliced(pos, chunk));
        pos += chunk;
        while (parser.hasMessages())
            run.messages.append(render(parser.takeMessage()));
        if (run.status != AmiParser::Status::Ok)
            break;
    }
    return run;
}

bool isPrefix(const QStringList& shorter, const QStringList& longer)
{
    if (shorter.size() > longer.size())
        return false;
    for (qsizetype i = 0; i < shorter.size(); ++i) {
        if (shorter[i] != longer[i])
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    // The last 4 bytes steer the run (so that a real transcript used as a
    // seed keeps its banner): the size limit (small limits reach the
    // MessageTooLarge path), then the split pattern. The rest is the stream.
    const uint8_t* control = data + size - 4;
    const qsizetype maxSize
        = control[0] < 128 ? AmiParser::DefaultMaxMessageSize : 16 + qsizetype(control[0]) * 8;
    const uint8_t* splits = control + 1;
    const QByteArrayView stream(reinterpret_cast<const char*>(data), qsizetype(size - 4));

    const Run whole = parse(stream, maxSize, nullptr, 0);
    const Run pieces = parse(stream, maxSize, splits, 3);
    if (whole.status == AmiParser::Status::Ok && pieces.status == AmiParser::Status::Ok) {
        if (whole.messages != pieces.messages)
            __builtin_trap();
    } else if (!isPrefix(whole.messages, pieces.messages) && !isPrefix(pieces.messages, whole.messages)) {
        __builtin_trap();
    }
    return 0;
}
