#pragma once

#include <optional>

#include <QFrame>
#include <QList>

#include "store/casereader.h"

class QLabel;
class QPushButton;

namespace lintas {

// The watch-list alert: a red card across the top of the main window, below its tool bars, above everything else,
// that stays until it is dealt with (a stolen vehicle seen now must not slip away while nobody looks):
//
//   ┌──────────────────────────────────────────────────────────────────────────────────────┐
//   │ ┌────────────┐  WATCH LIST                                                             │
//   │ │ B 1234 XYZ │  Watch list: B 1234 XYZ (BOLO-PMJ-…-00002, reported stolen) seen in      │
//   │ └────────────┘  ETLE capture ETLE-… at Jalan Sudirman, 28-11-2026 09:14:03 WIB          │
//   │                 2 more alerts waiting                        [Open case] [Dismiss]     │
//   └──────────────────────────────────────────────────────────────────────────────────────┘
//
// Several hits queue: the oldest is shown, Dismiss (or Open case) brings the next. It never takes the keyboard
// from the dispatcher.
class WatchAlertCard : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kMaxWidth = 820;

    // Lies over `host`: a main window below its menus and tool bars, or the whole widget otherwise.
    explicit WatchAlertCard(QWidget *host);

    void addHit(const lintas::WatchHit &hit);
    // The hit shown, and how many wait behind it.
    std::optional<WatchHit> current() const;
    int waiting() const { return int(m_queue.size()) - (m_queue.isEmpty() ? 0 : 1); }

    QString plateText() const;
    QString messageText() const;
    QPushButton *openButton() const { return m_open; }
    QPushButton *dismissButton() const { return m_dismiss; }

public Q_SLOTS:
    // The shown hit goes; the next one shows, or the card hides.
    void dismiss();

Q_SIGNALS:
    // Open case: the case (or incident) where the plate was seen.
    void openRequested(const lintas::WatchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void place();
    void applyTheme();
    void retranslateUi();

    QList<WatchHit> m_queue; // oldest first; the first is shown
    QLabel *m_title = nullptr;
    QLabel *m_plate = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_more = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace lintas
