#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lintas {

// Asks why the dispatcher sends another unit than the recommended one. The reason is required: OK stays disabled
// while it is empty, Enter confirms, Esc cancels. It goes into the dispatch change (the incident's timeline and
// the audit log keep it).
class OverrideReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // `chosen` and `recommended` are callsigns; `incident` the incident's number.
    OverrideReasonDialog(const QString &chosen, const QString &recommended, const QString &incident,
                         QWidget *parent = nullptr);

    QString reason() const;
    static constexpr int kMaxLength = 200;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QString m_chosen;
    QString m_recommended;
    QString m_incident;
    QLabel *m_question = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
