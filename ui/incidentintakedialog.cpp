#include "incidentintakedialog.h"

#include <cmath>

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "core/validators.h"
#include "labels.h"
#include "messagebox.h"
#include "store/storeservice.h"

namespace lintas {
namespace {

constexpr int kCompletions = 10;
const QString kAccident = QStringLiteral("kecelakaan");

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthKm = 6371.0;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::sqrt(a));
}

QIcon colourDot(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(colour.isEmpty() ? QStringLiteral("#808080") : colour));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

IncidentIntakeDialog::IncidentIntakeDialog(ChangeFactory *factory, StoreService *service, PlaceSearch search,
                                           QWidget *parent)
    : QDialog(parent), m_factory(factory), m_service(service), m_search(std::move(search))
{
    setObjectName(QStringLiteral("incidentIntakeDialog"));
    build();
    retranslateUi();
    populateTypes();
    connect(m_service, &StoreService::committed, this, &IncidentIntakeDialog::onCommitted);
    connect(m_service, &StoreService::rejected, this, &IncidentIntakeDialog::onRejected);
    m_typeList->setFocus();
}

void IncidentIntakeDialog::build()
{
    setModal(true);
    resize(860, 600);

    m_typeList = new QListWidget(this);
    m_typeList->setObjectName(QStringLiteral("typeList"));
    m_typeList->setMinimumWidth(230);
    m_typeList->installEventFilter(this);
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_typeList);
    connect(m_typeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectType(m_typeList->item(row)->data(Qt::UserRole).toString(), false);
    });

    auto *priorityBox = new QWidget(this);
    auto *priorityLayout = new QHBoxLayout(priorityBox);
    priorityLayout->setContentsMargins(0, 0, 0, 0);
    m_priorityGroup = new QButtonGroup(this);
    for (int p = 1; p <= 4; ++p) {
        auto *button = new QRadioButton(priorityBox);
        button->setObjectName(QStringLiteral("priority%1").arg(p));
        m_priorityGroup->addButton(button, p);
        m_priorityButtons.append(button);
        priorityLayout->addWidget(button);
        // Plain digits pick the priority anywhere in the form except while typing text.
        auto *shortcut = new QShortcut(QKeySequence(QString::number(p)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, p] { setPriority(Priority(p), true); });
    }
    priorityLayout->addStretch();
    m_priorityButtons.at(2)->setChecked(true);
    m_priorityLabel = new QLabel(this);
    m_priorityLabel->setBuddy(m_priorityButtons.at(2));

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setClearButtonEnabled(true);
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kCompletions);
    m_location->setCompleter(m_completer);
    connect(m_location, &QLineEdit::textEdited, this, &IncidentIntakeDialog::onLocationEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { onPlaceChosen(index.row()); });
    connect(m_location, &QLineEdit::returnPressed, this, [this] {
        if (resolveLocation())
            m_narrative->setFocus();
    });
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_location);
    m_locationMessage = new QLabel(this);
    m_locationMessage->setObjectName(QStringLiteral("fieldMessage"));
    m_locationMessage->setWordWrap(true);
    m_locationMessage->hide();

    // Where exactly: filled from the map when the location is a point, and open to correction.
    auto *areaRow = new QWidget(this);
    auto *areaLayout = new QHBoxLayout(areaRow);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    m_road = new QLineEdit(areaRow);
    m_road->setObjectName(QStringLiteral("road"));
    m_road->setClearButtonEnabled(true);
    connect(m_road, &QLineEdit::textEdited, this, [this] { m_roadTouched = true; });
    m_kecamatan = new QLineEdit(areaRow);
    m_kecamatan->setObjectName(QStringLiteral("kecamatan"));
    m_kecamatan->setClearButtonEnabled(true);
    connect(m_kecamatan, &QLineEdit::textEdited, this, [this] { m_kecamatanTouched = true; });
    m_roadLabel = new QLabel(this);
    m_roadLabel->setBuddy(m_road);
    m_kecamatanLabel = new QLabel(areaRow);
    m_kecamatanLabel->setBuddy(m_kecamatan);
    areaLayout->addWidget(m_road, 3);
    areaLayout->addSpacing(8);
    areaLayout->addWidget(m_kecamatanLabel);
    areaLayout->addWidget(m_kecamatan, 2);

    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("station"));
    for (const Station &station : StationDirectory::builtIn().atLevel(StationLevel::Polres))
        m_station->addItem(station.name, station.code);
    connect(m_station, &QComboBox::activated, this, [this] { m_stationTouched = true; });
    m_stationLabel = new QLabel(this);
    m_stationLabel->setBuddy(m_station);

    m_reporterName = new QLineEdit(this);
    m_reporterName->setObjectName(QStringLiteral("reporterName"));
    m_reporterLabel = new QLabel(this);
    m_reporterLabel->setBuddy(m_reporterName);
    m_reporterPhone = new QLineEdit(this);
    m_reporterPhone->setObjectName(QStringLiteral("reporterPhone"));
    m_reporterPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setBuddy(m_reporterPhone);

    m_casualtyRow = new QWidget(this);
    auto *casualtyLayout = new QHBoxLayout(m_casualtyRow);
    casualtyLayout->setContentsMargins(0, 0, 0, 0);
    const auto spin = [&](const QString &name, QLabel **label) {
        auto *box = new QSpinBox(m_casualtyRow);
        box->setObjectName(name);
        box->setRange(0, 999);
        *label = new QLabel(m_casualtyRow);
        (*label)->setBuddy(box);
        casualtyLayout->addWidget(*label);
        casualtyLayout->addWidget(box);
        casualtyLayout->addSpacing(12);
        return box;
    };
    m_died = spin(QStringLiteral("died"), &m_diedLabel);
    m_seriouslyHurt = spin(QStringLiteral("seriouslyHurt"), &m_seriousLabel);
    m_slightlyHurt = spin(QStringLiteral("slightlyHurt"), &m_slightLabel);
    casualtyLayout->addStretch();
    m_casualtyLabel = new QLabel(this);

    m_narrative = new QPlainTextEdit(this);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setTabChangesFocus(true);
    m_narrativeLabel = new QLabel(this);
    m_narrativeLabel->setBuddy(m_narrative);

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("fieldMessage"));
    m_formError->setProperty("level", QStringLiteral("error"));
    m_formError->setWordWrap(true);
    m_formError->hide();

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Enter must never save a half-typed call: only Ctrl+Enter does.
    for (QPushButton *button : {m_saveButton, m_cancelButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &IncidentIntakeDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &IncidentIntakeDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IncidentIntakeDialog::save);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_priorityLabel, priorityBox);
    form->addRow(m_locationLabel, m_location);
    form->addRow(QString(), m_locationMessage);
    form->addRow(m_roadLabel, areaRow);
    form->addRow(m_stationLabel, m_station);
    form->addRow(m_reporterLabel, m_reporterName);
    form->addRow(m_phoneLabel, m_reporterPhone);
    form->addRow(m_casualtyLabel, m_casualtyRow);
    form->addRow(m_narrativeLabel, m_narrative);

    auto *typeColumn = new QVBoxLayout;
    typeColumn->addWidget(m_typeLabel);
    typeColumn->addWidget(m_typeList, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(typeColumn);
    columns->addSpacing(12);
    columns->addLayout(form, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_formError);
    layout->addLayout(buttons);

    setTabOrder(m_typeList, m_priorityButtons.at(0));
    setTabOrder(m_priorityButtons.at(3), m_location);
    setTabOrder(m_location, m_road);
    setTabOrder(m_road, m_kecamatan);
    setTabOrder(m_kecamatan, m_station);
    setTabOrder(m_station, m_reporterName);
    setTabOrder(m_reporterName, m_reporterPhone);
    setTabOrder(m_reporterPhone, m_died);
    setTabOrder(m_died, m_seriouslyHurt);
    setTabOrder(m_seriouslyHurt, m_slightlyHurt);
    setTabOrder(m_slightlyHurt, m_narrative);
    setTabOrder(m_narrative, m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);
    updateCasualtyRow();
}

