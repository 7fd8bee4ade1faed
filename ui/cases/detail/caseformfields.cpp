// CaseForm, continued: the field builders. Each makes an editor named after its case field, how to read and
// fill it, and how it looks as a record; the accident's Pasal 229 advice is refreshed from its fields.
#include "caseform.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "articlepicker.h"
#include "caseformsupport.h"
#include "cases/casedesk.h"
#include "core/accidents.h"
#include "core/stations.h"
#include "core/validators.h"
#include "partytable.h"
#include "theme.h"

namespace lintas {

using namespace caseformsupport;

CaseForm::Field *CaseForm::lineField(const char *field, std::function<QString()> text, LineKind kind)
{
    auto *edit = new QLineEdit(m_page);
    edit->setClearButtonEnabled(true);
    edit->setMaxLength(kind == LineKind::Plain ? 300 : 40);
    const QString key = name(field);
    connect(edit, &QLineEdit::textEdited, this, &CaseForm::onEdited);
    if (kind == LineKind::Plate) {
        // A plate is written the way it is printed, once the user leaves the field.
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            const QString plate = normalizePlate(edit->text().trimmed());
            if (plate != edit->text()) {
                edit->setText(plate);
                onEdited();
            }
        });
        m_texts.append([edit] { edit->setPlaceholderText(tr("B 1234 XYZ")); });
    }
    Field f;
    f.names = {key};
    f.editor = edit;
    f.get = [edit, key, kind] {
        QString value = edit->text().trimmed();
        if (kind == LineKind::Plate)
            value = value.isEmpty() ? value : normalizePlate(value);
        else if (kind == LineKind::Digits)
            value.remove(QLatin1Char(' '));
        return QVariantMap{{key, value}};
    };
    f.set = [edit, key](const QVariantMap &data) { edit->setText(data.value(key).toString()); };
    f.setReadOnly = [edit](bool readOnly) { setLineReadOnly(edit, readOnly); };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::textField(const char *field, std::function<QString()> text)
{
    auto *edit = new QPlainTextEdit(m_page);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6 + 12);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            onEdited();
    });
    m_texts.append([edit, text] { edit->setPlaceholderText(text().remove(QLatin1Char('&'))); });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = edit;
    f.get = [edit, key] { return QVariantMap{{key, edit->toPlainText().trimmed()}}; };
    f.set = [edit, key](const QVariantMap &data) { edit->setPlainText(data.value(key).toString()); };
    f.setReadOnly = [edit](bool readOnly) {
        edit->setReadOnly(readOnly);
        setRecordLook(edit, readOnly);
        if (readOnly && !edit->placeholderText().isEmpty()) {
            edit->setProperty("hint", edit->placeholderText());
            edit->setPlaceholderText(QString());
        } else if (!readOnly && edit->placeholderText().isEmpty()) {
            edit->setPlaceholderText(edit->property("hint").toString());
        }
    };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::choiceField(const char *field, std::function<QString()> text,
                                       std::function<QList<casedetail::Choice>()> choices, bool editable)
{
    auto *combo = new QComboBox(m_page);
    combo->setEditable(editable);
    combo->addItem(QString(), QString());
    for (const casedetail::Choice &choice : choices())
        combo->addItem(choice.second, choice.first);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            onEdited();
    });
    if (editable)
        connect(combo, &QComboBox::editTextChanged, this, [this] {
            if (!m_filling)
                onEdited();
        });
    m_texts.append([combo, choices, editable] {
        combo->setItemText(0, editable ? QString() : tr("—"));
        const QList<casedetail::Choice> words = choices();
        for (int i = 1; i < combo->count(); ++i)
            combo->setItemText(i, casedetail::choiceText(words, combo->itemData(i).toString()));
    });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = combo;
    f.get = [combo, key, editable] {
        return QVariantMap{{key, editable ? combo->currentText().trimmed() : combo->currentData().toString()}};
    };
    f.set = [combo, key, editable](const QVariantMap &data) {
        const QString code = data.value(key).toString();
        int index = combo->findData(code);
        if (index < 0 && !code.isEmpty()) {
            combo->addItem(code, code); // a value this desk has no words for is kept as it is
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
        if (editable)
            combo->setEditText(code);
    };
    f.setReadOnly = [combo](bool readOnly) {
        combo->setEnabled(!readOnly);
        setRecordLook(combo, readOnly);
    };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::timeField(const char *field, std::function<QString()> text)
{
    auto *edit = new QDateTimeEdit(m_page);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(blankTime());
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_filling)
            onEdited();
    });
    m_texts.append([edit] {
        edit->setSpecialValueText(tr("not given"));
        edit->setToolTip(tr("Jakarta time (WIB)"));
    });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = edit;
    f.get = [edit, key] {
        const QDateTime shown = edit->dateTime();
        if (shown <= blankTime())
            return QVariantMap{{key, QString()}};
        const QDateTime wib(shown.date(), QTime(shown.time().hour(), shown.time().minute()), Qt::OffsetFromUTC,
                            kWibOffsetSeconds);
        return QVariantMap{{key, wib.toString(Qt::ISODate)}};
    };
    f.set = [edit, key](const QVariantMap &data) {
        const QDateTime at = QDateTime::fromString(data.value(key).toString(), Qt::ISODate);
        edit->setDateTime(at.isValid() ? wallClockOf(at) : blankTime());
    };
    f.setReadOnly = [edit](bool readOnly) {
        edit->setReadOnly(readOnly);
        edit->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
        edit->setCalendarPopup(!readOnly);
        setRecordLook(edit, readOnly);
    };
    Field *made = registerField(std::move(f), std::move(text));
    return made;
}

