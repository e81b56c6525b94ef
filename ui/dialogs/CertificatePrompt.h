// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"

#include <QDialog>

class QPushButton;

// Asks whether to trust a certificate the system does not trust (most
// Asterisk installs use a self-signed one): shows who it names, who signed
// it, how long it is valid, the exact errors and the SHA-256 fingerprint to
// compare with the server's. "Do not trust" is the default button; trusting
// is an explicit click, and remembering (pinning) a second explicit choice.
class CertificatePrompt final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        DoNotTrust,
        TrustOnce, // this session only
        TrustAndRemember, // pin the fingerprint in the profile
    };
    Q_ENUM(Choice)

    CertificatePrompt(const CertificateInfo& info, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    const CertificateInfo& info() const { return m_info; }
    QPushButton* doNotTrustButton() const { return m_reject; }
    QPushButton* trustOnceButton() const { return m_once; }
    QPushButton* rememberButton() const { return m_remember; }
    // The details as shown (tests, and the accessible description).
    QString detailsText() const;

private:
    void choose(Choice choice);

    CertificateInfo m_info;
    Choice m_choice = Choice::DoNotTrust;
    QPushButton* m_reject;
    QPushButton* m_once;
    QPushButton* m_remember;
};
