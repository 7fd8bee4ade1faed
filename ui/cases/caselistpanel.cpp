#include "caselistpanel.h"

#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "casedesk.h"
#include "caselistmodel.h"
#include "casereadthread.h"
#include "casetext.h"
#include "core/stations.h"
#include "labels.h"

namespace lintas {
namespace {

const QString kSavedGroup = QStringLiteral("cases/saved");
// The date edits show "—" (no bound) at their minimum.
const QDate kNoDate(2000, 1, 1);
constexpr int kTypingPauseMs = 250;
constexpr int kRerunMs = 300;

// A settings key cannot hold the group separator.
QString settingsKey(const QString &name)
{
    QString key = name.trimmed();
    key.replace(QLatin1Char('/'), QLatin1Char('-'));
    key.replace(QLatin1Char('\\'), QLatin1Char('-'));
    return key;
}

QDate boundOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setBound(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

struct CaseListPanel::Outcome
{
    quint64 generation = 0;
    bool skipped = false; // superseded before it ran
    QString error;
    CaseSearchResult result;
};

CaseListPanel::CaseListPanel(CaseDesk *desk, CaseReadThread *reads, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_reads(reads), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("caseListPanel"));
    m_model = new CaseListModel(this);
    buildUi();
    retranslateUi();

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &CaseListPanel::search);
    m_rerun.setSingleShot(true);
    m_rerun.setInterval(kRerunMs);
    connect(&m_rerun, &QTimer::timeout, this, &CaseListPanel::search);

    connect(m_desk, &CaseDesk::caseChanged, this, &CaseListPanel::onCaseChanged);
    connect(m_desk, &CaseDesk::caseRemoved, m_model, &CaseListModel::removeCase);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CaseListPanel::updateLabels);
    search();
}

CaseListPanel::~CaseListPanel() = default;

void CaseListPanel::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    // The clear button changes the text without an edit.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typing.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        search();
    });

    m_saved = new QToolButton(this);
    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *savedMenu = new QMenu(m_saved);
    m_saved->setMenu(savedMenu);
    connect(savedMenu, &QMenu::aboutToShow, this, &CaseListPanel::rebuildSavedMenu);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caseKindFilter"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("caseStateFilter"));
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("caseOfficerFilter"));
    m_officer->setClearButtonEnabled(true);
    m_officer->setMaximumWidth(140);
    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("caseStationFilter"));
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_station->setMinimumContentsLength(18);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("caseFromFilter"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("caseToFilter"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
    }
    m_voidPending = new QCheckBox(this);
    m_voidPending->setObjectName(QStringLiteral("caseVoidPendingFilter"));
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(QStringLiteral("caseClearFilters"));
    m_clearFilters->setToolButtonStyle(Qt::ToolButtonTextOnly);

    fillKindCombo();
    fillStateCombo();
    fillStationCombo();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillStateCombo();
        search();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseListPanel::search);
    connect(m_station, &QComboBox::currentIndexChanged, this, &CaseListPanel::search);
    connect(m_officer, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_from, &QDateEdit::dateChanged, this, &CaseListPanel::search);
    connect(m_to, &QDateEdit::dateChanged, this, &CaseListPanel::search);
    connect(m_voidPending, &QCheckBox::toggled, this, &CaseListPanel::search);
    connect(m_clearFilters, &QToolButton::clicked, this, [this] {
        CaseQuery cleared;
        cleared.text = m_search->text();
        setQuery(cleared);
    });

    m_nearMatch = new QLabel(this);
    m_nearMatch->setObjectName(QStringLiteral("caseNearMatch"));
    m_nearMatch->setWordWrap(true);
    m_nearMatch->setVisible(false);
    m_nearMatch->setTextFormat(Qt::PlainText);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    // Widths for the longest usual values ("BOLO-JAKTIM-20261128-00002", "28-11-2026 14:05", "Rp1.000.000"):
    // measuring every row would cost a pass over the list on each change.
    const QFontMetrics metrics(m_view->font());
    const auto fit = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(CaseListModel::NumberColumn, fit(QStringLiteral("ETLE-JAKPUS-20261128-00000")));
    header->resizeSection(CaseListModel::KindColumn, fit(QStringLiteral("Watch list")));
    header->resizeSection(CaseListModel::StateColumn, fit(QStringLiteral("Payment issued")));
    header->resizeSection(CaseListModel::PlateColumn, fit(QStringLiteral("B 0000 XXX")));
    header->resizeSection(CaseListModel::OccurredColumn, fit(QStringLiteral("00-00-0000 00:00")));
    header->resizeSection(CaseListModel::FineColumn, fit(QStringLiteral("Rp1.000.000")));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &CaseListPanel::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCaseChanged(currentCaseId()); });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_saved);
    // Two rows of filters, so the list stays usable in half a screen beside the record.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_state);
    filterRow->addWidget(m_station, 1);
    auto *boundsRow = new QHBoxLayout;
    boundsRow->addWidget(m_officer);
    boundsRow->addWidget(m_from);
    boundsRow->addWidget(m_to);
    boundsRow->addWidget(m_voidPending);
    boundsRow->addStretch(1);
    boundsRow->addWidget(m_clearFilters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addLayout(boundsRow);
    layout->addWidget(m_nearMatch);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

void CaseListPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search names, NIK, plates, articles, narratives (Ctrl+F)"));
    m_search->setToolTip(tr("Words match as prefixes; a plate matches however it is typed (\"b1234xyz\" finds "
                            "\"B 1234 XYZ\"). Down goes to the list."));
    m_saved->setText(tr("Saved searches"));
    m_saved->setToolTip(tr("Save this search, or run or delete a saved one"));
    m_officer->setPlaceholderText(tr("Officer NRP"));
    m_officer->setToolTip(tr("Only cases assigned to this officer"));
    m_kind->setToolTip(tr("Only cases of this kind"));
    m_state->setToolTip(tr("Only cases in this state"));
    m_station->setToolTip(tr("Only cases of this station and the stations below it"));
    m_from->setSpecialValueText(tr("From —"));
    m_from->setToolTip(tr("Occurred on or after this day (WIB)"));
    m_to->setSpecialValueText(tr("To —"));
    m_to->setToolTip(tr("Occurred on or before this day (WIB)"));
    m_voidPending->setText(tr("Void requested"));
    m_voidPending->setToolTip(tr("Only cases whose void waits for a supervisor's decision"));
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Show every kind, state, officer, station and date again (the search text stays)"));
    fillKindCombo();
    fillStateCombo();
    fillStationCombo();
    updateLabels();
}

