#include "timers/laneimpacteditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "theme.h"

namespace lintas {
namespace {

LaneState nextState(LaneState state)
{
    switch (state) {
    case LaneState::Clear:
        return LaneState::Affected;
    case LaneState::Affected:
        return LaneState::Blocked;
    case LaneState::Blocked:
        break;
    }
    return LaneState::Clear;
}

QString stateText(LaneState state)
{
    switch (state) {
    case LaneState::Clear:
        return LaneImpactEditor::tr("clear");
    case LaneState::Affected:
        return LaneImpactEditor::tr("affected");
    case LaneState::Blocked:
        return LaneImpactEditor::tr("blocked");
    }
    return {};
}

} // namespace

LaneButton::LaneButton(QWidget *parent) : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(this, &QAbstractButton::clicked, this, [this] { setState(nextState(m_state)); });
}

void LaneButton::setState(LaneState state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
    Q_EMIT stateChanged(state);
}

QSize LaneButton::sizeHint() const
{
    return {30, 38};
}

void LaneButton::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_C:
        setState(LaneState::Clear);
        return;
    case Qt::Key_A:
        setState(LaneState::Affected);
        return;
    case Qt::Key_B:
        setState(LaneState::Blocked);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        // The lanes of one direction share a parent, in lane order.
        const QList<LaneButton *> lanes = parentWidget()->findChildren<LaneButton *>(Qt::FindDirectChildrenOnly);
        const int at = int(lanes.indexOf(this)) + (event->key() == Qt::Key_Left ? -1 : 1);
        if (at >= 0 && at < lanes.size())
            lanes.at(at)->setFocus(Qt::TabFocusReason);
        return;
    }
    default:
        QAbstractButton::keyPressEvent(event);
    }
}

void LaneButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const bool dark = Theme::instance()->isDark();
    const QRectF r = QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5);
    QColor fill;
    QColor ink = Qt::white;
    switch (m_state) {
    case LaneState::Clear:
        fill = dark ? QColor(0x4a, 0x50, 0x58) : QColor(0x6b, 0x72, 0x7b);
        break;
    case LaneState::Affected:
        fill = dark ? QColor(0xe0, 0x9a, 0x1f) : QColor(0xf2, 0xa5, 0x1a);
        ink = QColor(0x2b, 0x1d, 0x00);
        break;
    case LaneState::Blocked:
        fill = dark ? QColor(0xd9, 0x43, 0x43) : QColor(0xc6, 0x28, 0x28);
        break;
    }
    if (!isEnabled())
        p.setOpacity(0.55);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, 3, 3);
    if (m_state == LaneState::Affected) {
        // Hatching, as on a work-zone barrier.
        p.save();
        QPainterPath clip;
        clip.addRoundedRect(r, 3, 3);
        p.setClipPath(clip);
        QColor hatch = ink;
        hatch.setAlpha(60);
        p.setPen(QPen(hatch, 3));
        for (double x = r.left() - r.height(); x < r.right(); x += 9)
            p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
        p.restore();
    }
    const QPointF c = r.center();
    p.setPen(QPen(ink, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (m_state) {
    case LaneState::Clear:
        // The direction of travel.
        p.drawLine(QPointF(c.x(), c.y() + 8), QPointF(c.x(), c.y() - 7));
        p.drawPolyline(
            QPolygonF({QPointF(c.x() - 5, c.y() - 2), QPointF(c.x(), c.y() - 8), QPointF(c.x() + 5, c.y() - 2)}));
        break;
    case LaneState::Affected: {
        p.drawLine(QPointF(c.x(), c.y() - 8), QPointF(c.x(), c.y() + 3));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(c.x(), c.y() + 8), 1.6, 1.6);
        break;
    }
    case LaneState::Blocked:
        p.drawLine(QPointF(c.x() - 6, c.y() - 6), QPointF(c.x() + 6, c.y() + 6));
        p.drawLine(QPointF(c.x() + 6, c.y() - 6), QPointF(c.x() - 6, c.y() + 6));
        break;
    }
    if (hasFocus()) {
        p.setOpacity(1.0);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.2));
        p.drawRoundedRect(QRectF(rect()).adjusted(1.1, 1.1, -1.1, -1.1), 4, 4);
    }
}

LaneImpactEditor::LaneImpactEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("laneImpactEditor"));
    build();
    retranslateUi();
    updateState();
}

void LaneImpactEditor::build()
{
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("laneEmpty"));
    m_empty->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("laneSummary"));
    m_addDirection = new QPushButton(this);
    m_addDirection->setObjectName(QStringLiteral("addDirection"));
    m_addDirection->setAutoDefault(false);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertLanes"));
    m_revert->setAutoDefault(false);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveLanes"));
    m_save->setAutoDefault(false);
    connect(m_addDirection, &QPushButton::clicked, this, &LaneImpactEditor::addDirection);
    connect(m_revert, &QPushButton::clicked, this, &LaneImpactEditor::revert);
    connect(m_save, &QPushButton::clicked, this, &LaneImpactEditor::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addDirection);
    buttons->addWidget(m_summary, 1);
    buttons->addStretch(); // keeps the buttons their size while the summary is hidden
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
}

