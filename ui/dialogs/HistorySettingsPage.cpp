// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/HistorySettingsPage.h"

#include "core/settings/Settings.h"

#include <QButtonGroup>
#include <QDialog>
#include <QFormLayout>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

HistorySettingsPage::HistorySettingsPage(Settings* settings, QDialog* dialog)
    : QWidget(dialog)
    , m_retention(new QSpinBox(this))
    , m_ownCalls(new QRadioButton(tr("Only the calls of my phone"), this))
    , m_allCalls(new QRadioButton(tr("The calls of every extension"), this))
{
    m_retention->setObjectName(QStringLiteral("historyRetention"));
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("Keep every call"));
    m_retention->setAccessibleName(tr("Keep calls for"));
    m_retention->setToolTip(tr("Older calls are deleted from the history at start and every six hours"));
    m_ownCalls->setObjectName(QStringLiteral("historyOwnCalls"));
    m_allCalls->setObjectName(QStringLiteral("historyAllCalls"));
    auto* whose = new QButtonGroup(this);
    whose->addButton(m_ownCalls);
    whose->addButton(m_allCalls);
    auto* whoseBox = new QVBoxLayout;
    whoseBox->addWidget(m_ownCalls);
    whoseBox->addWidget(m_allCalls);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Keep calls for:"), m_retention);
    form->addRow(tr("Record:"), whoseBox);

    m_retention->setValue(settings->historyRetentionDays());
    (settings->historyAllExtensions() ? m_allCalls : m_ownCalls)->setChecked(true);
    connect(dialog, &QDialog::accepted, this, [this, settings] { save(settings); });
}

void HistorySettingsPage::save(Settings* settings) const
{
    settings->setHistoryRetentionDays(m_retention->value());
    settings->setHistoryAllExtensions(m_allCalls->isChecked());
}
