#include "syncview/certificatedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "sync/tlsconfig.h"

namespace lintas {

CertificateDialog::CertificateDialog(QString server, QByteArray sha256, QWidget *parent)
    : QDialog(parent), m_server(std::move(server)), m_sha256(std::move(sha256))
{
    setObjectName(QStringLiteral("certificateDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // 32 pairs in two rows of 16, the way an administrator reads them out.
    const QString text = fingerprintText();
    m_fingerprint->setText(text.left(47) + QLatin1Char('\n') + text.mid(48));
    m_fingerprint->setAlignment(Qt::AlignCenter);
    m_fingerprint->setContentsMargins(8, 8, 8, 8);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_advice);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    retranslateUi();
}

QString CertificateDialog::fingerprintText() const
{
    return sync::formatFingerprint(m_sha256);
}

void CertificateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateDialog::retranslateUi()
{
    setWindowTitle(tr("Confirm the regional server"));
    m_intro->setText(tr("This desk cannot confirm that %1 is your regional server: its certificate is not signed "
                        "by a certificate authority the desk knows. Its SHA-256 fingerprint is:")
                         .arg(m_server));
    m_advice->setText(tr("Compare it with the fingerprint the server administrator gives you, pair by pair. Trust "
                         "the server only if they are the same; otherwise choose Cancel and tell the "
                         "administrator. The desk keeps working on its own either way."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Trust this server"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace lintas