CaseForm::Field *CaseForm::numberField(const char *field, std::function<QString()> text,
                                       std::function<QString()> suffix)
{
    auto *spin = new QSpinBox(m_page);
    spin->setRange(0, 400);
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            onEdited();
    });
    m_texts.append([spin, suffix] {
        spin->setSuffix(suffix());
        spin->setSpecialValueText(tr("—"));
    });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = spin;
    f.get = [spin, key] {
        return QVariantMap{{key, spin->value() > 0 ? QVariant(spin->value()) : QVariant(QString())}};
    };
    f.set = [spin, key](const QVariantMap &data) { spin->setValue(data.value(key).toInt()); };
    f.setReadOnly = [spin](bool readOnly) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
        setRecordLook(spin, readOnly);
    };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::moneyField(const char *field, std::function<QString()> text)
{
    auto *spin = new QDoubleSpinBox(m_page);
    spin->setDecimals(0);
    spin->setRange(0, 1e13);
    spin->setSingleStep(100000);
    spin->setGroupSeparatorShown(true);
    spin->setPrefix(QStringLiteral("Rp "));
    spin->setAlignment(Qt::AlignRight);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            onEdited();
    });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = spin;
    f.get = [spin, key] { return QVariantMap{{key, qint64(std::llround(spin->value()))}}; };
    f.set = [spin, key](const QVariantMap &data) { spin->setValue(double(data.value(key).toLongLong())); };
    f.setReadOnly = [spin](bool readOnly) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
        setRecordLook(spin, readOnly);
    };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::checksField(const char *field, std::function<QString()> text,
                                       std::function<QList<casedetail::Choice>()> choices, int columns)
{
    auto *box = new QWidget(m_page);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    QList<QCheckBox *> checks;
    const QList<casedetail::Choice> initial = choices();
    for (int i = 0; i < initial.size(); ++i) {
        auto *check = new QCheckBox(box);
        check->setObjectName(QStringLiteral("%1_%2").arg(name(field), initial.at(i).first));
        check->setProperty("code", initial.at(i).first);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_filling)
                onEdited();
        });
        grid->addWidget(check, i / columns, i % columns);
        checks.append(check);
    }
    m_texts.append([checks, choices] {
        const QList<casedetail::Choice> words = choices();
        for (QCheckBox *check : checks)
            check->setText(casedetail::choiceText(words, check->property("code").toString()));
    });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = box;
    f.get = [checks, key] {
        QStringList codes;
        for (QCheckBox *check : checks)
            if (check->isChecked())
                codes << check->property("code").toString();
        return QVariantMap{{key, codes}};
    };
    f.set = [checks, key](const QVariantMap &data) {
        const QStringList codes = stringsOf(data.value(key));
        for (QCheckBox *check : checks)
            check->setChecked(codes.contains(check->property("code").toString()));
    };
    f.setReadOnly = [checks](bool readOnly) {
        for (QCheckBox *check : checks)
            check->setEnabled(!readOnly);
    };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::coordinatesField()
{
    auto *edit = new QLineEdit(m_page);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, &CaseForm::onEdited);
    m_texts.append([edit] { edit->setPlaceholderText(tr("Optional, e.g. -6.1754, 106.8272")); });
    Field f;
    f.names = {name(casefield::kLatitude), name(casefield::kLongitude)};
    f.editor = edit;
    f.get = [edit] {
        double latitude = 0;
        double longitude = 0;
        if (!parseCoordinates(edit->text(), &latitude, &longitude))
            return QVariantMap{{name(casefield::kLatitude), QString()}, {name(casefield::kLongitude), QString()}};
        return QVariantMap{{name(casefield::kLatitude), latitude}, {name(casefield::kLongitude), longitude}};
    };
    f.set = [edit](const QVariantMap &data) {
        bool latOk = false;
        bool lonOk = false;
        const double latitude = data.value(name(casefield::kLatitude)).toDouble(&latOk);
        const double longitude = data.value(name(casefield::kLongitude)).toDouble(&lonOk);
        edit->setText(latOk && lonOk ? QStringLiteral("%1, %2").arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6)
                                     : QString());
    };
    f.setReadOnly = [edit](bool readOnly) { setLineReadOnly(edit, readOnly); };
    return registerField(std::move(f), [] { return tr("Coordinates"); });
}