void IncidentIntakeDialog::retranslateUi()
{
    setWindowTitle(tr("New incident"));
    m_typeLabel->setText(tr("&Type (press its key)"));
    m_priorityLabel->setText(tr("&Priority (1–4)"));
    for (int p = 1; p <= 4; ++p) {
        QRadioButton *button = m_priorityButtons.at(p - 1);
        button->setText(QStringLiteral("P%1 %2").arg(p).arg(labels::priorityMeaning(Priority(p))));
        button->setToolTip(tr("Priority %1 (key %1)").arg(p));
    }
    m_locationLabel->setText(tr("&Location"));
    m_location->setPlaceholderText(tr("Landmark, road name or coordinates such as -6.1754, 106.8272"));
    m_roadLabel->setText(tr("R&oad"));
    m_road->setPlaceholderText(tr("Nearest street, from the map"));
    m_kecamatanLabel->setText(tr("&Kecamatan"));
    m_kecamatan->setPlaceholderText(tr("District, from the map"));
    m_stationLabel->setText(tr("&Station"));
    m_station->setToolTip(tr("The Polres that handles the incident; the nearest one is chosen from the location"));
    m_reporterLabel->setText(tr("&Reporter"));
    m_reporterName->setPlaceholderText(tr("Name of the caller"));
    m_phoneLabel->setText(tr("P&hone"));
    m_reporterPhone->setPlaceholderText(tr("0812…"));
    m_casualtyLabel->setText(tr("Casualties"));
    m_diedLabel->setText(tr("&MD (died)"));
    m_seriousLabel->setText(tr("L&B (seriously hurt)"));
    m_slightLabel->setText(tr("L&R (slightly hurt)"));
    m_narrativeLabel->setText(tr("&Narrative"));
    m_narrative->setPlaceholderText(tr("What the caller reports"));
    m_saveButton->setText(tr("Save (Ctrl+Enter)"));
    m_saveButton->setToolTip(tr("Save the incident (Ctrl+Enter)"));
    m_cancelButton->setText(tr("Cancel (Esc)"));
    m_cancelButton->setToolTip(tr("Close the form without saving (Esc)"));
    populateTypes();
}

