// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CertificatePrompt.h"

#include "core/common/EscapedText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel* selectableLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificatePrompt::CertificatePrompt(const CertificateInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_info(info)
    , m_reject(new QPushButton(tr("Do not trust"), this))
    , m_once(new QPushButton(tr("Trust this time"), this))
    , m_remember(new QPushButton(tr("Trust and remember"), this))
{
    setWindowTitle(tr("Untrusted certificate"));
    setObjectName(QStringLiteral("certificatePrompt"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = selectableLabel(tr("⚠ The certificate of %1 is not trusted by this computer. If the server "
                                     "uses a certificate of its own "
                                     "(self-signed), compare the fingerprint below with the one on the "
                                     "server before you trust it. If you "
                                     "did not expect this, someone may be listening in: do not trust it.")
                                      .arg(escapedForDisplay(info.peer)),
        this);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const QLocale locale;
    const auto date = [&locale](const QDateTime& d) { return locale.toString(d, QLocale::ShortFormat); };
    auto* fingerprint = selectableLabel(info.fingerprintText(), this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    QFont mono = fingerprint->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    fingerprint->setFont(mono);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    form->addRow(tr("Issued to:"), selectableLabel(escapedForDisplay(info.subject, 200), this));
    form->addRow(tr("Issued by:"), selectableLabel(escapedForDisplay(info.issuer, 200), this));
    form->addRow(tr("Valid:"),
        selectableLabel(tr("from %1 to %2").arg(date(info.notBefore), date(info.notAfter)), this));
    QStringList errors;
    for (const QString& e : info.errors)
        errors.append(QStringLiteral("• ") + escapedForDisplay(e, 200));
    auto* errorLabel = selectableLabel(errors.join(u'\n'), this);
    errorLabel->setObjectName(QStringLiteral("errors"));
    form->addRow(tr("Problems:"), errorLabel);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_remember, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_once, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reject, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    // Enter, or a careless click on the highlighted button, must not trust.
    m_remember->setAutoDefault(false);
    m_once->setAutoDefault(false);
    m_reject->setDefault(true);
    m_reject->setFocus();
    m_remember->setToolTip(
        tr("Connect, and trust exactly this certificate (by its fingerprint) from now on."));
    m_once->setToolTip(tr("Connect now; ask again next time Attendant starts."));
    setAccessibleDescription(detailsText());

    connect(m_reject, &QPushButton::clicked, this, [this] { choose(Choice::DoNotTrust); });
    connect(m_once, &QPushButton::clicked, this, [this] { choose(Choice::TrustOnce); });
    connect(m_remember, &QPushButton::clicked, this, [this] { choose(Choice::TrustAndRemember); });
}

QString CertificatePrompt::detailsText() const
{
    const QList<QLabel*> labels = findChildren<QLabel*>();
    QStringList parts;
    for (const QLabel* l : labels)
        parts.append(l->text());
    return parts.join(u'\n');
}

void CertificatePrompt::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::DoNotTrust)
        reject();
    else
        accept();
}
