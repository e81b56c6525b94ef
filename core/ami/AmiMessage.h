// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

// One AMI packet: an ordered list of "Key: Value" headers. Repeated keys
// (Variable, ChanVariable, Output) are kept in order. Lookup is
// case-insensitive. The bytes are kept as received and decoded on access:
// UTF-8 where valid, Latin-1 otherwise, so no byte is ever dropped.
//
// A parsed message does not copy its bytes: it shares (implicitly, by
// reference count) the chunk the parser read it into with the other messages
// of the same read, so a copy of an AmiMessage is cheap and owns what it
// reads; keeping one keeps its chunk alive (ownBytes() lets go of the rest).
// The views returned by keyAt(), rawValue() etc. are valid as long as the
// message they came from. Up to InlineFields headers live inside the object.
//
// The same class builds outgoing actions (append()), so the wire format is
// produced in one place.
class AmiMessage final
{
public:
    enum class Kind
    {
        Empty,
        Banner, // "Asterisk Call Manager/X.Y.Z" greeting line
        Response, // has a Response: header
        Event, // has an Event: header
        Action, // has an Action: header (outgoing, or seen by a server)
        Other // e.g. astmanproxy's "Goodbye:" / "ProxyResponse:" blocks
    };

    AmiMessage() = default;
    static AmiMessage banner(QByteArrayView line);

    // Headers held inside the object; a message with more puts them on the heap.
    static constexpr qsizetype InlineFields = 32;

    // FNV-1a over the lower-cased bytes: how event names are matched (see
    // eventNameHash() and core/store/EventName.h).
    static constexpr quint32 nameHash(const char* s, qsizetype n)
    {
        quint32 h = 2166136261u;
        for (qsizetype i = 0; i < n; ++i) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
            h = (h ^ quint32(static_cast<unsigned char>(c))) * 16777619u;
        }
        return h;
    }

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_fields.isEmpty() && m_outputLen == 0 && m_kind != Kind::Banner; }
    bool isResponse() const { return kind() == Kind::Response; }
    bool isEvent() const { return kind() == Kind::Event; }

    qsizetype size() const { return m_fields.size(); }
    QByteArrayView keyAt(qsizetype i) const;
    QByteArrayView rawValueAt(qsizetype i) const;
    QString valueAt(qsizetype i) const;

    bool contains(QByteArrayView key) const { return indexOf(key) >= 0; }
    qsizetype indexOf(QByteArrayView key, qsizetype from = 0) const
    {
        // Most lookups ask for a header the message does not have: one bit says so.
        const quint16 length = shortLength(key.size());
        const quint16 tag = tagOf(key.data(), key.size());
        return (m_keyMask & keyBit(length, tag)) == 0 ? -1 : find(key, length, tag, from);
    }
    // The first field of each of count keys, found in one pass over the
    // fields (for a consumer that reads several headers of every event):
    // out[k] is the index of keys[k], or -1. Over 16 keys, one search per key.
    void indexesOf(const QByteArrayView* keys, qsizetype count, qsizetype* out) const;
    QByteArrayView rawValue(QByteArrayView key) const;
    QString value(QByteArrayView key) const;
    QString value(QByteArrayView key, const QString& fallback) const;
    QStringList values(QByteArrayView key) const;
    // Value of key compared case-insensitively with what (ASCII), without decoding.
    bool valueIs(QByteArrayView key, QByteArrayView what) const;

    // Shortcuts for the headers every layer asks for (found while parsing: no search).
    QByteArrayView eventName() const { return knownValue(m_eventField); }
    QByteArrayView response() const { return knownValue(m_responseField); }
    QByteArrayView actionId() const { return knownValue(m_actionIdField); }
    // nameHash() of eventName(), computed once while parsing.
    quint32 eventNameHash() const { return m_eventNameHash; }
    QString message() const { return value("Message"); }

    // For a banner: the full line ("Asterisk Call Manager/11.0.0") and the part after the last '/'.
    QString bannerText() const;
    QString bannerVersion() const;

    // Command output: the legacy "Response: Follows" block (up to --END COMMAND--)
    // or the modern repeated "Output:" headers, one entry per line.
    QStringList outputLines() const;
    bool hasLegacyOutput() const { return m_outputLen > 0; }

    // Lines without a colon (a banner glued on by astmanproxy, a mangled long
    // line) that were skipped while parsing this message.
    int skippedLines() const { return m_skippedLines; }

    // Builder. The caller validates values first (see AmiRequest); append() only stores.
    AmiMessage& append(QByteArrayView key, QByteArrayView value);
    AmiMessage& append(QByteArrayView key, const QString& value);
    // Wire form: every header "Key: Value\r\n" and a final "\r\n".
    QByteArray toWire() const;
    // The bytes as received (headers block, without the terminating blank
    // line): a view valid as long as this message, or a copy of them.
    QByteArrayView rawView() const { return QByteArrayView(base(), m_size); }
    QByteArray raw() const { return rawView().toByteArray(); }
    // Keeps only this message's own bytes (a copy) instead of sharing the
    // parser's chunk: for a message kept long after the read it came in.
    void ownBytes();

    // Decodes AMI bytes: UTF-8 when valid, otherwise Latin-1 (never drops bytes).
    static QString decode(QByteArrayView bytes);