void IncidentIntakeDialog::populateTypes()
{
    const QString current = selectedType() ? selectedType()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_typeList);
    m_typeList->clear();
    const QString language = labels::currentLanguage();
    for (const IncidentType &type : IncidentTypeCatalogue::builtIn().all()) {
        auto *item = new QListWidgetItem(colourDot(type.color),
                                         QStringLiteral("%1   %2").arg(type.key.toUpper(), type.name(language)));
        item->setData(Qt::UserRole, type.code);
        item->setToolTip(tr("Key %1").arg(type.key.toUpper()));
        m_typeList->addItem(item);
        if (type.code == current)
            m_typeList->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
    }
}

bool IncidentIntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_typeList && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (QListWidgetItem *current = m_typeList->currentItem();
                current && !(key->modifiers() & Qt::ControlModifier)) {
                selectType(current->data(Qt::UserRole).toString(), false);
                m_priorityGroup->checkedButton()->setFocus();
                return true;
            }
            return false;
        }
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            if (const auto type = IncidentTypeCatalogue::builtIn().byKey(text.at(0)))
                selectType(type->code, true);
            return true; // other letters do nothing rather than jump around the list
        }
    }
    return QDialog::eventFilter(watched, event);
}

void IncidentIntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IncidentIntakeDialog::selectType(const QString &code, bool advance)
{
    for (int row = 0; row < m_typeList->count(); ++row) {
        if (m_typeList->item(row)->data(Qt::UserRole).toString() != code)
            continue;
        // The list may already have the row current (but not selected) from getting the focus.
        const QSignalBlocker blocker(m_typeList);
        m_typeList->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
        break;
    }
    if (const auto type = IncidentTypeCatalogue::builtIn().byCode(code))
        setPriority(type->defaultPriority, false);
    updateCasualtyRow();
    setFormError({});
    if (advance)
        m_priorityGroup->checkedButton()->setFocus();
}

void IncidentIntakeDialog::setPriority(Priority priority, bool advance)
{
    m_priorityButtons.at(int(priority) - 1)->setChecked(true);
    if (advance)
        m_location->setFocus();
}

void IncidentIntakeDialog::onLocationEdited(const QString &text)
{
    m_place.reset();
    m_latitude = m_longitude = std::nan("");
    setLocationMessage({}, 0);
    double lat = 0;
    double lon = 0;
    if (text.trimmed().size() < 2 || parseCoordinates(text, &lat, &lon) || !m_search) {
        m_candidates.clear();
        m_completions->clear();
        return;
    }
    m_candidates = m_search(text.trimmed(), kCompletions);
    m_completions->clear();
    // Only the name: the completer writes the chosen text into the field as it is.
    for (const Place &place : m_candidates) {
        auto *item = new QStandardItem(place.name);
        if (!place.kecamatan.isEmpty())
            item->setToolTip(tr("Kecamatan %1").arg(place.kecamatan));
        m_completions->appendRow(item);
    }
    if (!m_candidates.isEmpty())
        m_completer->complete();
}

void IncidentIntakeDialog::onPlaceChosen(int row)
{
    if (row < 0 || row >= m_candidates.size())
        return;
    m_place = m_candidates.at(row);
    m_location->setText(m_place->name);
    resolveLocation();
}

