// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/DeskSettingsPage.h"

#include "core/settings/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

constexpr int DeviceRole = Qt::UserRole;
constexpr int ExtensionRole = Qt::UserRole + 1;

} // namespace

DeskSettingsPage::DeskSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_device(new QComboBox(this))
    , m_deviceHint(new QLabel(this))
    , m_extension(new QLineEdit(this))
    , m_callerName(new QLineEdit(this))
    , m_context(new QLineEdit(this))
    , m_dnd(new QLineEdit(this))
    , m_voicemail(new QLineEdit(this))
    , m_parkingLot(new QLineEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildDesk());
    layout->addWidget(buildPhoneSystem());
    layout->addStretch(1);
}

QWidget* DeskSettingsPage::buildDesk()
{
    m_device->setEditable(true);
    m_device->setInsertPolicy(QComboBox::NoInsert);
    m_device->lineEdit()->setPlaceholderText(tr("Test the connection, then choose your phone"));
    m_device->setToolTip(tr("The channel of your desk phone: calls you place ring this phone first"));
    m_device->setAccessibleName(tr("Your phone (device)"));
    m_deviceHint->setWordWrap(true);
    m_deviceHint->setVisible(false);
    m_extension->setPlaceholderText(QStringLiteral("1000"));
    connect(m_device, &QComboBox::activated, this, &DeskSettingsPage::choosePhone);
    // The receptionist's own choices first; how the phone system is set up apart, for the administrator.
    auto* desk = new QGroupBox(tr("My desk"), this);
    desk->setAccessibleName(desk->title());
    auto* form = new QFormLayout(desk);
    form->addRow(tr("Profile name:"), m_name);
    form->addRow(tr("Your phone (device):"), m_device);
    form->addRow(QString(), m_deviceHint);
    form->addRow(tr("Your extension:"), m_extension);
    form->addRow(tr("Caller ID name:"), m_callerName);
    return desk;
}

QWidget* DeskSettingsPage::buildPhoneSystem()
{
    m_context->setPlaceholderText(QStringLiteral("phones"));
    m_context->setToolTip(tr("Dialplan context for the numbers you call and transfer to"));
    m_dnd->setToolTip(tr("Custom device state that means Do Not Disturb; %1 = extension"));
    m_voicemail->setToolTip(tr("Extension that reaches a mailbox directly; %1 = extension (e.g. *%1)"));
    auto* pbx = new QGroupBox(tr("Phone system details (usually your administrator's)"), this);
    pbx->setAccessibleName(pbx->title());
    auto* form = new QFormLayout(pbx);
    auto* hint = new QLabel(tr("How your phone system names things. Change these only as your "
                               "administrator says: a wrong value makes calls, do not disturb or "
                               "voicemail fail."),
        pbx);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("Dial context:"), m_context);
    form->addRow(tr("Do-not-disturb device:"), m_dnd);
    form->addRow(tr("Voicemail extension:"), m_voicemail);
    form->addRow(tr("Parking lot:"), m_parkingLot);
    return pbx;
}

void DeskSettingsPage::setProfile(const Profile& profile)
{
    m_name->setText(profile.name);
    m_device->setEditText(profile.operatorDevice);
    m_extension->setText(profile.operatorExtension);
    m_callerName->setText(profile.callerIdName);
    m_context->setText(profile.originateContext);
    m_dnd->setText(profile.dndDevicePattern);
    m_voicemail->setText(profile.voicemailExtenPattern);
    m_parkingLot->setText(profile.parkingLot);
}

void DeskSettingsPage::applyTo(Profile& p) const
{
    p.operatorDevice = m_device->currentText().trimmed();
    p.operatorExtension = m_extension->text().trimmed();
    p.callerIdName = m_callerName->text().trimmed();
    p.originateContext = m_context->text().trimmed();
    p.dndDevicePattern = m_dnd->text().trimmed();
    p.voicemailExtenPattern = m_voicemail->text().trimmed();
    p.parkingLot = m_parkingLot->text().trimmed();
}

QString DeskSettingsPage::profileName() const
{
    return m_name->text().trimmed();
}

void DeskSettingsPage::requirePhoneChoice()
{
    m_device->setEditText(QString());
    m_extension->clear();
    m_deviceHint->setText(tr("Choose your own phone: calls you place ring it first. A guess such as "
                             "PJSIP/1000 would ring somebody else's desk. “Test connection” on the "
                             "Servers tab lists the phones of your phone system here."));
    m_deviceHint->setVisible(true);
}

void DeskSettingsPage::setPhones(const QList<DeskPhone>& phones)
{
    const QString typed = m_device->currentText();
    m_device->clear();
    for (const DeskPhone& phone : phones) {
        // A word beside each phone, not a colour: "PJSIP/1001 — extension 1001, connected".
        const QString label = phone.registered
            ? tr("%1 — extension %2, connected").arg(phone.device, phone.extension)
            : tr("%1 — extension %2, not connected").arg(phone.device, phone.extension);
        m_device->addItem(label);
        m_device->setItemData(m_device->count() - 1, phone.device, DeviceRole);
        m_device->setItemData(m_device->count() - 1, phone.extension, ExtensionRole);
    }
    m_device->setEditText(typed);
    if (!phones.isEmpty() && !m_deviceHint->isHidden())
        m_deviceHint->setText(tr("Found %n phone(s) on your phone system: choose yours from the list.",
            nullptr, int(phones.size())));
}

void DeskSettingsPage::choosePhone(int index)
{
    const QString device = m_device->itemData(index, DeviceRole).toString();
    if (device.isEmpty())
        return;
    // The list shows words; the field keeps the device itself.
    m_device->setEditText(device);
    m_extension->setText(m_device->itemData(index, ExtensionRole).toString());
}
