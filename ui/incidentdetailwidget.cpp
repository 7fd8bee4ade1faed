#include "incidentdetailwidget.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/changefactory.h"
#include "core/incidenttypes.h"
#include "core/stations.h"
#include "labels.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "theme.h"
#include "timers/laneimpacteditor.h"
#include "unitboardmodel.h"

namespace lintas {
namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("detailSection"));
    return label;
}

} // namespace

IncidentDetailWidget::IncidentDetailWidget(StoreReader *reader, StoreService *service, ChangeFactory *factory,
                                           const UnitBoardModel *units, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_service(service), m_factory(factory), m_units(units)
{
    setObjectName(QStringLiteral("incidentDetail"));
    build();
    retranslateUi();
    connect(m_service, &StoreService::incidentChanged, this, &IncidentDetailWidget::onIncidentChanged);
    connect(m_service, &StoreService::noteAdded, this, &IncidentDetailWidget::onNoteAdded);
    connect(m_service, &StoreService::assignmentChanged, this, [this](const Assignment &assignment) {
        if (assignment.incidentId != m_id)
            return;
        reloadTimeline(); // a second unit's dispatch or arrival changes nothing on the incident itself
        refresh();
    });
    // The unit lines show each unit's status; the board has applied the change before this runs
    // (it subscribed first).
    connect(m_service, &StoreService::unitChanged, this, [this](const Unit &unit) {
        if (!m_incident)
            return;
        if (unit.incidentId == m_id)
            reloadTimeline(); // an arrival by position is the unit's transition
        refresh();
    });
    connect(m_service, &StoreService::rejected, m_verify, [this] { m_verify->setEnabled(true); });
    connect(Theme::instance(), &Theme::changed, this, [this] { refresh(); });
    refresh();
}

void IncidentDetailWidget::build()
{
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_content = new QWidget(this);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = valueLabel(m_content, QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::RichText);

    const auto addRow = [this](QFormLayout *form, const QString &key, QLabel *value) {
        auto *label = new QLabel(m_content);
        m_rowLabels.insert(key, label);
        form->addRow(label, value);
    };
    m_facts = new QFormLayout;
    m_location = valueLabel(m_content, QStringLiteral("location"));
    m_station = valueLabel(m_content, QStringLiteral("station"));
    m_reporter = valueLabel(m_content, QStringLiteral("reporter"));
    m_casualties = valueLabel(m_content, QStringLiteral("casualties"));
    m_summary = valueLabel(m_content, QStringLiteral("summary"));
    addRow(m_facts, QStringLiteral("location"), m_location);
    addRow(m_facts, QStringLiteral("station"), m_station);
    addRow(m_facts, QStringLiteral("reporter"), m_reporter);
    addRow(m_facts, QStringLiteral("casualties"), m_casualties);
    addRow(m_facts, QStringLiteral("summary"), m_summary);

    m_timesHeading = sectionLabel(m_content);
    m_times = new QFormLayout;
    m_reported = valueLabel(m_content, QStringLiteral("reportedAt"));
    m_verified = valueLabel(m_content, QStringLiteral("verifiedAt"));
    m_verified->setWordWrap(false); // beside its button; a time never needs two lines
    m_verify = new QPushButton(m_content);
    m_verify->setObjectName(QStringLiteral("markVerifiedButton"));
    m_verify->setAutoDefault(false);
    connect(m_verify, &QPushButton::clicked, this, &IncidentDetailWidget::markVerified);
    auto *verifiedField = new QWidget(m_content);
    auto *verifiedRow = new QHBoxLayout(verifiedField);
    verifiedRow->setContentsMargins(0, 0, 0, 0);
    verifiedRow->addWidget(m_verified);
    verifiedRow->addWidget(m_verify);
    verifiedRow->addStretch();
    m_dispatched = valueLabel(m_content, QStringLiteral("dispatchedAt"));
    m_arrived = valueLabel(m_content, QStringLiteral("arrivedAt"));
    m_lanesCleared = valueLabel(m_content, QStringLiteral("lanesClearedAt"));
    m_departed = valueLabel(m_content, QStringLiteral("lastDepartedAt"));
    m_cleared = valueLabel(m_content, QStringLiteral("clearedAt"));
    m_closed = valueLabel(m_content, QStringLiteral("closedAt"));
    addRow(m_times, QStringLiteral("reported"), m_reported);
    {
        auto *label = new QLabel(m_content);
        m_rowLabels.insert(QStringLiteral("verified"), label);
        m_times->addRow(label, verifiedField);
    }
    addRow(m_times, QStringLiteral("dispatched"), m_dispatched);
    addRow(m_times, QStringLiteral("arrived"), m_arrived);
    addRow(m_times, QStringLiteral("lanesCleared"), m_lanesCleared);
    addRow(m_times, QStringLiteral("departed"), m_departed);
    addRow(m_times, QStringLiteral("cleared"), m_cleared);
    addRow(m_times, QStringLiteral("closed"), m_closed);

    m_lanesHeading = sectionLabel(m_content);
    m_lanes = new LaneImpactEditor(m_content);
    connect(m_lanes, &LaneImpactEditor::saveRequested, this, &IncidentDetailWidget::saveLanes);

    m_unitsHeading = sectionLabel(m_content);
    m_unitsText = valueLabel(m_content, QStringLiteral("units"));
    m_unitsText->setTextFormat(Qt::RichText);

    m_timelineHeading = sectionLabel(m_content);
    m_timeline = new QTreeWidget(m_content);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setColumnCount(3);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(false);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    m_note = new QLineEdit(m_content);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setClearButtonEnabled(true);
    m_addNote = new QPushButton(m_content);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    connect(m_note, &QLineEdit::returnPressed, this, &IncidentDetailWidget::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentDetailWidget::addNote);

    auto *factsColumn = new QVBoxLayout;
    factsColumn->addLayout(m_facts);
    factsColumn->addWidget(m_unitsHeading);
    factsColumn->addWidget(m_unitsText);
    factsColumn->addStretch();
    auto *timesColumn = new QVBoxLayout;
    timesColumn->addWidget(m_timesHeading);
    timesColumn->addLayout(m_times);
    timesColumn->addStretch();
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addLayout(factsColumn, 3);
    m_columns->addSpacing(16);
    m_columns->addLayout(timesColumn, 2);

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);

    auto *content = new QVBoxLayout(m_content);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addSpacing(6);
    content->addLayout(m_columns);
    content->addWidget(m_lanesHeading);
    content->addWidget(m_lanes);
    content->addWidget(m_timelineHeading);
    content->addWidget(m_timeline, 1);

    // The incident scrolls when the dock is short (other panels share its side of the window); the note box
    // stays in sight below it (F4).
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    m_noteBar = new QWidget(this);
    noteRow->setContentsMargins(9, 0, 9, 0);
    m_noteBar->setLayout(noteRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 9);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_noteBar);
}

