#pragma once

#include <QFrame>
#include <QTimer>
#include <QUuid>

class QLabel;
class QPushButton;

namespace lintas {

// The in-window notification used when the desktop has no system tray to show one: a small card in the top
// right corner of its host window, above everything else, that never takes the keyboard from the dispatcher.
// It hides by itself after a while; "Show" selects the incident it is about.
class OverdueToast : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kShownMs = 15000;
    static constexpr int kWidth = 400;

    explicit OverdueToast(QWidget *host);

    // Shows (or replaces) the card and restarts its time.
    void showAlert(const QString &title, const QString &message, const QUuid &incidentId);
    QString title() const;
    QString message() const;
    QUuid incidentId() const { return m_incidentId; }

Q_SIGNALS:
    void activated(const QUuid &incidentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_close = nullptr;
    QUuid m_incidentId;
    QTimer m_hideTimer;
};

} // namespace lintas
