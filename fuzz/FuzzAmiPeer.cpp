// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzAmiPeer.h"

#include "FuzzCheck.h"

#include "core/ami/AmiMessage.h"

#include <QCryptographicHash>
#include <QTcpSocket>

FuzzAmiPeer::FuzzAmiPeer()
{
    FUZZ_CHECK(m_server.listen(QHostAddress::LocalHost, 0));
}

void FuzzAmiPeer::startRun(const QByteArray& prefix, const QByteArray& secret, bool md5)
{
    m_prefix = prefix;
    m_secret = secret;
    m_md5 = md5;
    m_runIds.clear();
}

void FuzzAmiPeer::endRun()
{
    dropConnection();
    while (QTcpSocket* late = m_server.nextPendingConnection())
        delete late;
}

void FuzzAmiPeer::dropConnection()
{
    delete m_conn; // closes it
    m_conn = nullptr;
    m_fromClient.reset();
    m_toClient.reset();
    m_ids.clear();
    m_loggedIn = false;
    m_challengeId.clear();
    m_challengeAnswered = false;
    m_challenge.clear();
}

qint64 FuzzAmiPeer::poll()
{
    qint64 progress = 0;
    while (QTcpSocket* next = m_server.nextPendingConnection()) {
        dropConnection(); // the client gave the old one up to open this one
        m_conn = next;
        ++progress;
    }
    if (!m_conn)
        return progress;
    const QByteArray bytes = m_conn->readAll();
    if (bytes.isEmpty())
        return progress;
    FUZZ_CHECK(m_fromClient.feed(bytes) == AmiParser::Status::Ok);
    while (m_fromClient.hasMessages())
        checkAction(m_fromClient.takeMessage());
    return progress + bytes.size();
}

void FuzzAmiPeer::checkAction(const AmiMessage& action)
{
    // What AmiRequest::toMessage writes: Action first, one ActionID, ours and never used before.
    FUZZ_CHECK(action.keyAt(0) == QByteArrayView("Action"));
    FUZZ_CHECK(action.values("ActionID").size() == 1);
    const QByteArray id = action.actionId().toByteArray();
    FUZZ_CHECK(id.startsWith(m_prefix) && id.size() > m_prefix.size());
    FUZZ_CHECK(!m_runIds.contains(id));
    m_runIds.insert(id);
    m_ids.append(id);
    const QByteArrayView name = action.rawValue("Action");
    const bool login = name == QByteArrayView("Login");
    FUZZ_CHECK(m_loggedIn || login || name == QByteArrayView("Challenge"));
    if (name == QByteArrayView("Challenge"))
        m_challengeId = id;
    if (login && m_md5)
        checkLoginKey(action);
    for (qsizetype i = 0; i < action.size(); ++i) {
        const bool plainSecret = login && !m_md5 && action.keyAt(i) == QByteArrayView("Secret");
        FUZZ_CHECK(plainSecret || !action.rawValueAt(i).contains(m_secret));
    }
}

void FuzzAmiPeer::checkLoginKey(const AmiMessage& login) const
{
    // The client logs in only after a successful Challenge reply carrying a challenge.
    FUZZ_CHECK(!m_challengeId.isEmpty() && m_challengeAnswered && !m_challenge.isEmpty());
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(m_challenge);
    md5.addData(m_secret);
    FUZZ_CHECK(login.rawValue("Key") == QByteArrayView(md5.result().toHex()));
    FUZZ_CHECK(!login.contains("Secret"));
}

QByteArray FuzzAmiPeer::substituted(const QByteArray& chunk) const
{
    QByteArray out;
    out.reserve(chunk.size());
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const char c = chunk.at(i);
        const char next = i + 1 < chunk.size() ? chunk.at(i + 1) : '\0';
        if (c == '%' && next >= '0' && next <= '9') {
            const int n = next - '0';
            out += n < m_ids.size() ? m_ids.at(n) : QByteArray("unknown-") + next;
            ++i;
        } else if (c == '%' && next == 'P') {
            out += m_prefix + "999999";
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

void FuzzAmiPeer::watchChallengeReply(const AmiMessage& sent)
{
    // The client takes the first Response with its Challenge's ActionID.
    if (m_challengeAnswered || m_challengeId.isEmpty() || !sent.isResponse()
        || sent.actionId() != QByteArrayView(m_challengeId))
        return;
    m_challengeAnswered = true;
    if (sent.valueIs("Response", "Success"))
        m_challenge = sent.rawValue("Challenge").toByteArray();
}

void FuzzAmiPeer::send(const QByteArray& chunk)
{
    if (!m_conn || chunk.isEmpty())
        return;
    const QByteArray bytes = substituted(chunk);
    m_conn->write(bytes);
    m_conn->flush();
    // The same parser as the client's, over the same bytes: what it reads.
    if (m_toClient.feed(bytes) != AmiParser::Status::Ok)
        return;
    while (m_toClient.hasMessages())
        watchChallengeReply(m_toClient.takeMessage());
}

void FuzzAmiPeer::close()
{
    if (m_conn)
        m_conn->disconnectFromHost();
    dropConnection();
}
