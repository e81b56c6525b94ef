// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryCsv.h"

#include <QDateTime>
#include <QMetaEnum>

QString HistoryCsv::cell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r') || v.startsWith(u'\''))
        v = u'"' + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    return v;
}

QByteArray HistoryCsv::write(const CallRecords& records)
{
    const QMetaEnum directions = QMetaEnum::fromType<CallRecord::Direction>();
    const QMetaEnum outcomes = QMetaEnum::fromType<CallRecord::Outcome>();
    QString out = QStringLiteral(
        "start,direction,outcome,number,name,extension,detail,queue,duration_seconds,handled\r\n");
    for (const CallRecord& r : records) {
        const QStringList cells {
            QDateTime::fromMSecsSinceEpoch(r.startMs).toString(Qt::ISODate),
            QString::fromLatin1(directions.valueToKey(int(r.direction))),
            QString::fromLatin1(outcomes.valueToKey(int(r.outcome))),
            cell(r.remoteNumber),
            cell(r.remoteName),
            cell(r.localNumber),
            cell(r.detail),
            cell(r.queue),
            QString::number(r.durationMs() / 1000),
            r.handled ? QStringLiteral("yes") : QStringLiteral("no"),
        };
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