void IncidentDetailWidget::retranslateUi()
{
    m_empty->setText(tr("No incident selected.\nChoose one in the incident queue (F2) or take a new call (N)."));
    m_rowLabels.value(QStringLiteral("location"))->setText(tr("Location:"));
    m_rowLabels.value(QStringLiteral("station"))->setText(tr("Station:"));
    m_rowLabels.value(QStringLiteral("reporter"))->setText(tr("Reporter:"));
    m_rowLabels.value(QStringLiteral("casualties"))->setText(tr("Casualties:"));
    m_rowLabels.value(QStringLiteral("summary"))->setText(tr("Summary:"));
    m_rowLabels.value(QStringLiteral("reported"))->setText(tr("Reported:"));
    m_rowLabels.value(QStringLiteral("verified"))->setText(tr("Verified:"));
    m_rowLabels.value(QStringLiteral("dispatched"))->setText(tr("First dispatch:"));
    m_rowLabels.value(QStringLiteral("arrived"))->setText(tr("First arrival:"));
    m_rowLabels.value(QStringLiteral("lanesCleared"))->setText(tr("Lanes cleared:"));
    m_rowLabels.value(QStringLiteral("departed"))->setText(tr("Last unit left:"));
    m_verify->setText(tr("Mark verified"));
    m_verify->setToolTip(tr("Record that the report is confirmed (by a caller, a camera or a unit on scene)"));
    m_lanesHeading->setText(tr("Lanes"));
    m_rowLabels.value(QStringLiteral("cleared"))->setText(tr("Cleared:"));
    m_rowLabels.value(QStringLiteral("closed"))->setText(tr("Closed:"));
    m_timesHeading->setText(tr("Times"));
    m_unitsHeading->setText(tr("Units"));
    m_timelineHeading->setText(tr("Timeline"));
    m_timeline->setHeaderLabels({tr("Time"), tr("By"), tr("Entry")});
    m_note->setPlaceholderText(tr("Add a note to the timeline and press Enter (F4)"));
    m_addNote->setText(tr("Add note"));
    m_addNote->setToolTip(tr("Add the note to the incident's timeline (Enter)"));
    refresh();
}

