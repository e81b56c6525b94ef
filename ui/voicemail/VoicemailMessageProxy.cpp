// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailMessageProxy.h"

#include "core/voicemail/VoicemailMessageModel.h"
#include "core/voicemail/VoicemailRoles.h"

#include <QApplication>
#include <QStyle>

VoicemailMessageProxy::VoicemailMessageProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VoicemailMessageRoles::SortKey);
    setDynamicSortFilter(true);
}

void VoicemailMessageProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void VoicemailMessageProxy::setFilter(Filter filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

void VoicemailMessageProxy::setHiddenMessages(const QSet<QString>& keys)
{
    m_hidden = keys;
    invalidateRowsFilter();
}

QString VoicemailMessageProxy::hiddenKey(const QString& mailboxKey, int folder, const QString& identity)
{
    return mailboxKey + u'/' + QString::number(folder) + u'/' + identity;
}

bool VoicemailMessageProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_hidden.isEmpty()
        && m_hidden.contains(hiddenKey(i.data(VoicemailMessageRoles::MailboxKey).toString(),
            i.data(VoicemailMessageRoles::Folder).toInt(),
            i.data(VoicemailMessageRoles::Identity).toString())))
        return false;
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::UrgentOnly:
        if (!i.data(VoicemailMessageRoles::Urgent).toBool())
            return false;
        break;
    case Filter::WithRecording:
        if (!i.data(VoicemailMessageRoles::HasAudio).toBool())
            return false;
        break;
    case Filter::Damaged:
        if (!i.data(VoicemailMessageRoles::Damaged).toBool())
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    // A typed number matches however it is written ("+1 555-123" finds "+15551234567").
    const QString number = i.data(VoicemailMessageRoles::CallerNumber).toString();
    auto digitsOf = [](const QString& s) {
        QString d;
        for (QChar c : s) {
            if (c.isDigit())
                d.append(c);
        }
        return d;
    };
    const QString typedDigits = digitsOf(m_search);
    const bool looksLikeNumber = std::all_of(m_search.cbegin(), m_search.cend(),
        [](QChar c) { return c.isDigit() || c == u' ' || c == u'+' || c == u'-' || c == u'(' || c == u')'; });
    if (looksLikeNumber && !typedDigits.isEmpty())
        return digitsOf(number).contains(typedDigits);
    return i.data(VoicemailMessageRoles::CallerName).toString().contains(m_search, Qt::CaseInsensitive)
        || number.contains(m_search, Qt::CaseInsensitive)
        || i.data(VoicemailMessageRoles::CallerId).toString().contains(m_search, Qt::CaseInsensitive);
}

QVariant VoicemailMessageProxy::data(const QModelIndex& index, int role) const
{
    // Source roles through the base class: index.data() would come back here.
    auto source = [&](int r) { return QSortFilterProxyModel::data(index, r); };
    const int column = index.column();
    const bool urgent = source(VoicemailMessageRoles::Urgent).toBool();
    const bool damaged = source(VoicemailMessageRoles::Damaged).toBool();
    if (column == VoicemailMessageModel::UrgentColumn && urgent) {
        // Icon and word: colour alone would not reach everyone.
        if (role == Qt::DisplayRole)
            return tr("Urgent");
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    const bool emptyAudio
        = source(VoicemailMessageRoles::DamageKind).toInt() == int(VoicemailMessage::Damage::EmptyAudio);
    if (column == VoicemailMessageModel::CallerNameColumn && damaged) {
        if (role == Qt::DisplayRole)
            return tr("Damaged message (%1)")
                .arg(emptyAudio ? tr("the recording is empty")
                                : source(VoicemailMessageRoles::DamageDetail).toString());
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    if (role == Qt::ToolTipRole) {
        if (emptyAudio)
            return tr("The recording %1 is empty (0 bytes), so it cannot be played. "
                      "The message can still be deleted or moved.")
                .arg(source(VoicemailMessageRoles::DamageDetail).toString());
        if (damaged)
            return tr("The message information file could not be read: %1")
                .arg(source(VoicemailMessageRoles::DamageDetail).toString());
        if (!source(VoicemailMessageRoles::HasAudio).toBool())
            return tr("No recording: the audio file is missing.");
        return source(VoicemailMessageRoles::CallerId);
    }
    if (role == Qt::DisplayRole && column == VoicemailMessageModel::CallerNameColumn
        && QSortFilterProxyModel::data(index, role).toString().isEmpty())
        return tr("Unknown caller");
    return QSortFilterProxyModel::data(index, role);
}

QVariant VoicemailMessageProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (section) {
    case VoicemailMessageModel::UrgentColumn:
        return tr("Priority");
    case VoicemailMessageModel::CallerNameColumn:
        return tr("Caller");
    case VoicemailMessageModel::CallerNumberColumn:
        return tr("Number");
    case VoicemailMessageModel::DateColumn:
        return tr("Received");
    case VoicemailMessageModel::DurationColumn:
        return tr("Length");
    }
    return {};
}