void LaneImpactEditor::retranslateUi()
{
    m_empty->setText(tr("No lanes recorded. Add a direction of the road to record which lanes are blocked."));
    m_addDirection->setText(tr("Add direction"));
    m_addDirection->setToolTip(tr("Add a direction of the road (for example “arah Semanggi”) with its lanes"));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Forget the unsaved lane changes"));
    m_save->setText(tr("Save lanes"));
    m_save->setToolTip(tr("Record the lane impact on the incident"));
    for (int d = 0; d < m_rows.size(); ++d) {
        const Row &row = m_rows.at(d);
        row.name->setPlaceholderText(tr("Direction, e.g. arah Semanggi"));
        row.addLane->setToolTip(tr("Add a lane on the right"));
        row.addLane->setAccessibleName(tr("Add a lane"));
        row.removeLane->setToolTip(tr("Remove the rightmost lane"));
        row.removeLane->setAccessibleName(tr("Remove a lane"));
        row.remove->setToolTip(tr("Remove this direction"));
        row.remove->setAccessibleName(tr("Remove this direction"));
    }
    updateState();
}

void LaneImpactEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LaneImpactEditor::setImpact(const LaneImpact &impact, bool force)
{
    const bool dirty = isDirty();
    m_saved = impact;
    if (force || !dirty)
        rebuild(impact);
    updateState();
}

LaneImpact LaneImpactEditor::impact() const
{
    LaneImpact impact;
    for (const Row &row : m_rows) {
        LaneDirection direction;
        direction.name = row.name->text().trimmed();
        for (const LaneButton *lane : row.lanes)
            direction.lanes.append(lane->state());
        impact.directions.append(direction);
    }
    return impact;
}

void LaneImpactEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows)) {
        row.name->setReadOnly(readOnly);
        for (LaneButton *lane : row.lanes)
            lane->setEnabled(!readOnly);
    }
    updateState();
}

int LaneImpactEditor::laneCount(int direction) const
{
    return int(m_rows.at(direction).lanes.size());
}

LaneButton *LaneImpactEditor::laneButton(int direction, int lane) const
{
    return m_rows.at(direction).lanes.at(lane);
}

QLineEdit *LaneImpactEditor::nameEdit(int direction) const
{
    return m_rows.at(direction).name;
}

QToolButton *LaneImpactEditor::addLaneButton(int direction) const
{
    return m_rows.at(direction).addLane;
}

QToolButton *LaneImpactEditor::removeLaneButton(int direction) const
{
    return m_rows.at(direction).removeLane;
}

QToolButton *LaneImpactEditor::removeDirectionButton(int direction) const
{
    return m_rows.at(direction).remove;
}

QString LaneImpactEditor::summary(const LaneImpact &impact)
{
    const int total = impact.total();
    if (total == 0)
        return tr("No lanes recorded");
    const int blocked = impact.count(LaneState::Blocked);
    const int affected = impact.count(LaneState::Affected);
    if (blocked == 0 && affected == 0)
        return tr("All %n lane(s) clear", nullptr, total);
    if (affected == 0)
        return tr("%1 of %n lane(s) blocked", nullptr, total).arg(blocked);
    if (blocked == 0)
        return tr("%1 of %n lane(s) affected", nullptr, total).arg(affected);
    return tr("%1 of %n lane(s) blocked, %2 affected", nullptr, total).arg(blocked).arg(affected);
}

void LaneImpactEditor::rebuild(const LaneImpact &impact)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const LaneDirection &direction : impact.directions)
        appendRow(direction);
    retranslateUi();
}

void LaneImpactEditor::appendRow(const LaneDirection &direction)
{
    Row row;
    row.widget = new QWidget(this);
    row.name = new QLineEdit(direction.name, row.widget);
    row.name->setObjectName(QStringLiteral("directionName"));
    row.name->setMaximumWidth(190);
    row.name->setReadOnly(m_readOnly);
    row.laneStrip = new QWidget(row.widget);
    auto *strip = new QHBoxLayout(row.laneStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->setSpacing(2);
    const auto tool = [&row](const QString &text, const QString &name) {
        auto *button = new QToolButton(row.widget);
        button->setText(text);
        button->setObjectName(name);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    row.removeLane = tool(QStringLiteral("−"), QStringLiteral("removeLane"));
    row.addLane = tool(QStringLiteral("+"), QStringLiteral("addLane"));
    row.remove = tool(QStringLiteral("✕"), QStringLiteral("removeDirection"));
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.name, 2);
    layout->addWidget(row.laneStrip);
    layout->addWidget(row.removeLane);
    layout->addWidget(row.addLane);
    layout->addStretch(1);
    layout->addWidget(row.remove);

    QWidget *rowWidget = row.widget;
    connect(row.name, &QLineEdit::textChanged, this, &LaneImpactEditor::updateState);
    connect(row.addLane, &QToolButton::clicked, this, [this, rowWidget] { addLane(rowOf(rowWidget)); });
    connect(row.removeLane, &QToolButton::clicked, this, [this, rowWidget] { removeLane(rowOf(rowWidget)); });
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] { removeDirection(rowOf(rowWidget)); });
    for (const LaneState state : direction.lanes)
        appendLane(row, state);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
}

