// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlHandler.h"

#include "core/common/EscapedText.h"

UrlHandler::UrlHandler(QObject* parent)
    : QObject(parent)
{ }

QStringList UrlHandler::handleArguments(const QStringList& positionalArguments)
{
    QStringList others;
    for (const QString& argument : positionalArguments) {
        if (!DialUrl::hasDialScheme(argument)) {
            others.append(argument);
            continue;
        }
        const DialUrl url = DialUrl::parse(argument);
        if (url.isValid())
            Q_EMIT dialRequested(url);
        else
            Q_EMIT dialRefused(argument, url.error());
    }
    return others;
}

QString UrlHandler::refusal(const QString& link, DialUrl::Error error)
{
    return tr("Not dialled: %1 (%2)").arg(escapedForDisplay(link, 200), DialUrl::errorText(error));
}
