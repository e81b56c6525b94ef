// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryModel.h"

#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"
#include "core/directory/DirectorySource.h"
#include "core/directory/PresenceSource.h"
#include "core/pbx/ExtensionState.h"

#include <QCoreApplication>
#include <QMimeData>

namespace {

// The number column: the extension (else the number a call would dial),
// escaped for display; a contact none of whose numbers is dialable says so
// in the tooltip instead of failing later.
QVariant extensionText(const Contact& c, int role)
{
    const QString extension = c.extension();
    QString shown = DialableNumber::parse(extension).isValid() ? extension : c.primaryNumber();
    if (shown.isEmpty() && !c.numbers.isEmpty())
        shown = c.numbers.first().number;
    if (role == Qt::ToolTipRole && !shown.isEmpty() && c.primaryNumber().isEmpty())
        return DialableNumber::refusal(shown, DialableNumber::parse(shown).error());
    return escapedForDisplay(shown);
}

} // namespace

DirectoryModel::DirectoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

DirectoryModel::~DirectoryModel()
{
    // Sources may be our children: their destroyed() must not reach a half-destroyed model.
    for (const QPointer<DirectorySource>& source : std::as_const(m_sources)) {
        if (source)
            disconnect(source, nullptr, this, nullptr);
    }
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
}

void DirectoryModel::addSource(DirectorySource* source)
{
    if (!source || m_sources.contains(source))
        return;
    m_sources.append(source);
    connect(source, &DirectorySource::contactsLoaded, this, &DirectoryModel::handleContactsLoaded);
    connect(source, &QObject::destroyed, this, [this, id = source->id()] {
        m_index.removeSource(id);
        refilter();
        Q_EMIT contactsChanged();
    });
    if (!source->contacts().isEmpty())
        handleContactsLoaded(source->id(), source->contacts());
}

void DirectoryModel::removeSource(DirectorySource* source)
{
    if (!source || !m_sources.removeOne(source))
        return;
    disconnect(source, nullptr, this, nullptr);
    m_index.removeSource(source->id());
    refilter();
    Q_EMIT contactsChanged();
}

void DirectoryModel::setPresenceSource(PresenceSource* presence)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    if (presence) {
        connect(presence, &PresenceSource::presenceChanged, this, &DirectoryModel::handlePresenceChanged);
        connect(presence, &PresenceSource::presenceReset, this, &DirectoryModel::handlePresenceReset);
    }
    handlePresenceReset();
}

void DirectoryModel::handleContactsLoaded(const QString& sourceId, const QList<Contact>& contacts)
{
    m_index.setContacts(sourceId, contacts);
    m_contactsByExtension.clear();
    const QList<Contact>& all = m_index.contacts();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString ext = all.at(i).extension();
        if (!ext.isEmpty())
            m_contactsByExtension[ext].append(int(i));
    }
    refilter();
    Q_EMIT contactsChanged();
}

void DirectoryModel::setQuery(const QString& text)
{
    if (text == m_query)
        return;
    m_query = text;
    refilter();
    Q_EMIT queryChanged(text);
}

void DirectoryModel::refilter()
{
    // A reset, not row moves: the result order changes wholesale per keystroke.
    beginResetModel();
    m_rows = m_index.search(m_query);
    m_rowOfContact.fill(-1, m_index.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rowOfContact[m_rows.at(row)] = int(row);
    endResetModel();
}

Contact DirectoryModel::contactAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_index.contacts().at(m_rows.at(row));
}

int DirectoryModel::presenceOf(const Contact& contact) const
{
    const QString ext = contact.extension();
    if (!m_presence || ext.isEmpty())
        return int(Pbx::ExtensionState::Unknown);
    return m_presence->presenceState(ext);
}