void IncidentDetailWidget::resizeEvent(QResizeEvent *event)
{
    // Side by side the two columns need room; in a narrow dock the addresses would wrap word by word.
    constexpr int kSideBySideEm = 50;
    const auto direction = width() >= kSideBySideEm * fontMetrics().horizontalAdvance(QLatin1Char('M'))
                               ? QBoxLayout::LeftToRight
                               : QBoxLayout::TopToBottom;
    if (m_columns && m_columns->direction() != direction)
        m_columns->setDirection(direction);
    QWidget::resizeEvent(event);
}

void IncidentDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentDetailWidget::setReader(StoreReader *reader)
{
    m_reader = reader;
    const QUuid id = std::exchange(m_id, {});
    showIncident(id);
}

void IncidentDetailWidget::showIncident(const QUuid &id)
{
    if (id == m_id && m_incident)
        return;
    m_id = id;
    m_incident.reset();
    if (!id.isNull() && m_reader)
        m_incident = m_reader->incident(id);
    m_note->clear();
    // Another incident: unsaved lane edits of the last one are dropped, not carried over.
    m_lanes->setImpact(m_incident ? m_incident->lanes : LaneImpact{}, true);
    reloadTimeline();
    refresh();
}

void IncidentDetailWidget::onIncidentChanged(const Incident &incident)
{
    if (incident.id != m_id)
        return;
    m_incident = incident;
    m_verify->setEnabled(true);
    m_lanes->setImpact(incident.lanes); // keeps the dispatcher's unsaved edit
    reloadTimeline();
    refresh();
}

void IncidentDetailWidget::onNoteAdded(const IncidentNote &note)
{
    if (note.incidentId == m_id)
        reloadTimeline();
}

void IncidentDetailWidget::refresh()
{
    const bool has = m_incident.has_value();
    m_empty->setVisible(!has);
    m_scroll->setVisible(has);
    m_noteBar->setVisible(has);
    if (!has)
        return;
    const Incident &incident = *m_incident;
    const Theme *theme = Theme::instance();
    m_title->setText(QStringLiteral("%1 · %2").arg(incident.number.isEmpty() ? tr("(numbering)") : incident.number,
                                                   labels::incidentType(incident.typeCode)));
    m_subtitle->setText(QStringLiteral("<b style=\"color:%1\">%2 %3</b> &nbsp;·&nbsp; <b style=\"color:%4\">%5</b>")
                            .arg(theme->priorityColor(incident.priority).name(), labels::priority(incident.priority),
                                 labels::priorityMeaning(incident.priority).toHtmlEscaped(),
                                 theme->incidentStatusColor(incident.status).name(),
                                 labels::incidentStatus(incident.status).toHtmlEscaped()));

    QStringList where;
    for (const QString &part : {incident.landmark, incident.road, incident.kelurahan, incident.kecamatan})
        if (!part.isEmpty() && !where.contains(part))
            where << part;
    if (incident.hasLocation())
        where << QStringLiteral("%1, %2").arg(incident.latitude, 0, 'f', 5).arg(incident.longitude, 0, 'f', 5);
    m_location->setText(where.isEmpty() ? tr("not given") : where.join(QStringLiteral(" · ")));
    const auto station = StationDirectory::builtIn().byCode(incident.stationCode);
    m_station->setText(station ? station->name : incident.stationCode);
    QStringList reporter;
    if (!incident.reporterName.isEmpty())
        reporter << incident.reporterName;
    if (!incident.reporterPhone.isEmpty())
        reporter << incident.reporterPhone;
    m_reporter->setText(reporter.isEmpty() ? tr("not given") : reporter.join(QStringLiteral(" · ")));
    const bool accident = incident.typeCode == QLatin1String("kecelakaan");
    m_casualties->setText(
        tr("MD %1 · LB %2 · LR %3").arg(incident.died).arg(incident.seriouslyHurt).arg(incident.slightlyHurt));
    m_casualties->setVisible(accident);
    m_rowLabels.value(QStringLiteral("casualties"))->setVisible(accident);
    m_summary->setText(incident.summary.isEmpty() ? tr("none") : incident.summary);

    const auto time = [](const QDateTime &at) { return at.isValid() ? labels::timestamp(at) : QStringLiteral("—"); };
    m_reported->setText(time(incident.reportedAt));
    m_verified->setText(incident.verifiedAt.isValid() ? time(incident.verifiedAt) : tr("not yet"));
    m_verify->setVisible(!incident.verifiedAt.isValid() && incident.isOpen() && m_notesAllowed);
    m_dispatched->setText(time(incident.firstDispatchedAt));
    m_arrived->setText(time(incident.firstArrivalAt));
    m_lanesCleared->setText(time(incident.lanesClearedAt));
    // Only once every unit sent has left; while one is still there the incident has no departure.
    m_departed->setText(time(incident.lastUnitDepartedAt));
    m_cleared->setText(time(incident.clearedAt));
    m_closed->setText(time(incident.closedAt));
    m_lanes->setReadOnly(!incident.isOpen() || !m_notesAllowed);

    QStringList units;
    const QList<Assignment> assignments = m_reader ? m_reader->assignments(incident.id) : QList<Assignment>();
    for (const Assignment &assignment : assignments) {
        const auto unit = m_units->unit(assignment.unitId);
        QString line =
            QStringLiteral("<b>%1</b>")
                .arg(
                    (unit ? unit->callsign : assignment.unitId.toString(QUuid::WithoutBraces).left(8)).toHtmlEscaped());
        if (unit && unit->incidentId == incident.id)
            line += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                        .arg(theme->unitStatusColor(unit->status).name(), labels::unitStatus(unit->status));
        line += QStringLiteral(" — ") + tr("dispatched %1").arg(labels::clockTime(assignment.dispatchedAt));
        if (assignment.arrivedAt.isValid())
            line += QStringLiteral(", ") + tr("arrived %1").arg(labels::clockTime(assignment.arrivedAt));
        if (assignment.clearedAt.isValid())
            line += QStringLiteral(", ") + tr("cleared %1").arg(labels::clockTime(assignment.clearedAt));
        units << line;
    }
    m_unitsText->setText(units.isEmpty() ? tr("No unit dispatched yet (D dispatches one).").toHtmlEscaped()
                                         : units.join(QStringLiteral("<br>")));
    m_note->setEnabled(incident.isOpen() && m_notesAllowed);
    m_addNote->setEnabled(incident.isOpen() && m_notesAllowed);
}

