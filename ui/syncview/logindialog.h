#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lintas {

// Asks for the account to log in to the regional server with, before the desk's sync starts (and again
// after the server refused a login, showing why). "Work offline" keeps the desk local until the next try.
// Opened with open(), never exec(): nothing waits on it.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(QString server, QString user, QWidget *parent = nullptr);

    // Why the last attempt failed ("Login refused: wrong user name or password"); empty hides it.
    void setRefusal(const QString &reason);
    QString user() const;
    QString password() const;
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QString m_server;
    QLabel *m_intro = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