LaneButton *LaneImpactEditor::appendLane(Row &row, LaneState state)
{
    auto *lane = new LaneButton(row.laneStrip);
    lane->setState(state);
    lane->setEnabled(!m_readOnly);
    row.laneStrip->layout()->addWidget(lane);
    connect(lane, &LaneButton::stateChanged, this, &LaneImpactEditor::updateState);
    row.lanes.append(lane);
    return lane;
}

int LaneImpactEditor::rowOf(const QWidget *rowWidget) const
{
    for (int d = 0; d < m_rows.size(); ++d)
        if (m_rows.at(d).widget == rowWidget)
            return d;
    return -1;
}

void LaneImpactEditor::addDirection()
{
    if (m_readOnly || m_rows.size() >= kMaxDirections)
        return;
    // Most roads in the city carry two or three lanes each way; two is the usual start.
    appendRow({QString(), {LaneState::Clear, LaneState::Clear}});
    retranslateUi();
    m_rows.last().name->setFocus();
}

void LaneImpactEditor::removeDirection(int direction)
{
    if (m_readOnly || direction < 0 || direction >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(direction);
    row.widget->hide();
    row.widget->deleteLater(); // it may be the sender of this call
    if (!m_rows.isEmpty())
        m_rows.at(qMin(direction, int(m_rows.size()) - 1)).name->setFocus();
    else
        m_addDirection->setFocus();
    updateState();
}

void LaneImpactEditor::addLane(int direction)
{
    if (m_readOnly || direction < 0 || direction >= m_rows.size() || m_rows.at(direction).lanes.size() >= kMaxLanes)
        return;
    appendLane(m_rows[direction], LaneState::Clear);
    updateState();
}

void LaneImpactEditor::removeLane(int direction)
{
    if (m_readOnly || direction < 0 || direction >= m_rows.size() || m_rows.at(direction).lanes.size() <= 1)
        return;
    delete m_rows[direction].lanes.takeLast();
    updateState();
}

void LaneImpactEditor::revert()
{
    rebuild(m_saved);
    updateState();
}

void LaneImpactEditor::save()
{
    if (m_readOnly || !isDirty())
        return;
    // Stays "unsaved" until the store reports the incident with these lanes (setImpact): a refused change
    // leaves the edit in place to try again.
    Q_EMIT saveRequested(impact());
}

void LaneImpactEditor::describeLanes(const Row &row, int direction)
{
    const QString name = row.name->text().trimmed();
    const int count = int(row.lanes.size());
    for (int l = 0; l < count; ++l) {
        LaneButton *lane = row.lanes.at(l);
        const QString where = name.isEmpty()
                                  ? tr("Direction %1, lane %2 of %3").arg(direction + 1).arg(l + 1).arg(count)
                                  : tr("%1, lane %2 of %3").arg(name).arg(l + 1).arg(count);
        const QString text = tr("%1: %2").arg(where, stateText(lane->state()));
        lane->setAccessibleName(text);
        lane->setToolTip(m_readOnly ? text
                                    : tr("%1\nClick or Space: clear → affected → blocked; C, A, B set it; "
                                         "Left and Right move between lanes")
                                          .arg(text));
    }
}

void LaneImpactEditor::updateState()
{
    if (!m_save)
        return;
    for (int d = 0; d < m_rows.size(); ++d) {
        const Row &row = m_rows.at(d);
        row.addLane->setVisible(!m_readOnly);
        row.removeLane->setVisible(!m_readOnly);
        row.remove->setVisible(!m_readOnly);
        row.addLane->setEnabled(row.lanes.size() < kMaxLanes);
        row.removeLane->setEnabled(row.lanes.size() > 1);
        describeLanes(row, d);
    }
    const LaneImpact edited = impact();
    const bool dirty = edited != m_saved;
    m_empty->setVisible(m_rows.isEmpty());
    m_summary->setText(dirty ? tr("%1 (not saved)").arg(summary(edited)) : summary(edited));
    m_summary->setVisible(!m_rows.isEmpty() || dirty);
    m_addDirection->setVisible(!m_readOnly);
    m_addDirection->setEnabled(m_rows.size() < kMaxDirections);
    m_revert->setVisible(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_revert->setEnabled(dirty);
    m_save->setEnabled(dirty);
    fixTabOrder();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void LaneImpactEditor::fixTabOrder()
{
    // Lanes added later would otherwise come last in the focus chain; keep it in reading order.
    QList<QWidget *> chain;
    for (const Row &row : std::as_const(m_rows)) {
        chain << row.name;
        for (LaneButton *lane : row.lanes)
            chain << lane;
        chain << row.removeLane << row.addLane << row.remove;
    }
    chain << m_addDirection << m_revert << m_save;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace lintas
