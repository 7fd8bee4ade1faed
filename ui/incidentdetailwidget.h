#pragma once

#include <optional>

#include <QHash>

#include <QUuid>
#include <QWidget>

#include "core/incident.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lintas {

class ChangeFactory;
class StoreReader;
class StoreService;
class UnitBoardModel;

// One incident in full: what, where, who called, the milestone times, the units sent and the timeline
// (notes, status changes, dispatches, arrivals — with who and when), and a box to add a note.
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
    // The milestone label for a field name: "reported", "dispatched", "arrived", "cleared", "closed".
    QString milestoneText(const QString &name) const;
    // Whether the account at this desk may write notes (an auditor may not); the box is disabled otherwise.
    void setNotesAllowed(bool allowed);

public Q_SLOTS:
    void focusNote();
    void addNote();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void refresh();
    void reloadTimeline();
    void onIncidentChanged(const lintas::Incident &incident);
    void onNoteAdded(const lintas::IncidentNote &note);

    StoreReader *m_reader;
    StoreService *m_service;
    ChangeFactory *m_factory;
    const UnitBoardModel *m_units;
    QUuid m_id;
    std::optional<Incident> m_incident;

    QWidget *m_content = nullptr;
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
    QLabel *m_dispatched = nullptr;
    QLabel *m_arrived = nullptr;
    QLabel *m_cleared = nullptr;
    QLabel *m_closed = nullptr;
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
