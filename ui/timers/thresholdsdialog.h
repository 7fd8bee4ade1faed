#pragma once

#include <array>

#include <QDialog>
#include <QString>

#include "core/incident.h"
#include "core/responsetimes.h"
#include "core/stations.h"

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lintas {

class ChangeFactory;
class StoreService;

// The region's response limits, per priority: how soon a unit must be dispatched and how soon one must be on
// scene, both counted from the report, in minutes, and the share of a limit after which an incident turns
// amber. A supervisor or an admin edits them (editable); anyone else sees them read-only. Every field is checked
// as it changes; the message names the field that is wrong and Save stays off until it is right. Save sends one
// change (ChangeFactory::setResponseThresholds) to the store and closes.
class ThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    ThresholdsDialog(const ResponseThresholds &current, bool editable, QWidget *parent = nullptr);

    // Where Save sends the change. Without a target, Save only validates and accepts (the caller reads
    // thresholds()). firstTime: the region has no thresholds record yet, so the change is its Create.
    void setTarget(StoreService *service, ChangeFactory *factory, const QString &poldaCode, bool firstTime);

    // The Polda a station belongs to (itself for a Polda), which the thresholds record names; empty when the
    // station is unknown or above every Polda.
    static QString poldaOf(const QString &stationCode, const StationDirectory &stations = StationDirectory::builtIn());

    bool isEditable() const { return m_editable; }
    // What the fields say; meaningful when validationError() is empty.
    ResponseThresholds thresholds() const;
    // The first problem with the fields, naming the field ("P2 on scene: …"); empty when they are sound.
    QString validationError() const;

    QSpinBox *dispatchField(Priority priority) const { return m_dispatch.at(int(priority) - 1); }
    QSpinBox *onSceneField(Priority priority) const { return m_onScene.at(int(priority) - 1); }
    QSpinBox *amberField() const { return m_amber; }
    QPushButton *saveButton() const { return m_save; }
    QString errorText() const;

Q_SIGNALS:
    // Save was pressed with sound values (after the change was submitted, when there is a target).
    void saved(const lintas::ResponseThresholds &thresholds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void load(const ResponseThresholds &thresholds);
    void revalidate();
    void save();
    // The field a fromFields() key is about, for a message and the focus.
    QSpinBox *fieldOfKey(const QString &key) const;
    QString fieldName(const QSpinBox *field) const;

    bool m_editable = false;
    ResponseThresholds m_original;
    std::array<QSpinBox *, 4> m_dispatch{};
    std::array<QSpinBox *, 4> m_onScene{};
    std::array<QLabel *, 4> m_priorityLabels{};
    QSpinBox *m_amber = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_dispatchHeading = nullptr;
    QLabel *m_onSceneHeading = nullptr;
    QLabel *m_amberLabel = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_defaults = nullptr;
    QSpinBox *m_wrongField = nullptr;

    StoreService *m_service = nullptr;
    ChangeFactory *m_factory = nullptr;
    QString m_poldaCode;
    bool m_firstTime = false;
};

} // namespace lintas