bool IncidentIntakeDialog::resolveLocation()
{
    const QString text = m_location->text().trimmed();
    m_latitude = m_longitude = std::nan("");
    if (text.isEmpty()) {
        setLocationMessage(tr("Type a landmark, a road name or coordinates."), 2);
        return false;
    }
    double lat = 0;
    double lon = 0;
    if (parseCoordinates(text, &lat, &lon)) {
        m_place.reset();
        const Validation check = validateCoordinate(lat, lon);
        if (check.isError()) {
            setLocationMessage(check.message, 2);
            return false;
        }
        m_latitude = lat;
        m_longitude = lon;
        setLocationMessage(check.message, check.level == Validation::Level::Warning ? 1 : 0);
    } else {
        if (!m_place || m_place->name.compare(text, Qt::CaseInsensitive) != 0) {
            m_place.reset();
            const QList<Place> found = m_search ? m_search(text, 5) : QList<Place>();
            for (const Place &place : found) {
                if (place.name.compare(text, Qt::CaseInsensitive) == 0) {
                    m_place = place;
                    break;
                }
            }
            if (!m_place && !found.isEmpty())
                m_place = found.first();
        }
        if (m_place) {
            m_latitude = m_place->latitude;
            m_longitude = m_place->longitude;
            setLocationMessage(m_place->name.compare(text, Qt::CaseInsensitive) == 0
                                   ? QString()
                                   : tr("Found in the gazetteer: %1").arg(m_place->name),
                               0);
        } else {
            setLocationMessage(
                tr("“%1” is not in the gazetteer; the incident is saved without a map position.").arg(text), 1);
        }
    }
    fillFromPoint();
    if (!std::isnan(m_latitude) && !m_stationTouched) {
        // The city's Polres has the jurisdiction; the nearest headquarters is only a guess without a map.
        QString code = polresForKota(m_kota);
        if (code.isEmpty())
            code = nearestPolres(m_latitude, m_longitude);
        const int index = m_station->findData(code);
        if (index >= 0)
            m_station->setCurrentIndex(index);
    }
    return true;
}

void IncidentIntakeDialog::setPointLookup(PointLookup lookup)
{
    m_pointLookup = std::move(lookup);
}

void IncidentIntakeDialog::setPickedLocation(double latitude, double longitude, const QString &road,
                                             const QString &kecamatan)
{
    m_place.reset();
    m_location->setText(QStringLiteral("%1, %2").arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6));
    resolveLocation();
    // What the map found at the click wins over a second lookup of the same point.
    if (!road.isEmpty())
        m_road->setText(road);
    if (!kecamatan.isEmpty())
        m_kecamatan->setText(kecamatan);
}

void IncidentIntakeDialog::fillFromPoint()
{
    PointDetails details;
    if (!std::isnan(m_latitude) && m_pointLookup)
        details = m_pointLookup(m_latitude, m_longitude);
    m_kota = details.kota;
    if (m_place) {
        if (m_place->kind == Place::Kind::Road)
            details.road = m_place->name;
        if (!m_place->kecamatan.isEmpty())
            details.kecamatan = m_place->kecamatan;
    }
    if (!m_roadTouched)
        m_road->setText(details.road);
    if (!m_kecamatanTouched)
        m_kecamatan->setText(details.kecamatan);
}

void IncidentIntakeDialog::setLocationMessage(const QString &message, int level)
{
    static const char *const kLevels[] = {"info", "warning", "error"};
    m_locationMessage->setProperty("level", QString::fromLatin1(kLevels[qBound(0, level, 2)]));
    m_locationMessage->setText(message);
    m_locationMessage->setVisible(!message.isEmpty());
    // The property selects the colour in the style sheet; re-polish to apply it.
    m_locationMessage->style()->unpolish(m_locationMessage);
    m_locationMessage->style()->polish(m_locationMessage);
}

void IncidentIntakeDialog::setFormError(const QString &message)
{
    m_formError->setText(message);
    m_formError->setVisible(!message.isEmpty());
}

void IncidentIntakeDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : tr("Save (Ctrl+Enter)"));
}

void IncidentIntakeDialog::updateCasualtyRow()
{
    const bool accident = selectedType() && selectedType()->data(Qt::UserRole).toString() == kAccident;
    m_casualtyRow->setVisible(accident);
    m_casualtyLabel->setVisible(accident);
}

