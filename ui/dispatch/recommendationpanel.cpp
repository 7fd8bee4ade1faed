#include "dispatch/recommendationpanel.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include "dispatch/dispatchtext.h"
#include "labels.h"
#include "theme.h"

namespace lintas {
namespace {

constexpr int kTickMs = 1000;
constexpr int kPadding = 6;

bool takesUnits(const Incident &incident)
{
    return incident.status == IncidentStatus::Reported || incident.status == IncidentStatus::Dispatched ||
           incident.status == IncidentStatus::EnRoute || incident.status == IncidentStatus::OnScene;
}

// Two lines per unit: what it is and how soon it is there, then why it sits at its place.
//
//   (1) JAKPUS-R2-03  R2 motorcycle                 4 min
//       4 min · 1.8 km · available · R2 · nearest by road
class RecommendationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 3 * kPadding);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const QAbstractItemModel *model = index.model();
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->index(index.row(), column).data(role);
        };
        const bool selected = option.state & QStyle::State_Selected;
        const bool dimmed = index.data(RecommendationModel::DimmedRole).toBool();
        const bool top = index.data(RecommendationModel::TopRole).toBool();
        const QPalette &palette = option.palette;
        QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.62f);
        if (dimmed && !selected)
            text = muted;

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const int lineHeight = option.fontMetrics.height();
        const QRect line1(area.left(), area.top(), area.width(), lineHeight);
        const QRect line2(area.left(), area.top() + lineHeight + kPadding / 2, area.width(), lineHeight);

        // The rank in a disc; the unit D sends has it filled.
        const int disc = lineHeight;
        const QRectF discRect(line1.left(), line1.top(), disc, disc);
        const QColor accent = Theme::instance()->unitStatusColor(UnitStatus::Available);
        painter->setPen(QPen(top ? accent : muted, 1.2));
        painter->setBrush(top ? accent : Qt::transparent);
        painter->drawEllipse(discRect.adjusted(1, 1, -1, -1));
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        small.setBold(true);
        painter->setFont(small);
        painter->setPen(top ? QColor(Qt::white) : text);
        painter->drawText(discRect, Qt::AlignCenter, cell(RecommendationModel::RankColumn).toString());

        // The ETA on the right, bold: the number the dispatcher compares.
        QFont bold = option.font;
        bold.setBold(true);
        const QString eta = cell(RecommendationModel::EtaColumn).toString();
        const bool routed = cell(RecommendationModel::EtaColumn, RecommendationModel::EtaSecondsRole).isValid();
        painter->setFont(routed ? bold : option.font);
        painter->setPen(routed ? text : muted);
        const int etaWidth = QFontMetrics(painter->font()).horizontalAdvance(eta);
        painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, eta);

        int x = line1.left() + disc + kPadding;
        const int right = line1.right() - etaWidth - 2 * kPadding;
        painter->setFont(bold);
        painter->setPen(text);
        const QString callsign = cell(RecommendationModel::UnitColumn).toString();
        const QFontMetrics boldMetrics(bold);
        const QString shownCallsign = boldMetrics.elidedText(callsign, Qt::ElideRight, std::max(0, right - x));
        painter->drawText(QRect(x, line1.top(), right - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          shownCallsign);
        x += boldMetrics.horizontalAdvance(shownCallsign) + kPadding;
        if (x < right) {
            painter->setFont(option.font);
            painter->setPen(muted);
            const QString kind = cell(RecommendationModel::KindColumn).toString();
            painter->drawText(QRect(x, line1.top(), right - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                              option.fontMetrics.elidedText(kind, Qt::ElideRight, right - x));
        }

        // The reason; it names the warnings too, and then it is marked and in the warning colour.
        const bool warned = !index.data(RecommendationModel::WarningsRole).toStringList().isEmpty();
        QString reason = cell(RecommendationModel::ReasonColumn).toString();
        if (warned)
            reason.prepend(QStringLiteral("⚠ "));
        const QRect reasonRect = line2.adjusted(disc + kPadding, 0, 0, 0);
        painter->setFont(option.font);
        painter->setPen(warned && !selected ? Theme::instance()->warningColor() : muted);
        if (reasonRect.width() > 0)
            painter->drawText(reasonRect, Qt::AlignLeft | Qt::AlignVCenter,
                              option.fontMetrics.elidedText(reason, Qt::ElideRight, reasonRect.width()));
        painter->restore();
    }
};

} // namespace