void CaseListPanel::fillKindCombo()
{
    const QSignalBlocker blocker(m_kind);
    const QVariant current = m_kind->currentData();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), -1);
    for (const CaseKind kind : allCaseKinds())
        m_kind->addItem(displayName(kind), int(kind));
    selectData(m_kind, current.isValid() ? current : QVariant(-1));
}

void CaseListPanel::fillStateCombo()
{
    const QSignalBlocker blocker(m_state);
    const QVariant current = m_state->currentData();
    m_state->clear();
    m_state->addItem(tr("All states"), -1);
    const int kind = m_kind->currentData().toInt();
    const QList<CaseState> states = kind < 0 ? allCaseStates() : statesOf(CaseKind(kind));
    for (const CaseState state : states)
        m_state->addItem(displayName(state), int(state));
    selectData(m_state, current.isValid() ? current : QVariant(-1));
}

void CaseListPanel::fillStationCombo()
{
    const QSignalBlocker blocker(m_station);
    const QVariant current = m_station->currentData();
    m_station->clear();
    m_station->addItem(tr("All stations"), QString());
    // The hierarchy in its own order, indented by level, so a Polres sits under its Polda.
    const StationDirectory &stations = StationDirectory::builtIn();
    const std::function<void(const QString &, int)> addChildren = [&](const QString &parent, int depth) {
        for (const Station &station : stations.children(parent)) {
            m_station->addItem(QString(depth * 3, QLatin1Char(' ')) + station.name, station.code);
            m_station->setItemData(m_station->count() - 1, station.code, Qt::ToolTipRole);
            addChildren(station.code, depth + 1);
        }
    };
    for (const Station &polda : stations.atLevel(StationLevel::Polda)) {
        m_station->addItem(polda.name, polda.code);
        addChildren(polda.code, 1);
    }
    selectData(m_station, current.isValid() ? current : QVariant(QString()));
}

CaseQuery CaseListPanel::query() const
{
    CaseQuery query;
    query.text = m_search->text().trimmed();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        query.kinds = {CaseKind(kind)};
    const int state = m_state->currentData().toInt();
    if (state >= 0)
        query.states = {CaseState(state)};
    query.officerNrp = m_officer->text().trimmed();
    query.stationCode = m_station->currentData().toString();
    query.from = boundOf(m_from);
    query.to = boundOf(m_to);
    query.voidPendingOnly = m_voidPending->isChecked();
    return query;
}

void CaseListPanel::setQuery(const CaseQuery &query)
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockState(m_state);
        const QSignalBlocker blockOfficer(m_officer);
        const QSignalBlocker blockStation(m_station);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockVoid(m_voidPending);
        m_search->setText(query.text);
        // The filter offers one kind and one state; a query with several (made elsewhere) keeps the first.
        selectData(m_kind, query.kinds.isEmpty() ? -1 : int(query.kinds.first()));
        fillStateCombo();
        selectData(m_state, query.states.isEmpty() ? -1 : int(query.states.first()));
        m_officer->setText(query.officerNrp);
        selectData(m_station, query.stationCode);
        setBound(m_from, query.from);
        setBound(m_to, query.to);
        m_voidPending->setChecked(query.voidPendingOnly);
    }
    m_typing.stop();
    search();
}

