#pragma once

#include <optional>

#include <QHash>

#include <QUuid>
#include <QWidget>

#include "core/incident.h"

class QBoxLayout;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QResizeEvent;
class QScrollArea;
class QTreeWidget;

namespace lintas {

class ChangeFactory;
class LaneImpactEditor;
class StoreReader;
class StoreService;
class UnitBoardModel;

// One incident in full: what, where, who called, the milestone times (reported, verified — with "Mark verified"
// while it is not —, first dispatch, first arrival, lanes cleared, last unit departed, cleared, closed), the
// units sent, the lane impact editor (→ ChangeFactory::setLanes), the timeline (every entry the store keeps,
// with who and when), and a box to add a note.
// It reads the timeline through a StoreReader of the GUI thread (a few indexed rows per incident) and
// refreshes when the store reports a change to the incident it shows.
class IncidentDetailWidget : public QWidget
{
    Q_OBJECT
public:
    IncidentDetailWidget(StoreReader *reader, StoreService *service, ChangeFactory *factory,
                         const UnitBoardModel *units, QWidget *parent = nullptr);

    void setReader(StoreReader *reader);
    void showIncident(const QUuid &id);
    QUuid incidentId() const { return m_id; }
    const std::optional<Incident> &incident() const { return m_incident; }
    // The texts of the timeline, oldest first (tests read it).
    QStringList timelineTexts() const;
    // The milestone label for a field name: "reported", "verified", "dispatched", "arrived", "lanesCleared",
    // "departed", "cleared", "closed".
    QString milestoneText(const QString &name) const;
    // Whether the account at this desk may change the incident (an auditor may not): notes, lanes and
    // verification are offered only then.
    void setNotesAllowed(bool allowed);
    LaneImpactEditor *laneEditor() const { return m_lanes; }
    QPushButton *verifyButton() const { return m_verify; }

public Q_SLOTS:
    void focusNote();
    void addNote();
    // Records that the incident was confirmed (a caller, a camera, a unit): ChangeFactory::verifyIncident.
    void markVerified();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build();
    void retranslateUi();
    void refresh();
    void reloadTimeline();
    void onIncidentChanged(const lintas::Incident &incident);
    void onNoteAdded(const lintas::IncidentNote &note);
    void saveLanes(const lintas::LaneImpact &impact);

    StoreReader *m_reader;
    StoreService *m_service;
    ChangeFactory *m_factory;
    const UnitBoardModel *m_units;
    QUuid m_id;
    std::optional<Incident> m_incident;

    QScrollArea *m_scroll = nullptr; // holds m_content
    QBoxLayout *m_columns = nullptr; // facts beside the times, or above them when the dock is narrow
    QWidget *m_content = nullptr;
    QWidget *m_noteBar = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_station = nullptr;
    QLabel *m_reporter = nullptr;
    QLabel *m_casualties = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_timesHeading = nullptr;
    QFormLayout *m_times = nullptr;
    QLabel *m_reported = nullptr;
    QLabel *m_verified = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_dispatched = nullptr;
    QLabel *m_arrived = nullptr;
    QLabel *m_lanesCleared = nullptr;
    QLabel *m_departed = nullptr;
    QLabel *m_cleared = nullptr;
    QLabel *m_closed = nullptr;
    QLabel *m_lanesHeading = nullptr;
    LaneImpactEditor *m_lanes = nullptr;
    QLabel *m_unitsHeading = nullptr;
    QLabel *m_unitsText = nullptr;
    QLabel *m_timelineHeading = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    bool m_notesAllowed = true;
    QHash<QString, QLabel *> m_rowLabels; // form labels by key, for retranslateUi
};

} // namespace lintas
