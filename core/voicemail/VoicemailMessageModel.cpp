// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailMessageModel.h"

#include "core/voicemail/VoicemailRoles.h"
#include "core/voicemail/VoicemailStore.h"

#include <QDateTime>
#include <QLocale>

namespace {

// Identity with an occurrence number: a copy of a message inside the same
// folder has the same msg_id and must still be a row of its own.
QStringList rowKeys(const QList<VoicemailMessage>& messages)
{
    QStringList keys;
    QHash<QString, int> seen;
    for (const VoicemailMessage& m : messages) {
        const QString id = m.identity();
        const int n = seen[id]++;
        keys.append(n ? id + u'#' + QString::number(n) : id);
    }
    return keys;
}

} // namespace

VoicemailMessageModel::VoicemailMessageModel(VoicemailStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &VoicemailStore::folderChanged, this, &VoicemailMessageModel::handleFolderChanged);
    connect(store, &VoicemailStore::mailboxesChanged, this,
        [this] { handleFolderChanged(m_mailboxKey, m_folder); });
}

void VoicemailMessageModel::setFolder(const QString& mailboxKey, Voicemail::Folder folder)
{
    if (mailboxKey == m_mailboxKey && folder == m_folder)
        return;
    beginResetModel();
    m_mailboxKey = mailboxKey;
    m_folder = folder;
    m_rows = m_store ? m_store->messages(mailboxKey, folder) : QList<VoicemailMessage>();
    endResetModel();
}

void VoicemailMessageModel::handleFolderChanged(const QString& mailboxKey, Voicemail::Folder folder)
{
    if (mailboxKey != m_mailboxKey || folder != m_folder || !m_store)
        return;
    apply(m_store->messages(mailboxKey, folder));
}

void VoicemailMessageModel::apply(const QList<VoicemailMessage>& messages)
{
    const QStringList newKeys = rowKeys(messages);
    QHash<QString, int> newByKey;
    for (int i = 0; i < newKeys.size(); ++i)
        newByKey.insert(newKeys[i], i);

    QStringList oldKeys = rowKeys(m_rows);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!newByKey.contains(oldKeys[row])) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            oldKeys.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(oldKeys[row]);
        const VoicemailMessage& now = messages[newByKey.value(oldKeys[row])];
        const VoicemailMessage& was = m_rows[row];
        const bool changed = now.index != was.index || now.audioPaths != was.audioPaths
            || now.damage != was.damage || now.info.serialize() != was.info.serialize();
        m_rows[row] = now;
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    QList<VoicemailMessage> added;
    for (int i = 0; i < newKeys.size(); ++i) {
        if (!present.contains(newKeys[i]))
            added.append(messages[i]);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int VoicemailMessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VoicemailMessageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int VoicemailMessageModel::rowOfIdentity(const QString& identity) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].identity() == identity)
            return i;
    }
    return -1;
}

QString VoicemailMessageModel::formatDuration(int seconds)
{
    if (seconds < 0)
        return QString();
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant VoicemailMessageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VoicemailMessage& m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(m, index.column());
    case VoicemailMessageRoles::SortKey:
        return sortKey(m, index.column());
    default:
        return roleData(m, role);
    }
}

QVariant VoicemailMessageModel::displayData(const VoicemailMessage& m, int column)
{
    const qint64 t = m.info.origTime();
    switch (column) {
    case UrgentColumn:
        return QVariant();
    case CallerNameColumn:
        return m.info.callerName();
    case CallerNumberColumn:
        return m.info.callerNumber();
    case DateColumn:
        // The user's locale and time zone; empty when Asterisk's origtime is missing.
        return t < 0
            ? QString()
            : QLocale().toString(QDateTime::fromSecsSinceEpoch(t).toLocalTime(), QLocale::ShortFormat);
    case DurationColumn:
        return formatDuration(m.info.duration());
    }
    return {};
}

QVariant VoicemailMessageModel::sortKey(const VoicemailMessage& m, int column)
{
    switch (column) {
    case UrgentColumn:
        return m.info.isUrgent() ? 1 : 0;
    case CallerNameColumn:
        return m.info.callerName().toLower();
    case CallerNumberColumn:
        return m.info.callerNumber();
    case DateColumn:
        return m.info.origTime();
    case DurationColumn:
        return m.info.duration();
    }
    return {};
}

QVariant VoicemailMessageModel::roleData(const VoicemailMessage& m, int role)
{
    const qint64 t = m.info.origTime();
    switch (role) {
    case VoicemailMessageRoles::Identity:
        return m.identity();
    case VoicemailMessageRoles::MsgId:
        return m.info.msgId();
    case VoicemailMessageRoles::Index:
        return m.index;
    case VoicemailMessageRoles::MailboxKey:
        return m.mailboxKey();
    case VoicemailMessageRoles::Folder:
        return int(m.folder);
    case VoicemailMessageRoles::CallerName:
        return m.info.callerName();
    case VoicemailMessageRoles::CallerNumber:
        return m.info.callerNumber();
    case VoicemailMessageRoles::CallerId:
        return m.info.callerId();
    case VoicemailMessageRoles::OrigTimeMs:
        return t < 0 ? qint64(-1) : t * 1000;
    case VoicemailMessageRoles::DurationSec:
        return m.info.duration();
    case VoicemailMessageRoles::Urgent:
        return m.info.isUrgent() || m.folder == Voicemail::Folder::Urgent;
    case VoicemailMessageRoles::Damaged:
        return m.isDamaged();
    case VoicemailMessageRoles::DamageDetail:
        return m.damageDetail;
    case VoicemailMessageRoles::DamageKind:
        return int(m.damage);
    case VoicemailMessageRoles::HasAudio:
        return m.hasAudio();
    case VoicemailMessageRoles::AudioPath:
        return m.audioPaths.value(0);
    case VoicemailMessageRoles::Message:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QVariant VoicemailMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles are words: the ui sets translated ones on its view; these are for tests and logs.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrgentColumn:
        return QStringLiteral("Urgent");
    case CallerNameColumn:
        return QStringLiteral("Caller");
    case CallerNumberColumn:
        return QStringLiteral("Number");
    case DateColumn:
        return QStringLiteral("Date");
    case DurationColumn:
        return QStringLiteral("Duration");
    }
    return {};
}

QHash<int, QByteArray> VoicemailMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(VoicemailMessageRoles::Identity, "identity");
    names.insert(VoicemailMessageRoles::MsgId, "msgId");
    names.insert(VoicemailMessageRoles::Index, "index");
    names.insert(VoicemailMessageRoles::CallerName, "callerName");
    names.insert(VoicemailMessageRoles::CallerNumber, "callerNumber");
    names.insert(VoicemailMessageRoles::OrigTimeMs, "origTimeMs");
    names.insert(VoicemailMessageRoles::DurationSec, "durationSec");
    names.insert(VoicemailMessageRoles::Urgent, "urgent");
    names.insert(VoicemailMessageRoles::Damaged, "damaged");
    return names;
}
