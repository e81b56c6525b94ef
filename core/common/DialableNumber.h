// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// The one rule for a number that the operator did not type: a caller ID, a
// directory entry, a voicemail's "callerid", a link. Such text ends up as
// the Exten of an Originate or Redirect, where "1234&PJSIP/evil@trunk" would
// make a Dial(PJSIP/${EXTEN}@trunk) ring two channels, so anything that is
// not clearly a number is refused rather than cleaned up.
//
// Accepted: ASCII digits, '*', '#' and one leading '+', with the visual
// separators people write (space, no-break space, - . ( ) /), which are
// removed. Everything else (letters, '&', ',', '@', control characters,
// other scripts' digits) is refused.
class DialableNumber final
{
    Q_GADGET
public:
    enum class Error
    {
        None,
        Empty, // nothing but separators
        NoDigits, // "+" alone, "+ ()"
        InvalidCharacter, // anything outside the rule, '+' after the start included
        TooLong,
    };
    Q_ENUM(Error)

    // Where a number came from: only Operator (typed on the operator's own
    // keyboard) is exempt from the rule.
    enum class Origin
    {
        Operator,
        Untrusted,
    };
    Q_ENUM(Origin)

    // E.164 allows 15 digits; prefixes, feature codes and PINs need some room.
    static constexpr qsizetype MaximumDigits = 32;

    DialableNumber() = default;
    static DialableNumber parse(QStringView text);
    static bool isSeparator(QChar c);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // [+]digits/*/#, separators removed; empty unless valid.
    QString number() const { return m_number; }

    // Why a number is not dialable, translated ("DialableNumber" context);
    // empty for None.
    static QString errorText(Error error);
    // "“<field>” is not a dialable number: <why>", with the field's control
    // characters escaped so the message itself cannot be garbled.
    static QString refusal(QStringView field, Error error);

private:
    Error m_error = Error::Empty;
    QString m_number;
};

Q_DECLARE_METATYPE(DialableNumber)
