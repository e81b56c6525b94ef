// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiConnectionSettings.h"
#include "core/ami/AmiRequest.h"

#include <QByteArrayView>
#include <QString>

// Builds the Challenge and Login requests from the connection settings. The
// user name, the event mask and a plain-text secret come from a profile, an
// imported file or a command line, so they pass the same header validator as
// every other action (AmiRequest::validationError): a line break in any of
// them would add headers of the caller's choosing to the Login.
class AmiLogin final
{
public:
    static AmiRequest challenge();
    // challenge: the Challenge reply (MD5 mode); ignored for Plaintext.
    // proxy: astmanproxy ignores Events and shares one upstream session, so
    // the mask is only sent to a real Asterisk.
    static AmiRequest login(
        const AmiConnectionSettings& settings, const QString& secret, QByteArrayView challenge, bool proxy);

    // Empty when a Login built from these settings is safe to send, else why
    // not (checked before connecting: nothing goes out).
    static QString validationError(const AmiConnectionSettings& settings, const QString& secret);
    // The same rule for one user-typed field, for dialogs and importers.
    static QString userNameError(const QString& userName);
};
