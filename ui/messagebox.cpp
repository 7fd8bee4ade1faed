#include "messagebox.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace lintas {
namespace {

MessageBox::Responder &responder()
{
    static MessageBox::Responder instance;
    return instance;
}

// Qt's own button texts come from qtbase translations, which do not exist for every language; name
// the buttons ourselves so a dialog never mixes languages.
void translateButtons(QMessageBox &box)
{
    const std::pair<QMessageBox::StandardButton, QString> texts[] = {
        {QMessageBox::Ok, QCoreApplication::translate("MessageBox", "OK")},
        {QMessageBox::Cancel, QCoreApplication::translate("MessageBox", "Cancel")},
        {QMessageBox::Yes, QCoreApplication::translate("MessageBox", "Yes")},
        {QMessageBox::No, QCoreApplication::translate("MessageBox", "No")},
        {QMessageBox::Discard, QCoreApplication::translate("MessageBox", "Discard")},
        {QMessageBox::Retry, QCoreApplication::translate("MessageBox", "Retry")},
        {QMessageBox::Close, QCoreApplication::translate("MessageBox", "Close")},
        {QMessageBox::Open, QCoreApplication::translate("MessageBox", "Open")},
    };
    for (const auto &[button, text] : texts)
        if (QAbstractButton *b = box.button(button))
            b->setText(text);
}

} // namespace

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, const Request &request)
{
    if (responder())
        return responder()(request);
    QMessageBox box(parent);
    switch (request.kind) {
    case Kind::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Kind::Question:
        box.setIcon(QMessageBox::Question);
        break;
    case Kind::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Kind::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    }
    box.setWindowTitle(request.title);
    box.setText(request.text);
    if (!request.details.isEmpty())
        box.setInformativeText(request.details);
    box.setStandardButtons(request.buttons);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    translateButtons(box);
    const int result = box.exec();
    return static_cast<QMessageBox::StandardButton>(result);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return ask(parent, {Kind::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                const QString &details)
{
    return ask(parent, {Kind::Warning, title, text, details, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                                 const QString &details)
{
    return ask(parent, {Kind::Critical, title, text, details, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(parent, {Kind::Question, title, text, {}, buttons, defaultButton});
}

void MessageBox::setResponder(Responder r)
{
    responder() = std::move(r);
}

bool MessageBox::hasResponder()
{
    return bool(responder());
}

} // namespace lintas
