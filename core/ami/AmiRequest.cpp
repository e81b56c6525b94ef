// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiRequest.h"

namespace {

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
}

QString checkKey(QByteArrayView key)
{
    if (key.isEmpty())
        return QStringLiteral("empty header name");
    for (char c : key) {
        if (!isTokenChar(c))
            return QStringLiteral(
                "header name \"%1\" contains a character other than letters, digits, '-', '_' "
                "or '.'")
                .arg(QString::fromLatin1(key.toByteArray().toPercentEncoding()));
    }
    return {};
}

QString checkValue(QByteArrayView key, const QString& value)
{
    for (QChar c : value) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return QStringLiteral("value of \"%1\" contains a line break or NUL; refused to prevent header "
                                  "injection")
                .arg(QString::fromLatin1(key));
    }
    return {};
}

} // namespace

AmiRequest::AmiRequest(const QByteArray& action, Completion completion)
    : m_action(action)
    , m_completion(completion)
{ }

AmiRequest& AmiRequest::set(const QByteArray& key, const QString& value)
{
    m_headers.append({key, value});
    return *this;
}

AmiRequest& AmiRequest::setVariable(const QString& name, const QString& value)
{
    return set("Variable", name + u'=' + value);
}

QString AmiRequest::header(const QByteArray& key) const
{
    for (const Header& h : m_headers) {
        if (h.key.compare(key, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QString AmiRequest::validationError() const
{
    if (m_action.isEmpty())
        return QStringLiteral("empty action name");
    if (QString e = checkKey(m_action); !e.isEmpty())
        return QStringLiteral("action name: ") + e;
    for (const Header& h : m_headers) {
        if (QString e = checkKey(h.key); !e.isEmpty())
            return e;
        if (h.key.compare("ActionID", Qt::CaseInsensitive) == 0
            || h.key.compare("Action", Qt::CaseInsensitive) == 0)
            return QStringLiteral("header \"%1\" is set by the client, not by the caller")
                .arg(QString::fromLatin1(h.key));
        if (QString e = checkValue(h.key, h.value); !e.isEmpty())
            return e;
    }
    return {};
}

bool AmiRequest::isSensitiveKey(QByteArrayView key)
{
    const QByteArray k = key.toByteArray().toLower();
    return k == "secret" || k == "key" || k == "password";
}

AmiMessage AmiRequest::toMessage(QByteArrayView actionId) const
{
    AmiMessage wire;
    wire.append("Action", QByteArrayView(m_action));
    wire.append("ActionID", actionId);
    for (const Header& h : m_headers)
        wire.append(h.key, h.value);
    return wire;
}
