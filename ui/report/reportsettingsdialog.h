#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lintas {

// The automatic daily report's settings: the hour (WIB) it is written each day and the folder it goes to.
// Reached from the report window; the scheduler reads them at each check, so a change applies from the next one.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportSettingsDialog(QWidget *parent = nullptr);
    ~ReportSettingsDialog() override;

    QSpinBox *hourBox() const { return m_hour; }
    QLineEdit *folderEdit() const { return m_folder; }
    // Saves what the dialog shows (OK does this); false with a message when the folder is empty.
    bool apply();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFolder();

    QLabel *m_intro = nullptr;
    QLabel *m_hourLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QSpinBox *m_hour = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
