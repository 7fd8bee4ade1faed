#include "syncview/logindialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "language.h"
#include "theme.h"

namespace lintas {

LoginDialog::LoginDialog(QString server, QString user, QWidget *parent) : QDialog(parent), m_server(std::move(server))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("loginRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::instance()->errorColor().name()));
    m_refusal->hide();

    m_user = new QLineEdit(user, this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("loginLanguage"));
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::instance()->code())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        if (Language::instance()->setLanguage(code))
            QSettings().setValue(QStringLiteral("ui/language"), code);
    });

    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_refusal);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    retranslateUi();
    updateButtons();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::setRefusal(const QString &reason)
{
    m_refusal->setText(reason);
    m_refusal->setVisible(!reason.isEmpty());
    m_password->clear();
    m_password->setFocus();
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in to the regional server"));
    m_intro->setText(tr("Log in to the regional server %1 to share this desk's incidents and see the units live. "
                        "Until then the desk works on its own and keeps every change.")
                         .arg(m_server));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("Bahasa / &Language:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Work offline"));
}

void LoginDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty() && !password().isEmpty());
}

} // namespace lintas
