#include "caseformsupport.h"

#include <QAbstractScrollArea>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "theme.h"

namespace lintas::caseformsupport {

QVariantList listOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        if (text.startsWith(QLatin1Char('[')))
            return QJsonDocument::fromJson(text.toUtf8()).toVariant().toList();
        return {text};
    }
    return value.toList();
}

QStringList stringsOf(const QVariant &value)
{
    QStringList strings;
    for (const QVariant &item : listOf(value))
        strings << item.toString();
    return strings;
}

OutlineFrame::OutlineFrame(QWidget *editor, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(editor);
    setFocusProxy(editor);
}

void OutlineFrame::setLevel(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    update();
}

void OutlineFrame::paintEvent(QPaintEvent *)
{
    if (!m_level)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = m_level == 2 ? Theme::instance()->errorColor() : Theme::instance()->warningColor();
    painter.setPen(QPen(colour, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

OutlineFrame *outlineOf(QWidget *editor)
{
    return editor ? dynamic_cast<OutlineFrame *>(editor->parentWidget()) : nullptr;
}

QString baseFieldName(const QString &field)
{
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    qsizetype end = field.size();
    if (bracket >= 0)
        end = qMin(end, bracket);
    if (dot >= 0)
        end = qMin(end, dot);
    return field.left(end);
}

bool parseCoordinates(const QString &text, double *latitude, double *longitude)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *latitude = match.captured(1).toDouble();
    *longitude = match.captured(2).toDouble();
    return true;
}

QDateTime wallClockOf(const QDateTime &at)
{
    const QDateTime wib = at.toOffsetFromUtc(kWibOffsetSeconds);
    return QDateTime(wib.date(), wib.time(), Qt::UTC);
}

void setRecordLook(QWidget *editor, bool record)
{
    if (!record) {
        editor->setPalette(QPalette()); // inherit again: the theme may have changed meanwhile
        for (QLineEdit *inner : editor->findChildren<QLineEdit *>())
            inner->setPalette(QPalette());
        if (auto *area = qobject_cast<QAbstractScrollArea *>(editor))
            area->viewport()->setPalette(QPalette());
        return;
    }
    QPalette palette = editor->palette();
    palette.setBrush(QPalette::Base, palette.window());
    editor->setPalette(palette);
    // The text box inside a spin box or an editable drop-down paints its own background.
    for (QLineEdit *inner : editor->findChildren<QLineEdit *>())
        inner->setPalette(palette);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(editor))
        area->viewport()->setPalette(palette);
}

void setLineReadOnly(QLineEdit *edit, bool readOnly)
{
    edit->setReadOnly(readOnly);
    edit->setClearButtonEnabled(!readOnly);
    setRecordLook(edit, readOnly);
    // A hint such as "Optional, e.g. …" is for typing; a record shows nothing where nothing was given.
    if (readOnly && !edit->placeholderText().isEmpty()) {
        edit->setProperty("hint", edit->placeholderText());
        edit->setPlaceholderText(QString());
    } else if (!readOnly && edit->placeholderText().isEmpty()) {
        edit->setPlaceholderText(edit->property("hint").toString());
    }
}

QDateTime blankTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

} // namespace lintas::caseformsupport
