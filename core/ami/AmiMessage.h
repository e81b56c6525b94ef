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

    Kind kind() const;
    bool isEmpty() const { return m_fields.isEmpty() && m_outputLen == 0 && m_kind != Kind::Banner; }
    bool isResponse() const { return kind() == Kind::Response; }
    bool isEvent() const { return kind() == Kind::Event; }

    qsizetype size() const { return m_fields.size(); }
    QByteArrayView keyAt(qsizetype i) const;
    QByteArrayView rawValueAt(qsizetype i) const;
    QString valueAt(qsizetype i) const;

    bool contains(QByteArrayView key) const { return indexOf(key) >= 0; }
    qsizetype indexOf(QByteArrayView key, qsizetype from = 0) const;
    QByteArrayView rawValue(QByteArrayView key) const;
    QString value(QByteArrayView key) const;
    QString value(QByteArrayView key, const QString& fallback) const;
    QStringList values(QByteArrayView key) const;
    // Value of key compared case-insensitively with what (ASCII), without decoding.
    bool valueIs(QByteArrayView key, QByteArrayView what) const;

    // Shortcuts for the headers every layer asks for.
    QByteArrayView eventName() const { return rawValue("Event"); }
    QByteArrayView response() const { return rawValue("Response"); }
    QByteArrayView actionId() const { return rawValue("ActionID"); }
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
    // The bytes as received (headers block, without the terminating blank line).
    const QByteArray& raw() const { return m_raw; }

    // Decodes AMI bytes: UTF-8 when valid, otherwise Latin-1 (never drops bytes).
    static QString decode(QByteArrayView bytes);

private:
    friend class AmiParser;
    struct Field
    {
        quint32 keyPos;
        quint32 keyLen;
        quint32 valuePos;
        quint32 valueLen;
    };

    QByteArray m_raw;
    QVarLengthArray<Field, 16> m_fields;
    quint32 m_outputPos = 0;
    quint32 m_outputLen = 0;
    int m_skippedLines = 0;
    Kind m_kind = Kind::Empty;
    bool m_kindKnown = false;
};
