#pragma once

#include <functional>

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas {

class NeedsAttentionModel;

// The "Needs attention" dock's content: what the rejected changes mean for the dispatcher, the list, and
// "Open incident" for the selected row (also a double click or Enter). Never modal, never in the way.
class NeedsAttentionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NeedsAttentionPanel(NeedsAttentionModel *model, QWidget *parent = nullptr);

    // Whether an incident can be shown (a rejected new incident is gone from the tables).
    void setIncidentExists(std::function<bool(const QUuid &)> exists);
    QTableView *view() const { return m_view; }
    QPushButton *openButton() const { return m_open; }
    QUuid selectedIncident() const;
    // Puts the keys on the list, on its first row when none is current.
    void focusList();

Q_SIGNALS:
    void openIncidentRequested(const QUuid &incidentId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void openSelected();

    NeedsAttentionModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_open = nullptr;
    std::function<bool(const QUuid &)> m_exists;
};

} // namespace lintas
