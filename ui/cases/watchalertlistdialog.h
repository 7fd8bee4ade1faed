#pragma once

#include <QDialog>
#include <QList>

#include "store/casereader.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace lintas {

// Cases ▸ Watch-list alerts…: every watch-list hit this desk raised in this session, newest first, whether or
// not its card was dismissed: when, the plate, the watch entry, where it was seen, and Open.
class WatchAlertListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WatchAlertListDialog(QWidget *parent = nullptr);

    void setHits(const QList<lintas::WatchHit> &hits); // oldest first, as they came
    void addHit(const lintas::WatchHit &hit);
    QTableWidget *table() const { return m_table; }
    int count() const { return int(m_hits.size()); }

Q_SIGNALS:
    void openRequested(const lintas::WatchHit &hit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void openCurrent();

    QList<WatchHit> m_hits; // oldest first
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas
