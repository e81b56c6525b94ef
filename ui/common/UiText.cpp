// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/UiText.h"

#include "core/common/EscapedText.h"

QString UiText::operation(CallControl::Operation operation)
{
    using Op = CallControl::Operation;
    switch (operation) {
    case Op::Call:
        return tr("Call");
    case Op::CallBetween:
        return tr("Connect call");
    case Op::BlindTransfer:
        return tr("Transfer");
    case Op::AttendedTransfer:
        return tr("Attended transfer");
    case Op::CancelAttendedTransfer:
        return tr("Cancel transfer");
    case Op::TransferToVoicemail:
        return tr("Transfer to voicemail");
    case Op::Hangup:
        return tr("Hang up");
    case Op::Park:
        return tr("Park");
    case Op::Retrieve:
        return tr("Retrieve parked call");
    case Op::Pickup:
        return tr("Pick up");
    case Op::TakeWaitingCaller:
        return tr("Bring the waiting caller to your phone");
    case Op::Listen:
        return tr("Listen");
    case Op::Whisper:
        return tr("Whisper");
    case Op::Barge:
        return tr("Join call");
    case Op::QueuePause:
        return tr("Pause in queue");
    case Op::QueueUnpause:
        return tr("Resume in queue");
    }
    return {};
}

QString UiText::failure(CallControl::Failure failure)
{
    using F = CallControl::Failure;
    switch (failure) {
    case F::InvalidValue:
        return tr("invalid input");
    case F::NotConnected:
        return tr("not connected to the PBX");
    case F::PermissionDenied:
        return tr("the PBX account is not allowed to do this");
    case F::AsteriskError:
        return tr("the PBX refused");
    case F::OriginateFailed:
        return tr("the call could not be placed");
    case F::NoAnswer:
        return tr("no answer");
    case F::Timeout:
        return tr("the PBX did not answer in time");
    case F::Disconnected:
        return tr("the connection was lost");
    case F::Unreachable:
        return tr("the other party could not be reached");
    case F::SpyNotStarted:
        return tr("listening did not start");
    case F::CallerLost:
        return tr("the PBX hung the caller up");
    case F::NoSuchExtension:
        return tr("no such extension");
    case F::AlreadyPending:
        return tr("already under way");
    case F::OwnPhone:
        return tr("that is your own phone");
    }
    return {};
}

QString UiText::failureSentence(
    CallControl::Operation operation, CallControl::Failure f, const QString& message)
{
    if (message.isEmpty())
        return tr("%1 failed: %2.").arg(UiText::operation(operation), failure(f));
    return tr("%1 failed: %2 (%3)").arg(UiText::operation(operation), failure(f), message);
}

QString UiText::transferOutcome(CallControl::TransferOutcome outcome)
{
    switch (outcome) {
    case CallControl::TransferOutcome::Completed:
        return tr("Transfer completed");
    case CallControl::TransferOutcome::Cancelled:
        return tr("Transfer cancelled: you are back with the caller");
    case CallControl::TransferOutcome::Failed:
        break;
    }
    return tr("Transfer failed");
}

QString UiText::connectionState(PbxServerStatus::State state, qint64 reconnectInMs)
{
    using S = PbxServerStatus::State;
    switch (state) {
    case S::Disconnected:
        return tr("Disconnected");
    case S::Connecting:
        return tr("Connecting…");
    case S::Authenticating:
        return tr("Logging in…");
    case S::Synchronising:
        return tr("Loading PBX state…");
    case S::Ready:
        return tr("Ready");
    case S::Backoff:
        if (reconnectInMs >= 0)
            return tr("Reconnecting in %n s", nullptr, int((reconnectInMs + 999) / 1000));
        return tr("Reconnecting…");
    case S::LoggingOff:
        return tr("Logging off…");
    }
    return {};
}

QString UiText::connectionError(AmiClient::Error error)
{
    using E = AmiClient::Error;
    switch (error) {
    case E::None:
        return {};
    case E::HostNotFound:
        return tr("Server name not found (DNS)");
    case E::ConnectionRefused:
        return tr("Connection refused: is the manager interface enabled on that port?");
    case E::ConnectTimeout:
        return tr("No answer from the server (firewall or wrong address?)");
    case E::TlsHandshakeFailed:
        return tr("TLS handshake failed");
    case E::CertificateUntrusted:
        return tr("The server's certificate is not trusted");
    case E::AuthenticationFailed:
        return tr("Login refused");
    case E::NoSecret:
        return tr("No secret entered");
    case E::NotAnAmiPeer:
        return tr("That port does not speak the Asterisk Manager Interface");
    case E::MessageTooLarge:
        return tr("The server sent an oversized message");
    case E::KeepaliveTimeout:
        return tr("The server stopped answering");
    case E::RemoteClosed:
        return tr("The server closed the connection");
    case E::NetworkError:
        return tr("Network error");
    case E::InvalidSettings:
        return tr("The user name, event mask or secret contains a line break; nothing was sent");
    case E::ServerRestarting:
        return tr("Asterisk is restarting");
    case E::ServerShutDown:
        return tr("Asterisk was shut down");
    }
    return {};
}

QString UiText::missingPermission(const QString& writeClass)
{
    return tr("The PBX account lacks the “%1” write permission (manager.conf).").arg(writeClass);
}

QString UiText::duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 s = ms / 1000;
    const qint64 h = s / 3600;
    const qint64 m = (s / 60) % 60;
    const qint64 sec = s % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
}

QString UiText::menuLabel(QStringView text)
{
    return escapedForDisplay(text).replace(u'&', QLatin1String("&&"));
}