CaseForm::Field *CaseForm::stationField()
{
    auto *combo = new QComboBox(m_page);
    combo->addItem(QString(), QString());
    for (const Station &station : StationDirectory::builtIn().atLevel(StationLevel::Polres))
        combo->addItem(station.name, station.code);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            onEdited();
    });
    m_texts.append([combo] { combo->setItemText(0, tr("— choose the Polres —")); });
    const QString key = name(casefield::kStation);
    Field f;
    f.names = {key};
    f.editor = combo;
    f.get = [combo, key] { return QVariantMap{{key, combo->currentData().toString()}}; };
    f.set = [combo, key](const QVariantMap &data) {
        const QString code = data.value(key).toString();
        int index = combo->findData(code);
        if (index < 0 && !code.isEmpty()) {
            const auto station = StationDirectory::builtIn().byCode(code);
            combo->addItem(station ? station->name : code, code);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
    };
    f.setReadOnly = [combo](bool readOnly) { combo->setEnabled(!readOnly); };
    return registerField(std::move(f), [] { return tr("Station"); });
}

CaseForm::Field *CaseForm::articlesField()
{
    m_articles = new ArticlePicker(m_page);
    m_articles->setCatalogue(m_desk->catalogue());
    connect(m_articles, &ArticlePicker::changed, this, &CaseForm::onEdited);
    ArticlePicker *picker = m_articles;
    CaseDesk *desk = m_desk;
    Field f;
    f.names = {name(casefield::kArticles), name(casefield::kCharged), name(casefield::kFine)};
    f.editor = picker;
    f.get = [picker, desk] {
        QVariantMap fields = desk->factory().chargeFields(picker->codes(), desk->catalogue());
        fields.insert(name(casefield::kArticles), picker->codes()); // the codes as a list of strings, always
        return fields;
    };
    f.set = [picker](const QVariantMap &data) {
        QList<ChargedArticle> charged;
        for (const QVariant &entry : listOf(data.value(name(casefield::kCharged))))
            charged.append(ChargedArticle::fromMap(entry.toMap()));
        picker->setCharged(charged);
        picker->setCodes(stringsOf(data.value(name(casefield::kArticles))));
    };
    f.setReadOnly = [picker](bool readOnly) { picker->setReadOnly(readOnly); };
    return registerField(std::move(f), [] { return tr("Articles"); });
}

CaseForm::Field *CaseForm::incidentField()
{
    m_incidentLabel = new QLabel(m_page);
    m_incidentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel *label = m_incidentLabel;
    const auto show = [this, label] {
        label->setText(m_incidentId.isEmpty()
                           ? tr("none")
                           : tr("incident %1").arg(QUuid(m_incidentId).toString(QUuid::WithoutBraces)));
    };
    m_texts.append(show);
    Field f;
    f.names = {name(casefield::kIncidentId), name(casefield::kLinkedIncidents)};
    f.editor = label;
    f.get = [this] {
        if (m_incidentId.isEmpty())
            return QVariantMap{};
        return QVariantMap{{name(casefield::kIncidentId), m_incidentId},
                           {name(casefield::kLinkedIncidents), m_linkedIncidents}};
    };
    f.set = [this, show](const QVariantMap &data) {
        m_incidentId = data.value(name(casefield::kIncidentId)).toString();
        m_linkedIncidents = listOf(data.value(name(casefield::kLinkedIncidents)));
        if (!m_incidentId.isEmpty() && !stringsOf(m_linkedIncidents).contains(m_incidentId))
            m_linkedIncidents.prepend(m_incidentId);
        show();
    };
    f.setReadOnly = [](bool) {};
    return registerField(std::move(f), [] { return tr("Linked incident"); });
}

