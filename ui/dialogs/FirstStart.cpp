// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/FirstStart.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

FirstStart::FirstStart(QDialog* dialog)
    : QWidget(dialog)
    , m_demo(new QPushButton(tr("Try the demo office"), this))
{
    setObjectName(QStringLiteral("firstStart"));
    auto* hello = new QLabel(tr("<h3>Welcome!</h3><p>Tell Attendant how to reach your Asterisk server and "
                                "which phone on your desk is yours. You need an AMI account from "
                                "<i>manager.conf</i> on the phone system (user name and secret; ask whoever "
                                "runs it). The secret goes to your system keychain, never to a file.</p>"),
        this);
    hello->setWordWrap(true);
    hello->setAccessibleName(tr("Welcome"));
    auto* demoHint = new QLabel(tr("Just looking around? The demo office has 40 colleagues, calls, a queue "
                                   "and voicemail; nothing reaches a real phone system."),
        this);
    demoHint->setWordWrap(true);
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_demo->setAccessibleName(m_demo->text());
    m_demo->setAccessibleDescription(demoHint->text());
    auto* demoRow = new QHBoxLayout;
    demoRow->addWidget(demoHint, 1);
    demoRow->addWidget(m_demo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hello);
    layout->addLayout(demoRow);
    connect(m_demo, &QPushButton::clicked, dialog, [dialog] { dialog->done(DemoRequested); });
}

FirstStart::Choice FirstStart::askAfterCancel(QWidget* parent)
{
    QMessageBox box(QMessageBox::Information, tr("Attendant is not set up"),
        tr("Without a phone system to connect to, Attendant has nothing to show and closes. Nothing "
           "was saved."),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("firstStartCancelled"));
    box.setInformativeText(tr("You can set it up now, look around in the demo office, or start "
                              "Attendant again later."));
    QPushButton* setUp = box.addButton(tr("Set up a phone system"), QMessageBox::AcceptRole);
    QPushButton* demo = box.addButton(tr("Try the demo office"), QMessageBox::ActionRole);
    QPushButton* quit = box.addButton(tr("Close Attendant"), QMessageBox::RejectRole);
    setUp->setObjectName(QStringLiteral("setUpButton"));
    demo->setObjectName(QStringLiteral("tryDemoButton"));
    quit->setObjectName(QStringLiteral("closeButton"));
    box.setDefaultButton(setUp);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == setUp)
        return Choice::SetUp;
    if (box.clickedButton() == demo)
        return Choice::Demo;
    return Choice::Quit;
}