RecommendationPanel::RecommendationPanel(QWidget *parent)
    : QWidget(parent), m_model(new RecommendationModel(this)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("recommendationPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recommendationTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recommendationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("recommendationList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RecommendationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecommendationPanel::onCurrentChanged);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT unitActivated(index.data(RecommendationModel::UnitIdRole).toUuid());
    });

    m_enRouteLabel = new QLabel(this);
    m_enRouteLabel->setObjectName(QStringLiteral("enRouteList"));
    m_enRouteLabel->setWordWrap(true);
    m_enRouteLabel->setTextFormat(Qt::RichText);
    m_enRouteLabel->hide();
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("recommendationHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_enRouteLabel);
    layout->addWidget(m_hint);

    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &RecommendationPanel::updateEnRoute);
    retranslateUi();
}

void RecommendationPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateEnRoute();
}

void RecommendationPanel::setIncident(const std::optional<Incident> &incident)
{
    const bool same = incident && m_incident && incident->id == m_incident->id;
    m_incident = incident;
    if (!same) {
        m_chosenUnit = {};
        m_model->clear();
        m_error.clear();
        m_updating = false;
        m_state = State::NoIncident;
        m_enRoute.clear();
        updateEnRoute();
    }
    if (incident && !takesUnits(*incident) && m_state != State::NoIncident) {
        m_model->clear();
        m_state = State::NoIncident;
        m_updating = false;
    }
    updateTitle();
    updateStatus();
}

void RecommendationPanel::setWaiting()
{
    m_state = State::Waiting;
    m_updating = false;
    m_model->clear();
    updateStatus();
}

void RecommendationPanel::setUpdating()
{
    if (m_state == State::Waiting || m_state == State::NoIncident) {
        setWaiting();
        return;
    }
    m_updating = true;
    updateStatus();
}

void RecommendationPanel::setRecommendations(const QList<analytics::Recommendation> &units,
                                             const QList<bool> &dispatchable, const QString &error)
{
    const QUuid keep = m_chosenUnit;
    m_settingRows = true;
    m_model->setRecommendations(units, dispatchable, error.isEmpty());
    m_settingRows = false;
    m_error = error;
    m_updating = false;
    m_state = error.isEmpty() ? State::Ready : State::Unrouted;
    m_answeredAt = m_clock();
    int row = keep.isNull() ? -1 : m_model->rowOf(keep);
    if (row < 0) {
        m_chosenUnit = {};
        row = defaultRow();
    }
    m_settingRows = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_settingRows = false;
    updateStatus();
    Q_EMIT currentUnitChanged(currentUnitId());
}

void RecommendationPanel::resetToTop()
{
    m_chosenUnit = {};
    const int row = defaultRow();
    if (row >= 0) {
        m_settingRows = true;
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_settingRows = false;
    }
    Q_EMIT currentUnitChanged(currentUnitId());
}

void RecommendationPanel::setEnRoute(const QList<EnRoute> &units)
{
    m_enRoute = units;
    updateEnRoute();
}

int RecommendationPanel::defaultRow() const
{
    // The top recommendation; without a ranking the first unit that may go; else the first row.
    if (m_model->topRow() >= 0)
        return m_model->topRow();
    if (m_model->firstDispatchableRow() >= 0)
        return m_model->firstDispatchableRow();
    return m_model->rowCount() > 0 ? 0 : -1;
}