IncidentDraft IncidentIntakeDialog::draft() const
{
    IncidentDraft draft;
    if (const QListWidgetItem *type = selectedType())
        draft.typeCode = type->data(Qt::UserRole).toString();
    draft.priority = Priority(qBound(1, m_priorityGroup->checkedId(), 4));
    draft.latitude = m_latitude;
    draft.longitude = m_longitude;
    const QString location = m_location->text().trimmed();
    if (m_place) {
        if (m_place->kind == Place::Kind::Landmark)
            draft.landmark = m_place->name;
    } else if (!parseCoordinates(location, nullptr, nullptr)) {
        draft.landmark = location;
    }
    draft.road = m_road->text().trimmed();
    draft.kecamatan = m_kecamatan->text().trimmed();
    draft.stationCode = m_station->currentData().toString();
    draft.reporterName = m_reporterName->text().trimmed();
    draft.reporterPhone = m_reporterPhone->text().trimmed();
    if (draft.typeCode == kAccident) {
        draft.died = m_died->value();
        draft.seriouslyHurt = m_seriouslyHurt->value();
        draft.slightlyHurt = m_slightlyHurt->value();
    }
    draft.narrative = m_narrative->toPlainText().trimmed();
    return draft;
}

void IncidentIntakeDialog::save()
{
    if (!m_pendingId.isNull())
        return; // already saving
    if (!selectedType()) {
        setFormError(tr("Choose the type of incident first (press its key)."));
        m_typeList->setFocus();
        return;
    }
    if (!resolveLocation()) {
        setFormError(tr("The location needs correcting before the incident can be saved."));
        m_location->setFocus();
        return;
    }
    if (m_station->currentIndex() < 0) {
        setFormError(tr("Choose the station that handles the incident."));
        m_station->setFocus();
        return;
    }
    setFormError({});
    QUuid id;
    const ChangeList changes = m_factory->createIncident(draft(), &id);
    m_pendingId = id;
    setBusy(true);
    m_service->submit(changes);
}

void IncidentIntakeDialog::onCommitted(const QList<QUuid> &incidentIds)
{
    if (m_pendingId.isNull() || !incidentIds.contains(m_pendingId))
        return;
    m_createdId = std::exchange(m_pendingId, {});
    setBusy(false);
    accept();
}

void IncidentIntakeDialog::onRejected(const QString &message)
{
    if (m_pendingId.isNull())
        return;
    m_pendingId = {};
    setBusy(false);
    setFormError(tr("The store refused the incident: %1").arg(message));
}

QListWidgetItem *IncidentIntakeDialog::selectedType() const
{
    const QList<QListWidgetItem *> selected = m_typeList->selectedItems();
    return selected.isEmpty() ? nullptr : selected.first();
}

bool IncidentIntakeDialog::isDirty() const
{
    return selectedType() || !m_location->text().trimmed().isEmpty() || !m_road->text().trimmed().isEmpty() ||
           !m_kecamatan->text().trimmed().isEmpty() || !m_reporterName->text().trimmed().isEmpty() ||
           !m_reporterPhone->text().trimmed().isEmpty() || !m_narrative->toPlainText().trimmed().isEmpty();
}

void IncidentIntakeDialog::reject()
{
    if (m_createdId.isNull() && isDirty()) {
        const auto answer = MessageBox::question(this, tr("Discard incident"),
                                                 tr("Discard the incident you are typing? Nothing has been saved."),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_pendingId = {};
    QDialog::reject();
}

bool IncidentIntakeDialog::parseCoordinates(const QString &text, double *latitude, double *longitude)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    if (latitude)
        *latitude = match.captured(1).toDouble();
    if (longitude)
        *longitude = match.captured(2).toDouble();
    return true;
}

QString IncidentIntakeDialog::polresForKota(const QString &kota)
{
    if (kota.trimmed().isEmpty())
        return {};
    for (const Station &station : StationDirectory::builtIn().atLevel(StationLevel::Polres))
        if (station.name.endsWith(kota.trimmed(), Qt::CaseInsensitive))
            return station.code;
    return {};
}

QString IncidentIntakeDialog::nearestPolres(double latitude, double longitude)
{
    QString best;
    double bestKm = 0;
    for (const Station &station : StationDirectory::builtIn().atLevel(StationLevel::Polres)) {
        const double km = distanceKm(latitude, longitude, station.latitude, station.longitude);
        if (best.isEmpty() || km < bestKm) {
            best = station.code;
            bestKm = km;
        }
    }
    return best;
}

} // namespace lintas