private:
    friend class AmiParser;
    // Positions are relative to the message's first byte. keyTag is the
    // lower-cased first and last byte of the key: a lookup compares it and
    // the length before it compares any bytes.
    struct Field
    {
        quint32 keyPos;
        quint32 valuePos;
        quint32 valueLen;
        quint16 keyLen; // LongKey: longer, see keyLength()
        quint16 keyTag;
    };
    static constexpr quint16 LongKey = 0xFFFF;

    static constexpr quint16 tagOf(const char* key, qsizetype length)
    {
        return length == 0 ? 0 : quint16(((uchar(key[0]) | 0x20) << 8) | (uchar(key[length - 1]) | 0x20));
    }
    static quint16 shortLength(qsizetype length) { return length >= LongKey ? LongKey : quint16(length); }
    // Which of 64 bits stands for a key of that length and tag.
    static quint32 keySlot(quint16 length, quint16 tag)
    {
        return (quint32(tag) * 0x9E3779B1u ^ quint32(length) * 0x85EBCA6Bu) >> 26;
    }
    static quint64 keyBit(quint16 length, quint16 tag) { return quint64(1) << keySlot(length, tag); }
    qsizetype find(QByteArrayView key, quint16 length, quint16 tag, qsizetype from) const;
    const char* base() const { return m_bytes.constData() + m_offset; }
    qsizetype keyLength(const Field& f) const;
    QByteArrayView knownValue(qint32 field) const { return field < 0 ? QByteArrayView() : rawValueAt(field); }
    // Adds a field whose key (at key, keyLen bytes) and value are already in the bytes.
    void addField(const char* key, quint32 keyPos, qsizetype keyLen, quint32 valuePos, quint32 valueLen)
    {
        const quint16 tag = tagOf(key, keyLen);
        const quint16 length = shortLength(keyLen);
        m_fields.append({keyPos, valuePos, valueLen, length, tag});
        m_keyMask |= keyBit(length, tag);
        if (m_kind == Kind::Empty)
            m_kind = Kind::Other;
        // Only Event, Action, Response and ActionID have these lengths and first and last letters.
        if ((keyLen == 5 && tag == tagOf("Event", 5)) || (keyLen == 6 && tag == tagOf("Action", 6))
            || (keyLen == 8 && (tag == tagOf("Response", 8) || tag == tagOf("ActionID", 8))))
            noteKnownKey(key, keyLen, tag, key + (valuePos - keyPos), valueLen);
    }
    void noteKnownKey(const char* key, qsizetype keyLen, quint16 tag, const char* value, qsizetype valueLen);
    // Back to an empty message, the inline field storage kept (for the parser).
    void clear();

    QByteArray m_bytes; // the parser's chunk (shared), or this message's own bytes
    quint32 m_offset = 0; // where the message starts in m_bytes
    quint32 m_size = 0;
    QVarLengthArray<Field, InlineFields> m_fields;
    // First field with that key, -1 if none.
    qint32 m_eventField = -1;
    qint32 m_responseField = -1;
    qint32 m_actionIdField = -1;
    qint32 m_actionField = -1;
    quint64 m_keyMask = 0; // keyBit() of every key
    quint32 m_eventNameHash = nameHash("", 0);
    quint32 m_outputPos = 0;
    quint32 m_outputLen = 0;
    int m_skippedLines = 0;
    Kind m_kind = Kind::Empty;
};
