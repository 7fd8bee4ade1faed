#include "timers/thresholdsdialog.h"

#include <cmath>

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/changefactory.h"
#include "labels.h"
#include "store/storeservice.h"
#include "theme.h"

namespace lintas {
namespace {

constexpr int kMaxMinutes = 24 * 60;
constexpr std::array<Priority, 4> kPriorities{Priority::P1, Priority::P2, Priority::P3, Priority::P4};

int minutesOf(qint64 seconds)
{
    return int(qBound<qint64>(1, (seconds + 59) / 60, qint64(kMaxMinutes)));
}

} // namespace

ThresholdsDialog::ThresholdsDialog(const ResponseThresholds &current, bool editable, QWidget *parent)
    : QDialog(parent), m_editable(editable), m_original(current)
{
    setObjectName(QStringLiteral("thresholdsDialog"));
    setMinimumWidth(480);
    build();
    load(current);
    retranslateUi();
    revalidate();
}

void ThresholdsDialog::build()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    m_dispatchHeading = new QLabel(this);
    m_onSceneHeading = new QLabel(this);
    grid->addWidget(m_dispatchHeading, 0, 1);
    grid->addWidget(m_onSceneHeading, 0, 2);
    const auto spin = [this](const QString &name, int maximum) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(1, maximum);
        box->setAccelerated(true);
        box->setReadOnly(!m_editable);
        box->setButtonSymbols(m_editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
        connect(box, &QSpinBox::valueChanged, this, &ThresholdsDialog::revalidate);
        return box;
    };
    for (const Priority priority : kPriorities) {
        const int i = int(priority) - 1;
        m_priorityLabels[i] = new QLabel(this);
        m_dispatch[i] = spin(QStringLiteral("p%1Dispatch").arg(i + 1), kMaxMinutes);
        m_onScene[i] = spin(QStringLiteral("p%1OnScene").arg(i + 1), kMaxMinutes);
        m_priorityLabels[i]->setBuddy(m_dispatch[i]);
        grid->addWidget(m_priorityLabels[i], i + 1, 0);
        grid->addWidget(m_dispatch[i], i + 1, 1);
        grid->addWidget(m_onScene[i], i + 1, 2);
    }
    m_amberLabel = new QLabel(this);
    m_amber = spin(QStringLiteral("amberShare"), 99);
    m_amberLabel->setBuddy(m_amber);
    grid->addWidget(m_amberLabel, 6, 0, 1, 2);
    grid->addWidget(m_amber, 6, 2);
    grid->setRowMinimumHeight(5, 8);
    grid->setColumnStretch(0, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("thresholdsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    if (m_editable) {
        m_save = m_buttons->addButton(QDialogButtonBox::Save);
        m_save->setDefault(true);
        m_defaults = m_buttons->addButton(QDialogButtonBox::RestoreDefaults);
        m_buttons->addButton(QDialogButtonBox::Cancel);
        connect(m_save, &QPushButton::clicked, this, &ThresholdsDialog::save);
        connect(m_defaults, &QPushButton::clicked, this, [this] { load(ResponseThresholds::defaults()); });
    } else {
        m_buttons->addButton(QDialogButtonBox::Close);
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void ThresholdsDialog::retranslateUi()
{
    setWindowTitle(m_editable ? tr("Response limits") : tr("Response limits (read only)"));
    m_intro->setText(m_editable ? tr("How soon each priority must have a unit dispatched and a unit on scene, both "
                                     "counted from the report. They apply to every desk of the region.")
                                : tr("How soon each priority must have a unit dispatched and a unit on scene, both "
                                     "counted from the report. Only a supervisor can change them."));
    m_dispatchHeading->setText(tr("Dispatched within"));
    m_onSceneHeading->setText(tr("On scene within"));
    for (const Priority priority : kPriorities) {
        const int i = int(priority) - 1;
        m_priorityLabels[i]->setText(tr("%1 %2").arg(labels::priority(priority), labels::priorityMeaning(priority)));
        m_dispatch[i]->setSuffix(tr(" min"));
        m_onScene[i]->setSuffix(tr(" min"));
        m_dispatch[i]->setAccessibleName(fieldName(m_dispatch[i]));
        m_onScene[i]->setAccessibleName(fieldName(m_onScene[i]));
    }
    m_amberLabel->setText(tr("Turn &amber after this share of a limit"));
    m_amber->setSuffix(tr(" %"));
    m_amber->setAccessibleName(fieldName(m_amber));
    revalidate();
}

void ThresholdsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ThresholdsDialog::setTarget(StoreService *service, ChangeFactory *factory, const QString &poldaCode,
                                 bool firstTime)
{
    m_service = service;
    m_factory = factory;
    m_poldaCode = poldaCode;
    m_firstTime = firstTime;
}

QString ThresholdsDialog::poldaOf(const QString &stationCode, const StationDirectory &stations)
{
    std::optional<Station> station = stations.byCode(stationCode);
    // The hierarchy is shallow (Korlantas → Polda → Polres → Polsek); the bound guards a cycle in the data.
    for (int depth = 0; station && depth < 8; ++depth) {
        if (station->level == StationLevel::Polda)
            return station->code;
        station = stations.byCode(station->parentCode);
    }
    return {};
}

void ThresholdsDialog::load(const ResponseThresholds &thresholds)
{
    for (const Priority priority : kPriorities) {
        const int i = int(priority) - 1;
        const ResponseThreshold limit = thresholds.of(priority);
        const QSignalBlocker blockDispatch(m_dispatch[i]);
        const QSignalBlocker blockOnScene(m_onScene[i]);
        m_dispatch[i]->setValue(minutesOf(limit.dispatchS));
        m_onScene[i]->setValue(minutesOf(limit.onSceneS));
    }
    {
        const QSignalBlocker block(m_amber);
        m_amber->setValue(qBound(1, int(std::lround(thresholds.amberShare() * 100)), 99));
    }
    revalidate();
}

ResponseThresholds ThresholdsDialog::thresholds() const
{
    ResponseThresholds result = m_original;
    for (const Priority priority : kPriorities) {
        const int i = int(priority) - 1;
        result.set(priority, {qint64(m_dispatch[i]->value()) * 60, qint64(m_onScene[i]->value()) * 60});
    }
    result.setAmberShare(m_amber->value() / 100.0);
    return result;
}

QString ThresholdsDialog::fieldName(const QSpinBox *field) const
{
    for (const Priority priority : kPriorities) {
        const int i = int(priority) - 1;
        if (field == m_dispatch[i])
            return tr("%1 dispatched within").arg(labels::priority(priority));
        if (field == m_onScene[i])
            return tr("%1 on scene within").arg(labels::priority(priority));
    }
    if (field == m_amber)
        return tr("Amber share");
    return {};
}

QSpinBox *ThresholdsDialog::fieldOfKey(const QString &key) const
{
    // Keys as ResponseThresholds::toFields() names them: p1_dispatch_s, p1_on_scene_s, …, amber_share.
    if (key == QLatin1String("amber_share"))
        return m_amber;
    if (key.size() >= 2 && key.at(0) == QLatin1Char('p')) {
        const int i = key.at(1).digitValue() - 1;
        if (i >= 0 && i < 4)
            return key.contains(QLatin1String("on_scene")) ? m_onScene[i] : m_dispatch[i];
    }
    return nullptr;
}

QString ThresholdsDialog::validationError() const
{
    for (const Priority priority : kPriorities) {
        const int i = int(priority) - 1;
        if (m_onScene[i]->value() < m_dispatch[i]->value())
            return tr("%1: %2 min is shorter than %3 (%4 min); a unit cannot be on scene before one is dispatched.")
                .arg(fieldName(m_onScene[i]))
                .arg(m_onScene[i]->value())
                .arg(fieldName(m_dispatch[i]))
                .arg(m_dispatch[i]->value());
    }
    // The same rules the store applies, so that what Save sends is never refused for its values.
    QString error;
    if (!ResponseThresholds::fromFields(thresholds().toFields(), &error)) {
        const QSpinBox *field = nullptr;
        for (const QString &key : thresholds().toFields().keys())
            if (error.contains(key))
                field = fieldOfKey(key);
        return field ? tr("%1: %2").arg(fieldName(field), error) : error;
    }
    return {};
}

QString ThresholdsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ThresholdsDialog::revalidate()
{
    if (!m_error)
        return;
    if (m_wrongField)
        m_wrongField->setStyleSheet({});
    m_wrongField = nullptr;
    const QString error = m_editable ? validationError() : QString();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name()));
    if (m_save)
        m_save->setEnabled(error.isEmpty());
    if (error.isEmpty())
        return;
    // The field the message starts with is the one to fix.
    for (QSpinBox *field : {m_onScene[0], m_onScene[1], m_onScene[2], m_onScene[3], m_dispatch[0], m_dispatch[1],
                            m_dispatch[2], m_dispatch[3], m_amber}) {
        if (error.startsWith(fieldName(field))) {
            m_wrongField = field;
            field->setStyleSheet(
                QStringLiteral("QSpinBox { border: 2px solid %1; }").arg(Theme::instance()->errorColor().name()));
            break;
        }
    }
}

void ThresholdsDialog::save()
{
    const QString error = validationError();
    if (!m_editable || !error.isEmpty()) {
        revalidate();
        if (m_wrongField)
            m_wrongField->setFocus();
        return;
    }
    const ResponseThresholds edited = thresholds();
    if (m_service && m_factory)
        m_service->submit({m_factory->setResponseThresholds(edited, m_poldaCode, m_firstTime)});
    Q_EMIT saved(edited);
    accept();
}

} // namespace lintas
