#include "caseform.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "articlepicker.h"
#include "caseformsupport.h"
#include "cases/casedesk.h"
#include "partytable.h"
#include "theme.h"

namespace lintas {
namespace {

constexpr int kTwoColumnsEm = 85;

} // namespace

using namespace caseformsupport;

CaseForm::CaseForm(CaseDesk *desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("caseForm"));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("caseFormScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    buildPage();
}

CaseForm::~CaseForm()
{
    qDeleteAll(m_fields);
}

void CaseForm::setKind(CaseKind kind)
{
    if (kind == m_kind && m_built)
        return;
    m_kind = kind;
    buildPage();
}

void CaseForm::buildPage()
{
    // A new page per kind: only the shown kind's fields exist, so the scroll area is as tall as they are.
    qDeleteAll(m_fields);
    m_fields.clear();
    m_texts.clear();
    m_articles = nullptr;
    m_image = m_imageCaption = m_incidentLabel = m_severity = nullptr;
    m_attachImage = nullptr;
    m_suggestions = nullptr;
    m_imageSha.clear();
    m_incidentId.clear();
    m_linkedIncidents.clear();
    m_confirmed.clear();
    delete m_scroll->takeWidget();

    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("casePage_%1").arg(toString(m_kind)));
    m_left = new QVBoxLayout;
    m_right = new QVBoxLayout;
    m_bottom = new QVBoxLayout;
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addLayout(m_left, 1);
    m_columns->addLayout(m_right, 1);
    auto *layout = new QVBoxLayout(m_page);
    layout->addLayout(m_columns);
    layout->addLayout(m_bottom);
    layout->addStretch(1); // spare height goes below the groups, never inside them

    switch (m_kind) {
    case CaseKind::Violation:
        buildViolation();
        break;
    case CaseKind::Etle:
        buildEtle();
        break;
    case CaseKind::Accident:
        buildAccident();
        break;
    case CaseKind::Watch:
        buildWatch();
        break;
    }
    m_left->addStretch(1);
    m_right->addStretch(1);
    m_scroll->setWidget(m_page);
    m_built = true;
    retranslateUi();
    setReadOnly(m_readOnly);
    arrangeColumns();
}

QGroupBox *CaseForm::group(Column column, std::function<QString()> title)
{
    auto *box = new QGroupBox(m_page);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(4);
    m_texts.append([box, title] { box->setTitle(title()); });
    (column == Column::Left ? m_left : column == Column::Right ? m_right : m_bottom)->addWidget(box);
    return box;
}

CaseForm::Field *CaseForm::registerField(Field field, std::function<QString()> text)
{
    auto *stored = new Field(std::move(field));
    stored->editor->setObjectName(stored->names.first());
    new OutlineFrame(stored->editor, m_page);
    stored->label = new QLabel(m_page);
    stored->label->setBuddy(stored->editor);
    stored->message = new QLabel(m_page);
    stored->message->setObjectName(QStringLiteral("fieldMessage"));
    stored->message->setProperty("level", QStringLiteral("error"));
    stored->message->setWordWrap(true);
    stored->message->hide();
    QLabel *label = stored->label;
    QWidget *editor = stored->editor;
    m_texts.append([label, editor, text] {
        label->setText(text());
        editor->setAccessibleName(text().remove(QLatin1Char('&')));
    });
    m_fields.append(stored);
    return stored;
}

void CaseForm::addRow(QGroupBox *box, const QList<Field *> &fields, bool span)
{
    auto *form = static_cast<QFormLayout *>(box->layout());
    auto *cell = new QWidget(box);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (int i = 0; i < fields.size(); ++i) {
        Field *field = fields.at(i);
        if (i > 0)
            row->addWidget(field->label);
        row->addWidget(field->editor->parentWidget(), i == 0 ? 3 : 2); // the outline around the editor
    }
    column->addLayout(row);
    for (Field *field : fields)
        column->addWidget(field->message);
    // A field that fills its group (a table, a list, the narrative) needs no label beside it: the group's title
    // says what it is.
    QLabel *label = fields.first()->label;
    if (span) {
        label->hide();
        form->addRow(cell);
    } else {
        form->addRow(label, cell);
    }
}

void CaseForm::retranslateUi()
{
    const bool wasFilling = std::exchange(m_filling, true);
    for (const auto &apply : std::as_const(m_texts))
        apply();
    m_filling = wasFilling;
    for (const Field *field : std::as_const(m_fields))
        if (field->setReadOnly)
            field->setReadOnly(m_readOnly); // a record keeps showing no typing hints
    refreshAccidentAdvice();
}

void CaseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeColumns();
}

