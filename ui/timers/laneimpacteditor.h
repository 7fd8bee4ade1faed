#pragma once

#include <QAbstractButton>
#include <QList>
#include <QWidget>

#include "core/lanes.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace lintas {

// One lane drawn as a piece of road: grey with a travel arrow when clear, amber and hatched when affected, red
// with a cross when blocked. Click or Space moves it on (clear → affected → blocked → clear); C, A and B set a
// state directly; Left and Right move between the lanes of its direction.
class LaneButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit LaneButton(QWidget *parent = nullptr);

    LaneState state() const { return m_state; }
    void setState(LaneState state);
    QSize sizeHint() const override;

Q_SIGNALS:
    void stateChanged(lintas::LaneState state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    LaneState m_state = LaneState::Clear;
};

// The traffic impact editor of an incident: one row per direction of the road, with its name and a compact
// row of lane buttons from the left, lanes and directions added and removed with buttons, and Save, which
// hands the edited impact to whoever turns it into a change (IncidentDetailWidget → ChangeFactory::setLanes).
// Until saved, an edit is the dispatcher's own: an update from the store does not overwrite it (setImpact
// without force).
class LaneImpactEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxDirections = 4;
    static constexpr int kMaxLanes = 8;

    explicit LaneImpactEditor(QWidget *parent = nullptr);

    // The impact as stored. While the dispatcher has unsaved edits it is only remembered (force overrides).
    void setImpact(const LaneImpact &impact, bool force = false);
    LaneImpact impact() const; // as edited
    LaneImpact savedImpact() const { return m_saved; }
    bool isDirty() const { return impact() != m_saved; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int directionCount() const { return int(m_rows.size()); }
    int laneCount(int direction) const;
    LaneButton *laneButton(int direction, int lane) const;
    QLineEdit *nameEdit(int direction) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *addDirectionButton() const { return m_addDirection; }
    QToolButton *addLaneButton(int direction) const;
    QToolButton *removeLaneButton(int direction) const;
    QToolButton *removeDirectionButton(int direction) const;
    // "2 of 5 lanes blocked, 1 affected" (translated); "No lanes recorded" when empty.
    static QString summary(const LaneImpact &impact);

public Q_SLOTS:
    void addDirection();
    void removeDirection(int direction);
    void addLane(int direction);
    void removeLane(int direction); // the rightmost one
    void revert();
    void save();

Q_SIGNALS:
    void saveRequested(const lintas::LaneImpact &impact);
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *name = nullptr;
        QWidget *laneStrip = nullptr;
        QList<LaneButton *> lanes;
        QToolButton *addLane = nullptr;
        QToolButton *removeLane = nullptr;
        QToolButton *remove = nullptr;
    };

    void build();
    void retranslateUi();
    void rebuild(const LaneImpact &impact);
    void appendRow(const LaneDirection &direction);
    LaneButton *appendLane(Row &row, LaneState state);
    void describeLanes(const Row &row, int direction);
    int rowOf(const QWidget *rowWidget) const;
    void updateState();
    void fixTabOrder();

    QVBoxLayout *m_rowsLayout = nullptr;
    QList<Row> m_rows;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_addDirection = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    LaneImpact m_saved;
    bool m_readOnly = false;
    bool m_wasDirty = false;
};

} // namespace lintas
