#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lintas {

// Asks for the reason behind an accountable decision (approving or refusing a void, retiring an article). The
// reason is required: OK stays disabled while it is blank, Enter confirms, Esc cancels. Opened with open() so
// the desk (and a test) keeps running while it waits; the caller acts on accepted().
class DecisionReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // `question` says what is being decided ("Approve the void of TLG-…?"), `okText` names the act ("Approve").
    DecisionReasonDialog(const QString &title, const QString &question, const QString &okText,
                         QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    bool canAccept() const;
    static constexpr int kMaxLength = 300;

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();

    QLabel *m_question = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
