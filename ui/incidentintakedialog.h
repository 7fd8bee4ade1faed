#pragma once

#include <functional>
#include <optional>

#include <QDialog>
#include <QList>
#include <QUuid>

#include "core/incident.h"
#include "core/changefactory.h"
#include "store/storereader.h"

class QButtonGroup;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;
class QWidget;

namespace lintas {

class StoreService;

// The call-taker's form for a new incident, built for the keyboard:
//
//   type (one letter) → priority (1–4, default from the type) → location (gazetteer or "-6.17, 106.82")
//   → narrative → Ctrl+Enter saves, Esc cancels (asking first when something was typed).
//
// Saving submits ChangeFactory::createIncident to the store and closes the form only once the store
// has committed; a refusal is shown in the form and nothing typed is lost.
class IncidentIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    using PlaceSearch = std::function<QList<Place>(const QString &text, int limit)>;
    // What the map knows about a point: the nearest named street and the kecamatan around it.
    struct PointDetails
    {
        QString road;
        QString kecamatan;
        QString kota; // "Jakarta Pusat": decides the Polres when known
    };
    using PointLookup = std::function<PointDetails(double latitude, double longitude)>;

    IncidentIntakeDialog(ChangeFactory *factory, StoreService *service, PlaceSearch search, QWidget *parent = nullptr);

    // Fills road and kecamatan from a point (a map package is loaded); without it they stay as typed.
    void setPointLookup(PointLookup lookup);
    // Starts the form at a point picked on the map: the coordinate in the location field, and the road
    // and kecamatan the map found there.
    void setPickedLocation(double latitude, double longitude, const QString &road, const QString &kecamatan);

    QUuid createdIncidentId() const { return m_createdId; }
    // The draft as the form would save it now (tests and the save path use it).
    IncidentDraft draft() const;

    // Parses "-6.1754, 106.8272" (comma, semicolon or space between the two numbers).
    static bool parseCoordinates(const QString &text, double *latitude, double *longitude);
    // The Polres whose headquarters is nearest to the point.
    static QString nearestPolres(double latitude, double longitude);
    // The Polres Metro of a city ("Jakarta Pusat" → JAKPUS); empty when none is named after it.
    static QString polresForKota(const QString &kota);

public Q_SLOTS:
    void save();
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void populateTypes();
    void selectType(const QString &code, bool advance);
    void setPriority(Priority priority, bool advance);
    void onLocationEdited(const QString &text);
    void onPlaceChosen(int row);
    // Road and kecamatan for the resolved point, unless the dispatcher typed them.
    void fillFromPoint();
    // Checks the location text; shows the message beside the field. False when it blocks saving.
    bool resolveLocation();
    void setLocationMessage(const QString &message, int level); // 0 info, 1 warning, 2 error
    void setFormError(const QString &message);
    void setBusy(bool busy);
    void updateCasualtyRow();
    void onCommitted(const QList<QUuid> &incidentIds);
    void onRejected(const QString &message);
    bool isDirty() const;
    // The type the user picked: selected, not merely current (the list makes its first row current
    // as soon as it has the focus).
    QListWidgetItem *selectedType() const;

    ChangeFactory *m_factory;
    StoreService *m_service;
    PlaceSearch m_search;
    PointLookup m_pointLookup;

    QListWidget *m_typeList = nullptr;
    QButtonGroup *m_priorityGroup = nullptr;
    QList<QRadioButton *> m_priorityButtons;
    QLineEdit *m_location = nullptr;
    QLabel *m_locationMessage = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QLineEdit *m_road = nullptr;
    QLineEdit *m_kecamatan = nullptr;
    QComboBox *m_station = nullptr;
    QLineEdit *m_reporterName = nullptr;
    QLineEdit *m_reporterPhone = nullptr;
    QWidget *m_casualtyRow = nullptr;
    QSpinBox *m_died = nullptr;
    QSpinBox *m_seriouslyHurt = nullptr;
    QSpinBox *m_slightlyHurt = nullptr;
    QPlainTextEdit *m_narrative = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    // Labels kept for retranslateUi.
    QLabel *m_typeLabel = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_roadLabel = nullptr;
    QLabel *m_kecamatanLabel = nullptr;
    QLabel *m_stationLabel = nullptr;
    QLabel *m_reporterLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_casualtyLabel = nullptr;
    QLabel *m_diedLabel = nullptr;
    QLabel *m_seriousLabel = nullptr;
    QLabel *m_slightLabel = nullptr;
    QLabel *m_narrativeLabel = nullptr;

    QList<Place> m_candidates;    // what the completer offers now
    std::optional<Place> m_place; // the place the location text stands for
    double m_latitude = std::nan("");
    double m_longitude = std::nan("");
    bool m_stationTouched = false;
    bool m_roadTouched = false;
    bool m_kecamatanTouched = false;
    QString m_kota; // of the resolved point, when the map knows it
    QUuid m_pendingId;
    QUuid m_createdId;
};

} // namespace lintas
