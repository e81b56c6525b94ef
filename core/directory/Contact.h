// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// One phone number of a contact and what kind it is. The extension is what
// an attendant dials first; work/mobile/other are offered in the context menu.
struct PhoneNumber
{
    Q_GADGET
public:
    enum class Kind
    {
        Extension,
        Work,
        Mobile,
        Other,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Other;
    QString number; // as the source wrote it

    // The number passes DialableNumber: a directory is not the operator's
    // keyboard, so a number that does not is shown but never dialled.
    bool isDialable() const;

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;
};

// A person (or a room, a fax…) from any directory source.
struct Contact
{
    QString name;
    QList<PhoneNumber> numbers;
    QString uid;
    QString mail;
    QString department;
    QString title;
    QString mailbox; // Asterisk voicemail box, "1001@default"
    QString context; // Asterisk dialplan context of the extension
    QString sourceId; // which DirectorySource it came from (first one when merged)

    // First number of kind Extension, or empty.
    QString extension() const;
    // What a plain "call" dials: the first dialable extension, else work,
    // else mobile, else other; empty when no number is dialable.
    QString primaryNumber() const;
    // Adds a number unless the same digits are already there (kind of the first one wins);
    // a dialable number replaces an undialable one with the same digits.
    void addNumber(PhoneNumber::Kind kind, const QString& number);

    QJsonObject toJson() const;
    static Contact fromJson(const QJsonObject& object);

    friend bool operator==(const Contact&, const Contact&) = default;
};
Q_DECLARE_METATYPE(Contact)

// "1001", "\"Jane Doe\" <1001>" or "Jane Doe <1001>" (Asterisk's
// AstAccountCallerID forms) split into name and number.
struct CallerId
{
    QString name;
    QString number;
};
CallerId parseCallerId(const QString& text);

// Digits only (a leading + kept), for comparing numbers written differently.
QString normalizedNumber(const QString& number);
