#pragma once

#include <functional>

#include <QMessageBox>
#include <QString>

namespace lintas {

// Every modal question the desk asks goes through here, so a test can answer it instead of a person
// (a dialog left open would block the test forever).
class MessageBox
{
public:
    enum class Kind
    {
        Information,
        Question,
        Warning,
        Critical
    };

    struct Request
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString details;
        QMessageBox::StandardButtons buttons;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    };
    using Responder = std::function<QMessageBox::StandardButton(const Request &)>;

    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               const QString &details = {});
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                                const QString &details = {});
    // Yes/No unless other buttons are given; the default button is the safe one the caller names.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    static QMessageBox::StandardButton ask(QWidget *parent, const Request &request);

    // Tests install a responder; every request goes to it and no dialog is shown. An empty
    // responder restores the real dialogs.
    static void setResponder(Responder responder);
    static bool hasResponder();
};

} // namespace lintas
