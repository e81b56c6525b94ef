// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The contents of one msgNNNN.txt as app_voicemail writes it: a "[message]"
// section of key=value lines. A pure value type: parse() takes bytes and never
// fails hard — a file that cannot be a message information file gets a status
// other than Ok, so the caller lists the message as damaged instead of hiding
// it. Values are kept as the original bytes so that unknown keys, other
// sections and non-UTF-8 text survive serialize() unchanged.
class MessageInfo final
{
public:
    enum class Status
    {
        Ok,
        Empty, // zero bytes (or only whitespace)
        Binary, // NUL bytes: not a text file
        NoMessageSection, // text, but no [message] section
        NoFields, // a [message] section without a single key=value line
    };

    MessageInfo() = default;

    static MessageInfo parse(QByteArrayView bytes);
    // Asterisk's layout: the comment header, then [message] and the keys in order.
    QByteArray serialize() const;

    Status status() const { return m_status; }
    bool isValid() const { return m_status == Status::Ok; }

    bool contains(QByteArrayView key) const;
    // Decoded value: UTF-8 when the bytes are valid UTF-8, else Latin-1 (Asterisk
    // copies caller names byte for byte from the channel).
    QString value(QByteArrayView key) const;
    QByteArray rawValue(QByteArrayView key) const;
    // Replaces the value (or appends the key to [message]); stored as UTF-8, with
    // line breaks and NUL turned into spaces (a value is one line).
    void setValue(const QByteArray& key, const QString& value);
    QList<QByteArray> keys() const;

    QString origMailbox() const { return value("origmailbox"); }
    QString context() const { return value("context"); }
    QString macroContext() const { return value("macrocontext"); }
    QString exten() const { return value("exten"); }
    QString rdnis() const { return value("rdnis"); }
    QString priority() const { return value("priority"); }
    QString callerChannel() const { return value("callerchan"); }
    QString callerId() const { return value("callerid"); }
    QString callerName() const;
    QString callerNumber() const;
    QString origDate() const { return value("origdate"); }
    // Seconds since the epoch, -1 when missing or not a number.
    qint64 origTime() const;
    QString category() const { return value("category"); }
    QString msgId() const { return value("msg_id"); }
    QString flag() const { return value("flag"); }
    bool isUrgent() const;
    // Seconds, -1 when missing or not a number.
    int duration() const;

    // Stable identity across renumbering: msg_id, or origtime+callerid for
    // messages written before Asterisk had msg_id. Empty when neither exists.
    QString identity() const;

    // Splits "\"Name\" <number>" the way ast_callerid_parse() reads it: a
    // bare number is a number, bare text is a name.
    static void splitCallerId(const QString& callerId, QString* name, QString* number);

private:
    struct Line
    {
        QByteArray raw; // the line as read (without line end)
        QByteArray key; // empty for comments, blank lines and section headers
        QByteArray value;
        bool inMessage = false;
    };
    const Line* find(QByteArrayView key) const;
    static QByteArray keyLine(const Line& line);
    // One line; follows the [message] section and counts its fields.
    static Line parseLine(QByteArrayView raw, bool& inMessage, bool& sawSection, int& fields);

    QList<Line> m_lines;
    Status m_status = Status::Empty;
};
