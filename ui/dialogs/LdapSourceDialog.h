// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/DirectorySourceConfig.h"

#include <QDialog>
#include <QHash>

class LdapDirectory;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;

// Edits one LDAP directory source: server, TLS, bind DN and password, where
// to search, limits, and which attribute feeds which field (a preset plus
// per-attribute overrides). "Test" loads the directory for real with what is
// typed and shows the count or the server's reason.
class LdapSourceDialog final : public QDialog
{
    Q_OBJECT
public:
    // secrets: where an already saved bind password is read for "Test" (may be nullptr).
    LdapSourceDialog(const DirectorySourceConfig& config, SecretStore* secrets, QWidget* parent = nullptr);
    ~LdapSourceDialog() override;
    Q_DISABLE_COPY_MOVE(LdapSourceDialog)

    DirectorySourceConfig config() const;
    // The password typed here; empty = keep the saved one.
    QString password() const;

    // Field access for tests.
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* bindDnEdit() const { return m_bindDn; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* baseDnEdit() const { return m_baseDn; }
    QComboBox* presetCombo() const { return m_preset; }
    QLineEdit* attributeEdit(const QString& field) const { return m_attributes.value(field); }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_testResult; }

public Q_SLOTS:
    void applyPreset(int index);
    void test();

private:
    QWidget* buildConnectionPage();
    QWidget* buildAttributePage();
    void showAttributes(const LdapAttributeMap& map);
    void finishTest(bool ok, const QString& text);

    DirectorySourceConfig m_config;
    SecretStore* m_secrets;
    LdapDirectory* m_probe = nullptr; // the running test, if any

    QLineEdit* m_url;
    QComboBox* m_encryption;
    QLineEdit* m_caFile;
    QLineEdit* m_bindDn;
    QLineEdit* m_password;
    QLineEdit* m_baseDn;
    QComboBox* m_scope;
    QLineEdit* m_filter;
    QSpinBox* m_sizeLimit;
    QSpinBox* m_timeLimit;
    QSpinBox* m_pageSize;
    QComboBox* m_preset;
    QHash<QString, QLineEdit*> m_attributes; // field name ("mail") → edit
    QPushButton* m_test;
    QLabel* m_testResult;
};
