// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/DirectorySourceConfig.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;
class SecretStore;

// The "Directory" page of the settings: the profile's LDAP servers and
// CSV/vCard files, merged into one directory panel.
class DirectorySettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DirectorySettingsPage(SecretStore* secrets, QWidget* parent = nullptr);
    ~DirectorySettingsPage() override;
    Q_DISABLE_COPY_MOVE(DirectorySettingsPage)

    void setSources(const QList<DirectorySourceConfig>& sources);
    QList<DirectorySourceConfig> sources() const { return m_sources; }
    // Bind passwords typed since setSources(): SecretStore key → password.
    QHash<QString, QString> newPasswords() const { return m_passwords; }

    // Adds (or, for a known id, replaces) a source; password may be empty.
    void putSource(const DirectorySourceConfig& source, const QString& password = QString());
    // An id not used by any source yet ("ldap1", "file2", …).
    QString freeId(const QString& stem) const;
    QListWidget* list() const { return m_list; }

public Q_SLOTS:
    void addLdap();
    void addFile();
    void editSelected();
    void removeSelected();

private:
    void refreshList();
    void editLdap(const DirectorySourceConfig& source);
    QString pickFile(const QString& start);

    SecretStore* m_secrets;
    QList<DirectorySourceConfig> m_sources;
    QHash<QString, QString> m_passwords;
    QListWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
};
