// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/DirectorySourceConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The "Voicemail" page of the settings: where Asterisk's spool is reached
// from this computer and how it is shared with Asterisk (voicemail.conf).
class VoicemailSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit VoicemailSettingsPage(QWidget* parent = nullptr);
    ~VoicemailSettingsPage() override;
    Q_DISABLE_COPY_MOVE(VoicemailSettingsPage)

    void setConfig(const VoicemailConfig& config);
    VoicemailConfig config() const;

    QLineEdit* spoolEdit() const { return m_root; }
    // Whether the spool folder exists and can be read, in words.
    QLabel* spoolStatus() const { return m_status; }

private:
    void checkSpool();

    QLineEdit* m_root;
    QLabel* m_status;
    QComboBox* m_lockMode;
    QSpinBox* m_keepDeleted;
    QSpinBox* m_maxMessages;
    QCheckBox* m_markHeard;
};