void DirectoryModel::handlePresenceChanged(const QString& extension)
{
    const QList<int> contacts = m_contactsByExtension.value(extension);
    for (int c : contacts) {
        const int row = m_rowOfContact.value(c, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void DirectoryModel::handlePresenceReset()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int DirectoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& c = m_index.contacts().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return columnText(c, index.column(), role);
    case DirectoryRoles::Name:
        return c.name;
    case DirectoryRoles::Extension:
        return c.extension();
    case DirectoryRoles::PrimaryNumber:
        return c.primaryNumber();
    case DirectoryRoles::Numbers: {
        QStringList numbers;
        for (const PhoneNumber& n : c.numbers)
            numbers.append(n.number);
        return numbers;
    }
    case DirectoryRoles::NumberKinds: {
        QVariantList kinds;
        for (const PhoneNumber& n : c.numbers)
            kinds.append(int(n.kind));
        return kinds;
    }
    case DirectoryRoles::Department:
        return c.department;
    case DirectoryRoles::Mail:
        return c.mail;
    case DirectoryRoles::Uid:
        return c.uid;
    case DirectoryRoles::Title:
        return c.title;
    case DirectoryRoles::Mailbox:
        return c.mailbox;
    case DirectoryRoles::SourceId:
        return c.sourceId;
    case DirectoryRoles::PresenceState:
        return presenceOf(c);
    case DirectoryRoles::Presence:
    case DirectoryRoles::PresenceMessage: {
        const QString ext = c.extension();
        const PresenceSource::Note note
            = m_presence && !ext.isEmpty() ? m_presence->presenceNote(ext) : PresenceSource::Note();
        return role == DirectoryRoles::Presence ? note.presence : note.message;
    }
    case DirectoryRoles::MatchRank:
        return int(m_query.trimmed().isEmpty() ? DirectoryIndex::Rank::Exact
                                               : m_index.rank(m_rows.at(index.row()), m_query));
    default:
        return {};
    }
}

QVariant DirectoryModel::columnText(const Contact& c, int column, int role)
{
    switch (column) {
    case NameColumn:
        return c.name;
    case ExtensionColumn:
        return extensionText(c, role);
    case DepartmentColumn:
        return c.department;
    case MailColumn:
        return c.mail;
    case PresenceColumn:
        return QString(); // words and icons come from the ui
    default:
        return {};
    }
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("DirectoryModel", "Name");
    case ExtensionColumn:
        return QCoreApplication::translate("DirectoryModel", "Extension");
    case DepartmentColumn:
        return QCoreApplication::translate("DirectoryModel", "Department");
    case MailColumn:
        return QCoreApplication::translate("DirectoryModel", "Mail");
    case PresenceColumn:
        return QCoreApplication::translate("DirectoryModel", "Presence");
    default:
        return {};
    }
}

Qt::ItemFlags DirectoryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !contactAt(index.row()).primaryNumber().isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList DirectoryModel::mimeTypes() const
{
    return {numberMimeType(), QStringLiteral("text/plain")};
}

QMimeData* DirectoryModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& i : indexes) {
        const Contact contact = i.isValid() ? contactAt(i.row()) : Contact();
        const QString number = contact.primaryNumber();
        if (number.isEmpty())
            continue;
        auto* mime = new QMimeData;
        mime->setText(number);
        mime->setData(numberMimeType(), number.toUtf8());
        mime->setData(nameMimeType(), contact.name.toUtf8());
        return mime;
    }
    return nullptr;
}

QHash<int, QByteArray> DirectoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DirectoryRoles::Name, "name");
    names.insert(DirectoryRoles::Extension, "extension");
    names.insert(DirectoryRoles::PrimaryNumber, "primaryNumber");
    names.insert(DirectoryRoles::Numbers, "numbers");
    names.insert(DirectoryRoles::NumberKinds, "numberKinds");
    names.insert(DirectoryRoles::Department, "department");
    names.insert(DirectoryRoles::Mail, "mail");
    names.insert(DirectoryRoles::Uid, "uid");
    names.insert(DirectoryRoles::Title, "title");
    names.insert(DirectoryRoles::Mailbox, "mailbox");
    names.insert(DirectoryRoles::SourceId, "sourceId");
    names.insert(DirectoryRoles::PresenceState, "presenceState");
    names.insert(DirectoryRoles::MatchRank, "matchRank");
    return names;
}
