// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// An AMI event built in a test: "Event: <name>", then the fields in order.
AmiMessage makeEvent(const QByteArray& name, const QList<QPair<QByteArray, QString>>& fields);
