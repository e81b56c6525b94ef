// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AvailabilitySettingsPage.h"

#include "ui/presence/AvailabilityActions.h"
#include "ui/presence/AvailabilityText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

using Status = PresenceNote::Status;

constexpr Status Settable[] = {Status::Available, Status::Away, Status::ExtendedAway, Status::DoNotDisturb,
    Status::Chat, Status::Unavailable};
constexpr int StatusRole = Qt::UserRole;
constexpr int NoteRole = Qt::UserRole + 1;

QCheckBox* checkBox(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(text);
    return box;
}

QPushButton* button(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

AvailabilitySettingsPage::AvailabilitySettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_serverForm(new QFormLayout)
    , m_presence(checkBox(tr("Their presence and note"), QStringLiteral("availabilityOthersPresence"), this))
    , m_dnd(checkBox(tr("Their do not disturb"), QStringLiteral("availabilityOthersDnd"), this))
    , m_forwarding(
          checkBox(tr("Their call forwarding"), QStringLiteral("availabilityOthersForwarding"), this))
    , m_switches(checkBox(tr("The day/night switches"), QStringLiteral("availabilitySwitches"), this))
    , m_list(new QListWidget(this))
    , m_state(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_add(button(tr("&Add status"), tr("Add status"), this))
    , m_remove(button(tr("&Remove status"), tr("Remove status"), this))
    , m_up(button(tr("Move &up"), tr("Move status up"), this))
    , m_down(button(tr("Move do&wn"), tr("Move status down"), this))
    , m_family(new QLineEdit(this))
    , m_poll(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildServers());
    layout->addWidget(buildPermissions());
    layout->addWidget(buildStatuses(), 1);
}

QWidget* AvailabilitySettingsPage::buildServers()
{
    auto* box = new QGroupBox(tr("How each server keeps DND and forwarding"), this);
    box->setAccessibleName(box->title());
    m_family->setObjectName(QStringLiteral("availabilityForwardFamily"));
    m_family->setAccessibleName(tr("AstDB family of the always-forward"));
    m_family->setPlaceholderText(QStringLiteral("CF"));
    m_family->setToolTip(tr("Where your dialplan reads the always-forward (DB(<family>/<extension>)); "
                            "empty: CF, as FreePBX."));
    // Letters, digits and - _ . only: a family name is a path element of the AstDB.
    m_family->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{0,40}")), m_family));
    m_poll->setObjectName(QStringLiteral("availabilityPollSeconds"));
    m_poll->setAccessibleName(tr("Re-read forwards every"));
    m_poll->setRange(0, 3600);
    m_poll->setSingleStep(30);
    m_poll->setSuffix(tr(" s"));
    m_poll->setSpecialValueText(tr("only at login and when another desk announces a change"));
    m_poll->setToolTip(tr("The AstDB sends no event when a phone's feature code changes a forward: "
                          "Attendant re-reads it this often."));
    auto* more = new QFormLayout;
    more->addRow(tr("Always-forward family:"), m_family);
    more->addRow(tr("Re-read forwards every:"), m_poll);
    auto* v = new QVBoxLayout(box);
    v->addLayout(m_serverForm);
    v->addLayout(more);
    return box;
}

QWidget* AvailabilitySettingsPage::buildPermissions()
{
    auto* box = new QGroupBox(tr("This desk may change on others' lines"), this);
    box->setAccessibleName(box->title());
    auto* v = new QVBoxLayout(box);
    for (QCheckBox* c : {m_presence, m_dnd, m_forwarding, m_switches})
        v->addWidget(c);
    auto* hint = new QLabel(
        tr("The operator's own line is always the desk's own, as far as the AMI account allows."));
    hint->setWordWrap(true);
    v->addWidget(hint);
    return box;
}

QWidget* AvailabilitySettingsPage::buildStatuses()
{
    auto* box = new QGroupBox(tr("Statuses offered in the status menu"), this);
    box->setAccessibleName(box->title());
    m_list->setObjectName(QStringLiteral("availabilityStatuses"));
    m_list->setAccessibleName(tr("Predefined statuses"));
    m_state->setObjectName(QStringLiteral("availabilityStatusState"));
    m_state->setAccessibleName(tr("State of the selected status"));
    for (Status s : Settable)
        m_state->addItem(
            AvailabilityText::symbol(s) + u' ' + AvailabilityText::status(s), QVariant::fromValue(s));
    m_note->setObjectName(QStringLiteral("availabilityStatusNote"));
    m_note->setAccessibleName(tr("Text of the selected status"));
    m_note->setMaxLength(int(PresenceNote::MaximumNoteLength));
    m_note->setPlaceholderText(tr("e.g. Lunch"));
    auto* form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Text:"), m_note);
    m_problem->setObjectName(QStringLiteral("availabilityStatusProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    form->addRow(m_problem);
    auto* v = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buildStatusButtons());
    v->addLayout(row, 1);
    v->addLayout(form);
    connect(m_list, &QListWidget::currentRowChanged, this, &AvailabilitySettingsPage::showSelected);
    connect(m_state, &QComboBox::activated, this, &AvailabilitySettingsPage::editSelected);
    connect(m_note, &QLineEdit::textEdited, this, &AvailabilitySettingsPage::editSelected);
    showSelected();
    return box;
}

QLayout* AvailabilitySettingsPage::buildStatusButtons()
{
    m_add->setObjectName(QStringLiteral("availabilityStatusAdd"));
    m_remove->setObjectName(QStringLiteral("availabilityStatusRemove"));
    m_up->setObjectName(QStringLiteral("availabilityStatusUp"));
    m_down->setObjectName(QStringLiteral("availabilityStatusDown"));
    connect(m_add, &QPushButton::clicked, this, &AvailabilitySettingsPage::addNew);
    connect(m_remove, &QPushButton::clicked, this, &AvailabilitySettingsPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto* v = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        v->addWidget(b);
    v->addStretch(1);
    return v;
}

void AvailabilitySettingsPage::setProfile(const Profile& profile)
{
    m_loaded = profile.availability;
    m_presets.clear();
    setServers(profile.servers);
    m_presence->setChecked(m_loaded.othersPresence);
    m_dnd->setChecked(m_loaded.othersDnd);
    m_forwarding->setChecked(m_loaded.othersForwarding);
    m_switches->setChecked(m_loaded.switches);
    m_family->setText(m_loaded.alwaysFamily);
    m_poll->setValue(m_loaded.pollSeconds);
    m_list->clear();
    const auto statuses
        = m_loaded.statuses.isEmpty() ? AvailabilityActions::builtInStatuses() : m_loaded.statuses;
    for (const AvailabilitySettings::Status& s : statuses)
        addStatus(s, m_list->count());
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    showSelected();
}

void AvailabilitySettingsPage::setServers(const QList<ServerConfig>& servers)
{
    QMap<QString, AvailabilityPreset::Kind> chosen = m_loaded.presets;
    for (auto it = m_presets.cbegin(); it != m_presets.cend(); ++it)
        chosen.insert(it.key(), AvailabilityPreset::Kind(it.value()->currentData().toInt()));
    while (m_serverForm->rowCount() > 0)
        m_serverForm->removeRow(0);
    m_presets.clear();
    if (servers.isEmpty())
        m_serverForm->addRow(new QLabel(tr("No server yet: add one on the Servers page."), this));
    for (const ServerConfig& s : servers) {
        auto* combo = new QComboBox(this);
        const QString name = s.displayName.isEmpty() ? s.id : s.displayName;
        combo->setObjectName(QStringLiteral("availabilityPreset:") + s.id);
        combo->setAccessibleName(tr("Preset of %1").arg(name));
        combo->addItem(tr("FreePBX (ASTDB DND, CF, CFB, CFU)"), int(AvailabilityPreset::Kind::FreePbx));
        combo->addItem(
            tr("Plain Asterisk (Custom device states)"), int(AvailabilityPreset::Kind::PlainAsterisk));
        combo->setCurrentIndex(combo->findData(int(chosen.value(s.id, AvailabilityPreset::Kind::FreePbx))));
        m_serverForm->addRow(name + u':', combo);
        m_presets.insert(s.id, combo);
    }
}

void AvailabilitySettingsPage::applyTo(Profile& profile) const
{
    AvailabilitySettings& a = profile.availability;
    a = m_loaded;
    for (auto it = m_presets.cbegin(); it != m_presets.cend(); ++it)
        a.presets.insert(it.key(), AvailabilityPreset::Kind(it.value()->currentData().toInt()));
    a.othersPresence = m_presence->isChecked();
    a.othersDnd = m_dnd->isChecked();
    a.othersForwarding = m_forwarding->isChecked();
    a.switches = m_switches->isChecked();
    a.alwaysFamily = m_family->text().trimmed();
    a.pollSeconds = m_poll->value();
    a.statuses.clear();
    for (int row = 0; row < m_list->count(); ++row) {
        const AvailabilitySettings::Status s = statusAt(row);
        // The list marks these "not offered" and says why (the file reader would skip them too).
        if (problemOf(s).isEmpty())
            a.statuses.append(s);
    }
    if (a.statuses == AvailabilityActions::builtInStatuses())
        a.statuses.clear();
}

void AvailabilitySettingsPage::addStatus(const AvailabilitySettings::Status& status, int row)
{
    auto* item = new QListWidgetItem;
    item->setData(StatusRole, QVariant::fromValue(status.status));
    item->setData(NoteRole, status.note);
    label(item);
    m_list->insertItem(row, item);
}

void AvailabilitySettingsPage::label(QListWidgetItem* item)
{
    const auto s = item->data(StatusRole).value<Status>();
    const QString note = item->data(NoteRole).toString();
    const QString shown = note.simplified();
    QString text = AvailabilityText::symbol(s) + u' ' + (shown.isEmpty() ? tr("(no text)") : shown)
        + QStringLiteral(" — ") + AvailabilityText::status(s);
    const QString problem = problemOf({s, note.trimmed()});
    if (!problem.isEmpty())
        text = tr("⚠ %1 (not offered)").arg(text);
    item->setText(text);
    item->setToolTip(problem);
}

QString AvailabilitySettingsPage::problemOf(const AvailabilitySettings::Status& status)
{
    if (status.note.isEmpty())
        return tr("A status without text is not offered: type its text.");
    const QString problem
        = AvailabilityText::noteProblem(PresenceNote(status.status, status.note).validate());
    return problem.isEmpty() ? QString() : tr("Not offered: %1").arg(problem);
}

AvailabilitySettings::Status AvailabilitySettingsPage::statusAt(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    return {item->data(StatusRole).value<Status>(), item->data(NoteRole).toString().trimmed()};
}

void AvailabilitySettingsPage::addNew()
{
    const int row = m_list->currentRow() + 1;
    addStatus({Status::Away, tr("New status")}, row);
    m_list->setCurrentRow(row);
    m_note->setFocus();
    m_note->selectAll();
}

void AvailabilitySettingsPage::removeSelected()
{
    delete m_list->takeItem(m_list->currentRow());
    showSelected();
}

void AvailabilitySettingsPage::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_list->insertItem(to, m_list->takeItem(row));
    m_list->setCurrentRow(to);
}

void AvailabilitySettingsPage::showSelected()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0;
    for (QWidget* w : std::initializer_list<QWidget*> {m_state, m_note, m_remove})
        w->setEnabled(selected);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(selected && row + 1 < m_list->count());
    const AvailabilitySettings::Status s = selected ? statusAt(row) : AvailabilitySettings::Status {};
    m_state->setCurrentIndex(qMax(0, m_state->findData(QVariant::fromValue(s.status))));
    m_note->setText(selected ? m_list->item(row)->data(NoteRole).toString() : QString());
    showProblem();
}

void AvailabilitySettingsPage::showProblem()
{
    const int row = m_list->currentRow();
    const QString problem = row >= 0 ? problemOf(statusAt(row)) : QString();
    m_problem->setText(problem.isEmpty() ? QString() : u"⚠ " + problem);
    m_problem->setVisible(!problem.isEmpty());
}

void AvailabilitySettingsPage::editSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    item->setData(StatusRole, m_state->currentData());
    item->setData(NoteRole, m_note->text());
    label(item);
    showProblem();
}