QUuid RecommendationPanel::currentUnitId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(RecommendationModel::UnitIdRole).toUuid() : QUuid();
}

void RecommendationPanel::onCurrentChanged()
{
    if (m_settingRows)
        return;
    // The dispatcher moved the highlight: it stays on that unit through refreshes.
    const QUuid unit = currentUnitId();
    const int top = m_model->topRow();
    m_chosenUnit =
        top >= 0 && m_model->index(top, 0).data(RecommendationModel::UnitIdRole).toUuid() == unit ? QUuid() : unit;
    Q_EMIT currentUnitChanged(unit);
}

bool RecommendationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            const QUuid unit = currentUnitId();
            if (!unit.isNull())
                Q_EMIT unitActivated(unit);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecommendationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecommendationPanel::retranslateUi()
{
    m_hint->setText(tr("D sends the highlighted unit · F6 then ↑ ↓ picks another, Enter sends it · Shift+D: any "
                       "unit"));
    m_model->retranslate();
    updateTitle();
    updateStatus();
    updateEnRoute();
}

void RecommendationPanel::updateTitle()
{
    if (!m_incident) {
        m_title->setText(tr("Recommended units"));
        return;
    }
    const QString number = m_incident->number.isEmpty() ? tr("the new incident") : m_incident->number;
    m_title->setText(
        tr("Recommended units for %1 · %2 %3")
            .arg(number, labels::priority(m_incident->priority), labels::incidentType(m_incident->typeCode)));
}

QString RecommendationPanel::statusText() const
{
    return m_status->text();
}

void RecommendationPanel::updateStatus()
{
    QString text;
    switch (m_state) {
    case State::NoIncident:
        text = m_incident ? tr("This incident takes no more units.")
                          : tr("Select an incident to see which units to send.");
        break;
    case State::Waiting:
        text = tr("Finding the nearest units by road…");
        break;
    case State::Ready:
        text = m_model->rowCount() == 0
                   ? tr("No unit can be sent now: every unit is busy, on scene or out of service.")
                   : tr("By road travel time from live positions, as of %1.").arg(labels::clockTime(m_answeredAt));
        if (m_updating)
            text += QLatin1Char(' ') + tr("Updating…");
        break;
    case State::Unrouted:
        text = tr("%1 Choose a unit yourself: Enter, or Shift+D.").arg(m_error);
        break;
    }
    m_status->setText(text);
    m_status->setProperty("level", m_state == State::Unrouted ? QStringLiteral("warning") : QString());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, m_state == State::Unrouted
                                               ? Theme::instance()->warningColor()
                                               : QApplication::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

QStringList RecommendationPanel::enRouteTexts() const
{
    QStringList lines;
    const QDateTime now = m_clock();
    for (const EnRoute &unit : m_enRoute) {
        lines << (unit.arriveBy.isValid()
                      ? tr("%1 · %2").arg(unit.callsign, DispatchText::countdown(unit.arriveBy, now))
                      : tr("%1 · on the way").arg(unit.callsign));
    }
    return lines;
}

void RecommendationPanel::updateEnRoute()
{
    const QStringList lines = enRouteTexts();
    if (lines.isEmpty()) {
        m_enRouteLabel->hide();
        m_tick.stop();
        return;
    }
    const QDateTime now = m_clock();
    QString html = QStringLiteral("<b>%1</b>").arg(tr("On the way").toHtmlEscaped());
    for (int i = 0; i < m_enRoute.size(); ++i) {
        const bool late = m_enRoute.at(i).arriveBy.isValid() && m_enRoute.at(i).arriveBy < now;
        const QString line = lines.at(i).toHtmlEscaped();
        html += QStringLiteral("<br>") + (late ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                                     .arg(Theme::instance()->errorColor().name(), line)
                                               : line);
    }
    m_enRouteLabel->setText(html);
    m_enRouteLabel->show();
    if (!m_tick.isActive())
        m_tick.start();
}

} // namespace lintas