void CaseForm::arrangeColumns()
{
    // Two columns side by side need room; in a narrow pane every field would be squeezed to a few letters.
    const auto direction = width() >= kTwoColumnsEm * fontMetrics().horizontalAdvance(QLatin1Char('M'))
                               ? QBoxLayout::LeftToRight
                               : QBoxLayout::TopToBottom;
    if (m_columns && m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

QVariantMap CaseForm::data() const
{
    QVariantMap values;
    for (const Field *field : m_fields)
        values.insert(field->get());
    return values;
}

void CaseForm::setData(const QVariantMap &data)
{
    const bool wasFilling = std::exchange(m_filling, true);
    for (const Field *field : std::as_const(m_fields))
        if (field->set)
            field->set(data);
    m_filling = wasFilling;
    refreshAccidentAdvice();
}

void CaseForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Field *field : std::as_const(m_fields))
        if (field->setReadOnly)
            field->setReadOnly(readOnly);
    if (readOnly)
        showProblems({});
}

void CaseForm::setImage(const QImage &image, const QString &caption)
{
    if (!m_image)
        return;
    if (image.isNull()) {
        m_image->setPixmap({});
        m_image->setText(m_imageSha.isEmpty() ? tr("No image") : tr("Image not on this desk"));
    } else {
        m_image->setPixmap(QPixmap::fromImage(image));
    }
    m_imageCaption->setText(caption);
}

void CaseForm::setImageAttachable(bool attachable)
{
    m_imageAttachable = attachable;
    if (m_attachImage)
        m_attachImage->setVisible(attachable && !m_readOnly);
}

void CaseForm::reloadCatalogue()
{
    if (m_articles)
        m_articles->setCatalogue(m_desk->catalogue());
    refreshAccidentAdvice();
}

void CaseForm::onEdited()
{
    if (m_filling)
        return;
    refreshAccidentAdvice();
    Q_EMIT edited();
}

CaseForm::Field *CaseForm::fieldFor(const QString &field) const
{
    const QString base = baseFieldName(field);
    for (Field *candidate : m_fields)
        if (candidate->names.contains(base))
            return candidate;
    return nullptr;
}

QWidget *CaseForm::editor(const QString &field) const
{
    const Field *found = fieldFor(field);
    return found ? found->editor : nullptr;
}

void CaseForm::showProblems(const QList<FieldProblem> &problems)
{
    QHash<Field *, QStringList> messages;
    QHash<Field *, int> levels;
    for (const FieldProblem &problem : problems) {
        Field *field = fieldFor(problem.field);
        if (!field)
            continue;
        messages[field].append(problem.message);
        levels[field] = qMax(levels.value(field), problem.warning ? 1 : 2);
    }
    const QColor error = Theme::instance()->errorColor();
    const QColor warning = Theme::instance()->warningColor();
    for (Field *field : std::as_const(m_fields)) {
        const int level = levels.value(field);
        if (OutlineFrame *outline = outlineOf(field->editor))
            outline->setLevel(level);
        field->message->setText(messages.value(field).join(QLatin1Char('\n')));
        field->message->setVisible(level > 0);
        const QString levelName = level == 2 ? QStringLiteral("error") : QStringLiteral("warning");
        if (field->message->property("level").toString() != levelName) {
            field->message->setProperty("level", levelName);
            field->message->style()->unpolish(field->message);
            field->message->style()->polish(field->message);
        }
        // The style sheet colours the message on the desk; the palette does where no style sheet is loaded.
        QPalette palette = field->message->palette();
        palette.setColor(QPalette::WindowText, level == 2 ? error : warning);
        field->message->setPalette(palette);
    }
}

QList<FieldProblem> CaseForm::localProblems() const
{
    QList<FieldProblem> problems;
    if (const Field *coordinates = fieldFor(name(casefield::kLatitude))) {
        const QString text = static_cast<QLineEdit *>(coordinates->editor)->text().trimmed();
        double latitude = 0;
        double longitude = 0;
        if (!text.isEmpty() && !parseCoordinates(text, &latitude, &longitude))
            problems.append({name(casefield::kLatitude),
                             tr("Coordinates are written as latitude, longitude, e.g. -6.1754, 106.8272."), false});
    }
    if (const Field *station = fieldFor(name(casefield::kStation));
        station && station->get().value(name(casefield::kStation)).toString().isEmpty())
        problems.append({name(casefield::kStation), tr("Choose the station the case belongs to."), false});
    return problems;
}

void CaseForm::focusField(const QString &field)
{
    const Field *found = fieldFor(field);
    if (!found)
        return;
    QWidget *target = found->editor;
    if (auto *table = qobject_cast<PartyTable *>(target)) {
        // "victims[2].condition": the row of the table.
        static const QRegularExpression index(QStringLiteral(R"(\[(\d+)\])"));
        const QRegularExpressionMatch match = index.match(field);
        if (match.hasMatch())
            table->table()->setCurrentCell(match.captured(1).toInt(), 0);
        target = table->table();
    }
    m_scroll->ensureWidgetVisible(found->editor->parentWidget());
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace lintas
