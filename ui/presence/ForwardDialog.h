// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/presence/AvailabilityPreset.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QStandardItemModel;

// Call forwarding of one extension: one target per kind the PBX's preset
// knows (always, when busy, when not answering), typed or picked from the
// directory, each with a Clear button. A target that is no dialable number
// (letters, 200 digits, a line break) is named in the dialog and OK stays
// disabled, so nothing is sent. A kind this desk may not change is shown
// disabled with the reason.
class ForwardDialog final : public QDialog
{
    Q_OBJECT
public:
    using Forward = AvailabilityPreset::Forward;

    struct Row
    {
        Forward kind = Forward::Always;
        QString current; // the PBX's target now, empty = none
        QString disabledReason; // empty = may be changed
    };
    // One contact of the directory, for picking.
    struct Entry
    {
        QString name;
        QString number;
    };

    ForwardDialog(const QString& who, const QList<Row>& rows, QWidget* parent = nullptr);

    void setDirectory(const QList<Entry>& entries);
    void setTarget(Forward kind, const QString& text);
    // What the field holds as a dialable number (separators removed); empty = clear.
    QString target(Forward kind) const;
    // The field differs from what the PBX has.
    bool isChanged(Forward kind) const;
    QList<Forward> kinds() const { return m_rows.keys(); }
    // Why OK is disabled; empty when every target is fine.
    QString problem() const;

private:
    struct Field
    {
        Row row;
        QLineEdit* edit = nullptr;
    };
    void addRow(QGridLayout* grid, int line, const Row& row);
    void validate();

    QMap<Forward, Field> m_rows;
    QStandardItemModel* m_directory;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