void CaseListPanel::search()
{
    m_typing.stop();
    m_rerun.stop();
    const CaseQuery wanted = query();
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_searching = true;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    m_reads->read(
        this,
        [wanted, generation, latest](const CaseReader &reader) {
            Outcome outcome;
            outcome.generation = generation;
            if (latest->load() != generation) {
                outcome.skipped = true;
                return outcome;
            }
            if (!reader.isOpen()) {
                outcome.error = reader.errorString();
                return outcome;
            }
            outcome.result = reader.search(wanted);
            return outcome;
        },
        [this, wanted](const Outcome &outcome) {
            // Only the newest search's answer is shown.
            if (outcome.generation != m_generation || outcome.skipped)
                return;
            m_shownQuery = wanted;
            showOutcome(outcome);
        });
}

void CaseListPanel::showOutcome(const Outcome &outcome)
{
    m_searching = false;
    if (!outcome.error.isEmpty()) {
        m_lastError = tr("The cases could not be searched: %1").arg(outcome.error);
        updateLabels();
        Q_EMIT searchFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_shown = outcome.result;
    m_hasResult = true;
    const QUuid current = currentCaseId();
    m_model->setCases(m_shown.cases);
    if (!current.isNull() && currentCaseId() != current)
        selectCase(current);
    updateLabels();
    Q_EMIT searchFinished(m_model->rowCount());
}

void CaseListPanel::updateLabels()
{
    if (!m_lastError.isEmpty()) {
        m_count->setText(m_lastError);
    } else if (!m_hasResult) {
        m_count->setText(tr("Searching…"));
    } else {
        const int count = m_model->rowCount();
        // The reader stops at the query's limit: say so rather than pretend that is all there is.
        m_count->setText(count >= m_shownQuery.limit && m_shownQuery.limit > 0
                             ? tr("The newest %n case(s); refine the search to see others", nullptr, count)
                             : tr("%n case(s)", nullptr, count));
    }
    const bool near = m_hasResult && m_shown.nearMatches;
    m_nearMatch->setText(
        near ? tr("No exact match — showing plates one slip away: %1").arg(casetext::plateList(m_shown.matchedPlates))
             : QString());
    m_nearMatch->setVisible(near);
}

QString CaseListPanel::countText() const
{
    return m_count->text();
}

QString CaseListPanel::nearMatchText() const
{
    return m_nearMatch->text();
}

bool CaseListPanel::passesFilters(const CaseSummary &summary) const
{
    if (!m_shownQuery.kinds.isEmpty() && !m_shownQuery.kinds.contains(summary.kind))
        return false;
    if (!m_shownQuery.states.isEmpty() && !m_shownQuery.states.contains(summary.state))
        return false;
    if (m_shownQuery.voidPendingOnly && !summary.voidPending)
        return false;
    if (!m_shownQuery.officerNrp.isEmpty() && summary.officerNrp != m_shownQuery.officerNrp)
        return false;
    return true;
}

void CaseListPanel::onCaseChanged(const CaseSummary &summary)
{
    // A row shown is updated at once; whether a case belongs in the list is the query's to say, so anything
    // else runs the query again, coalesced (a pull may bring hundreds of cases in one go).
    const bool shown = m_model->updateCase(summary);
    if (shown && passesFilters(summary))
        return;
    if (!m_rerun.isActive())
        m_rerun.start();
}

QStringList CaseListPanel::savedSearchNames() const
{
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CaseListPanel::saveSearch(const QString &name)
{
    const QString key = settingsKey(name);
    if (key.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    settings.setValue(key, query().toMap());
}

bool CaseListPanel::applySavedSearch(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    const QString key = settingsKey(name);
    if (!settings.contains(key))
        return false;
    setQuery(CaseQuery::fromMap(settings.value(key).toMap()));
    return true;
}

void CaseListPanel::deleteSavedSearch(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    settings.remove(settingsKey(name));
}

void CaseListPanel::askToSaveSearch()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save search"), tr("Name of this search:"), QLineEdit::Normal,
                                               m_search->text().trimmed(), &ok);
    if (ok && !settingsKey(name).isEmpty())
        saveSearch(name);
}

void CaseListPanel::rebuildSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    const QStringList names = savedSearchNames();
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { applySavedSearch(name); });
    if (names.isEmpty())
        menu->addAction(tr("No saved searches yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Save this search…"), this, &CaseListPanel::askToSaveSearch);
    QMenu *remove = menu->addMenu(tr("Delete a saved search"));
    remove->setEnabled(!names.isEmpty());
    for (const QString &name : names)
        remove->addAction(name, this, [this, name] { deleteSavedSearch(name); });
}

QUuid CaseListPanel::currentCaseId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CaseListModel::CaseIdRole).toUuid() : QUuid();
}

bool CaseListPanel::selectCase(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void CaseListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPanel::focusList()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void CaseListPanel::openCurrent()
{
    const QUuid id = currentCaseId();
    if (!id.isNull())
        Q_EMIT openRequested(id);
}

bool CaseListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            focusList();
            return true;
        }
        if (watched == m_view) {
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                !(key->modifiers() & Qt::ControlModifier)) {
                openCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                focusSearch();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace lintas
