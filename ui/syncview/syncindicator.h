#pragma once

#include <optional>

#include <QWidget>

#include "sync/syncsession.h"
#include "syncview/syncstatustext.h"

class QLabel;
class QToolButton;

namespace lintas {

// The status bar's view of the link with the regional server: "Local only", "Online · synced 20:41",
// "Offline — 12 changes waiting · last sync 20:01", … and, when the server rejected changes, a button
// with their count that opens the "Needs attention" list. Fed SyncStatus values; owns no session.
class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit SyncIndicator(QWidget *parent = nullptr);

    void setLocalOnly();
    void setStatus(const lintas::sync::SyncStatus &status);
    void setRefusal(SyncStatusText::Refusal refusal);
    void setAttentionCount(int count);

    bool isLocalOnly() const { return !m_status.has_value(); }
    QString text() const;          // the connection line as shown
    QString attentionText() const; // the attention button's text; empty when hidden
    int attentionCount() const { return m_attentionCount; }

Q_SIGNALS:
    void attentionClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_state = nullptr;
    QToolButton *m_attention = nullptr;
    std::optional<sync::SyncStatus> m_status; // none: local only
    SyncStatusText::Refusal m_refusal = SyncStatusText::Refusal::Login;
    int m_attentionCount = 0;
};

} // namespace lintas
