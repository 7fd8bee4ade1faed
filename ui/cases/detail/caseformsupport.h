#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QWidget>

class QLineEdit;

namespace lintas::caseformsupport {

// What the parts of CaseForm (the form, its pages, its field builders) share; nothing else includes this.

inline constexpr int kWibOffsetSeconds = 7 * 3600;

inline QString name(const char *field)
{
    return QString::fromLatin1(field);
}

// Lists travel as JSON arrays; a value read back from text may still be one.
QVariantList listOf(const QVariant &value);
QStringList stringsOf(const QVariant &value);

// A frame around an editor that turns red (or amber) when the editor's field has a problem; the room for the
// line is always kept, so marking a field never moves the form.
class OutlineFrame : public QWidget
{
public:
    OutlineFrame(QWidget *editor, QWidget *parent);
    void setLevel(int level); // 0 none, 1 warning, 2 error

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_level = 0;
};
OutlineFrame *outlineOf(QWidget *editor);

// "victims[2].condition" → "victims".
QString baseFieldName(const QString &field);
// "-6.1754, 106.8272" (comma, semicolon or space between the numbers).
bool parseCoordinates(const QString &text, double *latitude, double *longitude);

// The time editor shows WIB wall-clock time; it keeps it as a UTC value so the desk's own zone never shifts it.
QDateTime wallClockOf(const QDateTime &at);
// The editor's "not given" value.
QDateTime blankTime();

// A record reads as text on the page, not as boxes waiting for input.
void setRecordLook(QWidget *editor, bool record);
void setLineReadOnly(QLineEdit *edit, bool readOnly);

} // namespace lintas::caseformsupport
