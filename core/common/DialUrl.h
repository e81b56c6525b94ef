// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// A tel:, sip:, sips: or callto: link reduced to the number Attendant dials.
//
// Browsers and mail clients hand these to the URL handler (the .desktop file's
// MimeType), so the text is untrusted: anything that is not clearly a number is
// refused rather than guessed at, because the result goes into an Originate.
// Visual separators ("+1 (555) 123-45.67") are dropped as RFC 3966 allows;
// letters, CR/LF and other control characters are refused, also when
// percent-encoded.
class DialUrl final
{
    Q_GADGET
public:
    enum class Scheme
    {
        Tel,
        Sip,
        Sips,
        Callto,
    };
    Q_ENUM(Scheme)

    enum class Error
    {
        None,
        Empty,
        TooLong,
        UnsupportedScheme,
        BadPercentEncoding,
        ControlCharacter,
        MissingNumber,
        InvalidNumber,
        InvalidHost,
    };
    Q_ENUM(Error)

    // The longest link accepted, and the longest number once separators are gone
    // (E.164 allows 15 digits; prefixes, feature codes and PINs need some room).
    static constexpr qsizetype MaximumLength = 2048;
    static constexpr qsizetype MaximumDigits = 32;

    DialUrl() = default;

    static DialUrl parse(const QString& text);
    // True when text starts with a scheme this class handles, so a caller can tell a
    // link from another command-line argument before parsing it.
    static bool hasDialScheme(QStringView text);
    // Words for the error, translated in the "DialUrl" context.
    static QString errorText(Error error);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    Scheme scheme() const { return m_scheme; }
    // Digits, '*' and '#', with a leading '+' for a global number: what to dial.
    QString number() const { return m_number; }
    // SIP only: the host part (lowercase, without port), so a caller can check the
    // link is for its own PBX. Empty for tel: and callto:.
    QString host() const { return m_host; }
    // tel: only: the phone-context parameter (a domain or a global number prefix).
    QString phoneContext() const { return m_phoneContext; }

private:
    static DialUrl failure(Error error);
    // The part after "tel:"/"callto:" or "sip:"/"sips:": the (still encoded) number, the context or host.
    Error readTel(QStringView rest, QStringView& numberPart);
    Error readSip(QStringView rest, QStringView& numberPart);

    Error m_error = Error::Empty;
    Scheme m_scheme = Scheme::Tel;
    QString m_number;
    QString m_host;
    QString m_phoneContext;
};

Q_DECLARE_METATYPE(DialUrl)