void IncidentDetailWidget::setNotesAllowed(bool allowed)
{
    if (m_notesAllowed == allowed)
        return;
    m_notesAllowed = allowed;
    if (m_incident)
        refresh();
}

void IncidentDetailWidget::reloadTimeline()
{
    m_timeline->clear();
    if (m_id.isNull() || !m_reader)
        return;
    QList<QTreeWidgetItem *> items;
    for (const IncidentNote &entry : m_reader->timeline(m_id)) {
        auto *item = new QTreeWidgetItem({labels::timestamp(entry.at), entry.actor, entry.text});
        item->setToolTip(2, entry.text);
        items.append(item);
    }
    m_timeline->addTopLevelItems(items);
    if (!items.isEmpty())
        m_timeline->scrollToItem(items.last());
}

QStringList IncidentDetailWidget::timelineTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i)
        texts << m_timeline->topLevelItem(i)->text(2);
    return texts;
}

QString IncidentDetailWidget::milestoneText(const QString &name) const
{
    if (name == QLatin1String("reported"))
        return m_reported->text();
    if (name == QLatin1String("verified"))
        return m_verified->text();
    if (name == QLatin1String("dispatched"))
        return m_dispatched->text();
    if (name == QLatin1String("arrived"))
        return m_arrived->text();
    if (name == QLatin1String("lanesCleared"))
        return m_lanesCleared->text();
    if (name == QLatin1String("departed"))
        return m_departed->text();
    if (name == QLatin1String("cleared"))
        return m_cleared->text();
    if (name == QLatin1String("closed"))
        return m_closed->text();
    return {};
}

void IncidentDetailWidget::focusNote()
{
    if (m_incident && m_note->isEnabled())
        m_note->setFocus();
}

void IncidentDetailWidget::addNote()
{
    const QString text = m_note->text().trimmed();
    if (!m_incident || text.isEmpty() || !m_notesAllowed)
        return;
    m_service->submit({m_factory->addNote(m_incident->id, text)});
    m_note->clear();
}

void IncidentDetailWidget::markVerified()
{
    if (!m_incident || !m_notesAllowed || m_incident->verifiedAt.isValid() || !m_incident->isOpen())
        return;
    m_service->submit({m_factory->verifyIncident(*m_incident)});
    m_verify->setEnabled(false); // until the store answers (the incident, or a refusal): one press, one change
}

void IncidentDetailWidget::saveLanes(const LaneImpact &impact)
{
    if (!m_incident || !m_notesAllowed || !m_incident->isOpen())
        return;
    m_service->submit({m_factory->setLanes(*m_incident, impact)});
}

} // namespace lintas
