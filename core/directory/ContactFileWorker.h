// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/ContactFileReader.h"

#include <QObject>

// Lives on FileDirectory's worker thread and reads the file there, so a large
// or hostile file never stops the window. Results go back by queued signal.
class ContactFileWorker final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Runs on the worker thread (invoked queued).
    void read(quint64 generation, const ContactFileRead::Request& request);

Q_SIGNALS:
    // The content changed and parsing begins.
    void parsing(quint64 generation);
    void finished(quint64 generation, const ContactFileRead& read);
};
