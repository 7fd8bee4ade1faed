#pragma once

#include <chrono>
#include <optional>

#include <QFrame>
#include <QTimer>

#include "sync/syncsession.h"
#include "syncview/syncstatustext.h"

class QLabel;
class QPushButton;

namespace lintas {

// The slim bar above the map while the desk has no link with its regional server (never a modal dialog):
//
//   ┌──────────────────────────────────────────────────────────────────────────────┐
//   │ No connection to the regional server. You can keep working: 12 changes …      │ [Retry now]
//   │ Connection refused by 10.0.0.5:7443 · Next attempt at 20:05:10 WIB            │
//   └──────────────────────────────────────────────────────────────────────────────┘
//
// Offline shows it only once the link has stayed down for the grace period (a reconnect that works at
// once is not worth a banner); a refusal shows it at once; Online hides it. Fed SyncStatus values.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultGrace{4000};

    explicit OfflineBanner(QWidget *parent = nullptr);

    void setStatus(const lintas::sync::SyncStatus &status);
    void setRefusal(SyncStatusText::Refusal refusal);
    // Back to a desk without a server: never shown.
    void clear();
    void setGrace(std::chrono::milliseconds grace);

    // Whether the banner wants to be seen (isVisible() also needs a shown parent).
    bool isShowing() const { return m_showing; }
    QString text() const;
    QString detail() const;
    QString buttonText() const;
    QPushButton *button() const { return m_button; }

    // The height its wrapped text needs at this width (it lies over the map, outside any layout).
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void retryRequested(); // Offline, or a refused certificate: connect again now
    void loginRequested(); // a refused login: ask for the user and password again
    void showingChanged(bool showing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void setShowing(bool showing);
    void applyTheme();

    QLabel *m_text = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_button = nullptr;
    QTimer m_grace;
    std::optional<sync::SyncStatus> m_status;
    SyncStatusText::Refusal m_refusal = SyncStatusText::Refusal::Login;
    bool m_showing = false;
    int m_textSpacing = 2;
};

} // namespace lintas
