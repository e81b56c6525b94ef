// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/DialUrl.h"

#include <QObject>
#include <QStringList>

// Turns the positional command-line arguments of a launch (the .desktop file's
// "attendant %u", or what a second launch forwarded through SingleInstance)
// into dial requests. The caller connects dialRequested() to call control and
// dialRefused() to a message in words.
class UrlHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlHandler)
public:
    explicit UrlHandler(QObject* parent = nullptr);

    // Emits one signal per tel:/sip:/sips:/callto: argument, in order, and returns
    // the arguments that are not such links.
    QStringList handleArguments(const QStringList& positionalArguments);
    // "Not dialled: <link> (<reason>)", the link escaped: it is someone else's text.
    static QString refusal(const QString& link, DialUrl::Error error);

Q_SIGNALS:
    void dialRequested(const DialUrl& url);
    void dialRefused(const QString& link, DialUrl::Error error);
};