CaseForm::Field *CaseForm::imageField()
{
    auto *box = new QWidget(m_page);
    m_image = new QLabel(box);
    m_image->setObjectName(QStringLiteral("captureImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(160, 90);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_imageCaption = new QLabel(box);
    m_imageCaption->setWordWrap(true);
    m_attachImage = new QPushButton(box);
    m_attachImage->setObjectName(QStringLiteral("attachImageButton"));
    m_attachImage->setAutoDefault(false);
    connect(m_attachImage, &QPushButton::clicked, this, &CaseForm::attachImageRequested);
    auto *side = new QVBoxLayout;
    side->addWidget(m_imageCaption);
    side->addWidget(m_attachImage);
    side->addStretch();
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image);
    layout->addLayout(side, 1);
    m_texts.append([this] {
        m_attachImage->setText(tr("Attach image…"));
        if (m_image->pixmap().isNull())
            m_image->setText(m_imageSha.isEmpty() ? tr("No image") : tr("Loading…"));
    });
    Field f;
    f.names = {name(casefield::kImageSha256)};
    f.editor = box;
    f.get = [this] { return QVariantMap{{name(casefield::kImageSha256), m_imageSha}}; };
    f.set = [this](const QVariantMap &data) {
        const QString sha = data.value(name(casefield::kImageSha256)).toString();
        if (sha != m_imageSha) {
            m_imageSha = sha;
            m_image->setPixmap({});
            m_image->setText(sha.isEmpty() ? tr("No image") : tr("Loading…"));
            m_imageCaption->clear();
        }
    };
    f.setReadOnly = [this](bool readOnly) { m_attachImage->setVisible(!readOnly && m_imageAttachable); };
    return registerField(std::move(f), [] { return tr("Image"); });
}

CaseForm::Field *CaseForm::partiesField(const char *field, std::function<QString()> text, int which)
{
    using PartyColumn = PartyTable::Column;
    using Kind = PartyColumn::Kind;
    QList<PartyColumn> columns;
    if (which == 0) {
        columns = {{QStringLiteral("plate"), Kind::Plate, {}},
                   {QStringLiteral("vehicle_kind"), Kind::Choice, casedetail::vehicleKinds()},
                   {QStringLiteral("vehicle_make"), Kind::Text, {}},
                   {QStringLiteral("driver_name"), Kind::Text, {}},
                   {QStringLiteral("driver_nik"), Kind::Text, {}},
                   {QStringLiteral("sim_number"), Kind::Text, {}}};
    } else {
        columns = {{QStringLiteral("name"), Kind::Text, {}},
                   {QStringLiteral("nik"), Kind::Text, {}},
                   {QStringLiteral("age"), Kind::Number, {}},
                   {QStringLiteral("condition"), Kind::Choice, casedetail::victimConditions()}};
    }
    auto *table = new PartyTable(columns, m_page);
    connect(table, &PartyTable::changed, this, [this] {
        if (!m_filling)
            onEdited();
    });
    m_texts.append([table, which] {
        if (which == 0) {
            table->setHeaderLabels({tr("Plate"), tr("Kind"), tr("Make"), tr("Driver"), tr("Driver's NIK"), tr("SIM")});
            table->setChoices(QStringLiteral("vehicle_kind"), casedetail::vehicleKinds());
            table->setButtonTexts(tr("Add vehicle"), tr("Remove"));
            table->setEmptyText(tr("No vehicle yet."));
        } else {
            table->setHeaderLabels({tr("Name"), tr("NIK"), tr("Age"), tr("Condition")});
            table->setChoices(QStringLiteral("condition"), casedetail::victimConditions());
            table->setButtonTexts(tr("Add victim"), tr("Remove"));
            table->setEmptyText(tr("No victim: damage only."));
        }
    });
    const QString key = name(field);
    Field f;
    f.names = {key};
    f.editor = table;
    f.get = [table, key] { return QVariantMap{{key, table->value()}}; };
    f.set = [table, key](const QVariantMap &data) { table->setValue(listOf(data.value(key))); };
    f.setReadOnly = [table](bool readOnly) { table->setReadOnly(readOnly); };
    return registerField(std::move(f), std::move(text));
}

CaseForm::Field *CaseForm::adviceField()
{
    auto *box = new QWidget(m_page);
    m_severity = new QLabel(box);
    m_severity->setObjectName(QStringLiteral("severity"));
    m_severity->setWordWrap(true);
    m_severity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suggestions = new QWidget(box);
    m_suggestions->setObjectName(QStringLiteral("suggestedArticles"));
    new QVBoxLayout(m_suggestions);
    m_suggestions->layout()->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_severity);
    layout->addWidget(m_suggestions);
    Field f;
    f.names = {name(casefield::kConfirmedArticles)};
    f.editor = box;
    f.get = [this] {
        QStringList codes;
        for (QCheckBox *check : m_suggestions->findChildren<QCheckBox *>())
            if (check->isChecked())
                codes << check->property("code").toString();
        return QVariantMap{{name(casefield::kConfirmedArticles), codes}};
    };
    f.set = [this](const QVariantMap &data) {
        const QStringList codes = stringsOf(data.value(name(casefield::kConfirmedArticles)));
        m_confirmed = QSet<QString>(codes.cbegin(), codes.cend());
        refreshAccidentAdvice();
    };
    f.setReadOnly = [this](bool) { refreshAccidentAdvice(); };
    return registerField(std::move(f), [] { return tr("Pasal 229"); });
}

