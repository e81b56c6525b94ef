// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/DirectorySource.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class DirectoryModel;
class DirectoryPresenceProxy;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

// The company directory for a dock or a tab: search as you type, a table of
// name / extension / department / mail / live presence, Enter to call, a
// context menu with every number of the contact, rows draggable onto a call or
// a tile (DirectoryModel's MIME data: the number and the name), and direct dialling of
// a typed external number. A banner names the server and the reason when a
// source fails, and says so when cached results are shown.
class DirectoryPanel final : public QWidget
{
    Q_OBJECT
public:
    // model is not owned (the application shares it, e.g. with caller lookup).
    explicit DirectoryPanel(DirectoryModel* model, QWidget* parent = nullptr);
    ~DirectoryPanel() override;
    Q_DISABLE_COPY_MOVE(DirectoryPanel)

    // Adds the source to the model and shows its progress and errors. Not owned.
    void addSource(DirectorySource* source);

    DirectoryModel* model() const { return m_model; }
    QString searchText() const;
    // The dial string for text typed by the operator ("+49 (30) 123" -> "+4930123"),
    // or empty when it is not a phone number.
    static QString dialableNumber(const QString& text);
    // The menu shown on a row: call and transfer for each number of the contact.
    QMenu* createContextMenu(int row, QWidget* parent);
    // The banner text, empty when hidden (for the status line and tests).
    QString bannerText() const;
    bool isLoading() const;

Q_SIGNALS:
    void callRequested(const QString& number);
    void transferRequested(const QString& number);

public Q_SLOTS:
    void focusSearch();
    // Searches for text at once (another panel's "Open contact").
    void search(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The constructor's steps.
    void setUpView();
    void connectSignals();

    struct SourceStatus
    {
        QString location;
        DirectorySource::Error error = DirectorySource::Error::None;
        QString detail;
        int skippedEntries = 0; // malformed rows/cards of the last file load
        QString firstSkipped; // detail of the first of them
        bool loading = false;
        int loaded = 0;
        bool stale = false;
        QDateTime loadedAt;
    };

    void handleSearchEdited();
    void applyQuery();
    void handleReturnPressed();
    void handleActivated(const QModelIndex& index);
    void handleContextMenuRequested(const QPoint& pos);
    void handleLoadingStarted(const QString& sourceId);
    void handleProgress(const QString& sourceId, int loaded, int total);
    void handleLoaded(const QString& sourceId, const QList<Contact>& contacts, bool stale);
    void handleError(const QString& sourceId, DirectorySource::Error error, const QString& detail);
    void updateStatus();
    void updateDialButtons();
    QString errorText(DirectorySource::Error error) const;

    DirectoryModel* m_model;
    DirectoryPresenceProxy* m_proxy;
    QLineEdit* m_search;
    QPushButton* m_callNumber;
    QPushButton* m_transferNumber;
    QLabel* m_banner;
    QProgressBar* m_progress;
    QTableView* m_view;
    QTimer m_debounce;
    QHash<QString, SourceStatus> m_status;
    QList<QPointer<DirectorySource>> m_sources;
};
