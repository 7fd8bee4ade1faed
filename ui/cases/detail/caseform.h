#pragma once

#include <functional>

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <QWidget>

#include "casedetailtext.h"
#include "core/casevalidation.h"
#include "core/cases.h"

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace lintas {

class ArticlePicker;
class CaseDesk;

// The fields of one case, laid out for its kind, in two columns when there is room:
//
//   violation  offender · vehicle · officer  |  place and time · charges (articles, outcome, seized)
//   etle       capture (camera, time, place, image) · vehicle and speed  |  charges · owner · driver · officer
//   accident   accident (incident, time, place, road, weather, collision) · causes · loss  |  vehicles ·
//              victims · severity (Pasal 229) and the suggested Pasal 310/312 articles to confirm
//   watch      vehicle (plate, make, frame and engine numbers)  |  report (LP number, reporter, when, where)
//   narrative  across the bottom
//
// Every editor is named after its case field (objectName "offender_nik"), so a problem from validateCase
// lands beside its field: red text under it, the field outlined. The form holds values only; the widget
// around it decides what is saved.
class CaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseForm(CaseDesk *desk, QWidget *parent = nullptr);
    ~CaseForm() override;

    void setKind(CaseKind kind);
    CaseKind kind() const { return m_kind; }

    // The values as case fields: text trimmed, plates normalised, times ISO 8601 in WIB, lists as lists.
    // Every field of the kind is present (empty when blank) so that a cleared field is seen as changed.
    QVariantMap data() const;
    // Fills every field from `data`; a field it does not name is emptied.
    void setData(const QVariantMap &data);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Marks the fields `problems` name (and clears the others' marks).
    void showProblems(const QList<FieldProblem> &problems);
    // What only the form can tell: coordinates that do not parse, no station chosen.
    QList<FieldProblem> localProblems() const;
    // Brings a field into view and gives it the keyboard ("victims[1].condition" finds the victims table).
    void focusField(const QString &field);
    // The editor of a case field on the current page, or nullptr.
    QWidget *editor(const QString &field) const;

    // ETLE: the capture's image (decoded elsewhere), and whether the user may attach one now.
    void setImage(const QImage &image, const QString &caption);
    void setImageAttachable(bool attachable);
    // The article catalogue changed (a supervisor's edit).
    void reloadCatalogue();

Q_SIGNALS:
    void edited();
    void attachImageRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Field
    {
        QStringList names; // the case fields it covers; the first names the editor
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *message = nullptr;
        std::function<QVariantMap()> get;
        std::function<void(const QVariantMap &)> set;
        std::function<void(bool)> setReadOnly;
    };

    void buildPage();
    void buildViolation();
    void buildEtle();
    void buildAccident();
    void buildWatch();
    void retranslateUi();
    void arrangeColumns();
    void refreshAccidentAdvice();

    // Builders: each makes a field, registers it and returns it; `text` gives its translated label.
    enum class Column
    {
        Left,
        Right,
        Bottom
    };
    QGroupBox *group(Column column, std::function<QString()> title);
    enum class LineKind
    {
        Plain,
        Plate,  // normalised as TNKB plates are written
        Digits, // NIK, NRP: spaces dropped
    };
    Field *lineField(const char *name, std::function<QString()> text, LineKind kind = LineKind::Plain);
    Field *textField(const char *name, std::function<QString()> text);
    Field *choiceField(const char *name, std::function<QString()> text,
                       std::function<QList<casedetail::Choice>()> choices, bool editable = false);
    Field *timeField(const char *name, std::function<QString()> text);
    Field *numberField(const char *name, std::function<QString()> text, std::function<QString()> suffix);
    Field *moneyField(const char *name, std::function<QString()> text);
    Field *checksField(const char *name, std::function<QString()> text,
                       std::function<QList<casedetail::Choice>()> choices, int columns);
    Field *coordinatesField();
    Field *stationField();
    Field *articlesField();
    Field *incidentField();
    Field *imageField();
    Field *partiesField(const char *name, std::function<QString()> text, int which);
    Field *adviceField();
    // Puts fields on one row of a group: the first one's label on the left, the others labelled inline.
    void addRow(QGroupBox *box, const QList<Field *> &fields, bool span = false);
    Field *registerField(Field field, std::function<QString()> text);
    Field *fieldFor(const QString &name) const;
    void onEdited();

    CaseDesk *m_desk;
    CaseKind m_kind = CaseKind::Violation;
    bool m_built = false;
    bool m_readOnly = false;
    bool m_filling = false;

    QScrollArea *m_scroll = nullptr;
    QPointer<QWidget> m_page;
    QBoxLayout *m_columns = nullptr;
    QVBoxLayout *m_left = nullptr;
    QVBoxLayout *m_right = nullptr;
    QVBoxLayout *m_bottom = nullptr;
    QList<Field *> m_fields;
    QList<std::function<void()>> m_texts; // re-run on a language change

    // Kind-specific parts the form updates itself.
    ArticlePicker *m_articles = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_imageCaption = nullptr;
    QPushButton *m_attachImage = nullptr;
    QString m_imageSha;
    bool m_imageAttachable = false;
    QString m_incidentId;
    QVariantList m_linkedIncidents;
    QLabel *m_incidentLabel = nullptr;
    QLabel *m_severity = nullptr;
    QWidget *m_suggestions = nullptr;
    QSet<QString> m_confirmed;
};

} // namespace lintas