void CaseForm::refreshAccidentAdvice()
{
    if (!m_severity || !m_suggestions)
        return;
    const Field *victimsField = fieldFor(name(casefield::kVictims));
    const Field *lossField = fieldFor(name(casefield::kMaterialLoss));
    const Field *collisionField = fieldFor(name(casefield::kCollisionType));
    if (!victimsField || !lossField || !collisionField)
        return;
    const VictimCounts counts = countVictims(victimsField->get().value(name(casefield::kVictims)).toList());
    const qint64 loss = lossField->get().value(name(casefield::kMaterialLoss)).toLongLong();
    bool collisionOk = false;
    const CollisionType collision =
        collisionTypeFromString(collisionField->get().value(name(casefield::kCollisionType)).toString(), &collisionOk);
    const AccidentSeverity severity = classifyAccident(counts, loss);
    const QString counted = tr("MD %1 · LB %2 · LR %3 · loss %4")
                                .arg(counts.died)
                                .arg(counts.seriouslyHurt)
                                .arg(counts.slightlyHurt)
                                .arg(casedetail::rupiah(loss));
    m_severity->setText(severity == AccidentSeverity::Unclassified
                            ? tr("Severity: not classified yet — no victim and no damage recorded.")
                            : tr("Severity: <b>%1</b> — %2").arg(displayName(severity).toHtmlEscaped(), counted));

    // A confirmed article no longer suggested stays listed: unticking it is the investigator's call, not the
    // form's.
    const QStringList suggested =
        severity == AccidentSeverity::Unclassified && !collisionOk
            ? QStringList()
            : suggestedAccidentArticles(counts, loss, collisionOk ? collision : CollisionType::Single);
    QStringList shown = suggested;
    for (const QString &code : std::as_const(m_confirmed))
        if (!shown.contains(code))
            shown << code;
    qDeleteAll(m_suggestions->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    for (const QString &code : shown) {
        // The citation ticks; the offence is told beside it, wrapped (a check box never wraps its text).
        const auto article = m_desk->catalogue().byCode(code);
        QString text = article ? article->text() : QString();
        if (!suggested.contains(code))
            text += QLatin1Char(' ') + tr("(no longer suggested)");
        auto *row = new QWidget(m_suggestions);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *check = new QCheckBox(article ? article->citation() : citationOf(code), row);
        auto *offence = new QLabel(text.trimmed(), row);
        offence->setWordWrap(true);
        offence->setBuddy(check);
        rowLayout->addWidget(check, 0, Qt::AlignTop);
        rowLayout->addWidget(offence, 1);
        check->setObjectName(QStringLiteral("confirm_%1").arg(code));
        check->setProperty("code", code);
        check->setChecked(m_confirmed.contains(code));
        check->setEnabled(!m_readOnly);
        check->setToolTip(tr("Tick to confirm the article for this case"));
        connect(check, &QCheckBox::toggled, this, [this, code](bool checked) {
            if (checked)
                m_confirmed.insert(code);
            else
                m_confirmed.remove(code);
            if (!m_filling)
                Q_EMIT edited();
        });
        m_suggestions->layout()->addWidget(row);
    }
    if (shown.isEmpty()) {
        auto *none = new QLabel(tr("No article to suggest yet."), m_suggestions);
        none->setEnabled(false);
        m_suggestions->layout()->addWidget(none);
    }
}

} // namespace lintas
