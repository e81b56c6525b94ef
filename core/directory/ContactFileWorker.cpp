// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/ContactFileWorker.h"

void ContactFileWorker::read(quint64 generation, const ContactFileRead::Request& request)
{
    const ContactFileRead result
        = ContactFileRead::read(request, [this, generation] { Q_EMIT parsing(generation); });
    Q_EMIT finished(generation, result);
}
