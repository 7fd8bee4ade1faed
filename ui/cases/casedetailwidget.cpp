#include "casedetailwidget.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "casedesk.h"
#include "core/accidents.h"
#include "core/casefactory.h"
#include "core/etle.h"
#include "core/stations.h"
#include "core/validators.h"
#include "detail/caseattachmentsview.h"
#include "detail/casedetailtext.h"
#include "detail/caseform.h"
#include "detail/casetimelineview.h"
#include "detail/caseversionsview.h"
#include "labels.h"
#include "messagebox.h"
#include "theme.h"

namespace lintas {
namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;
constexpr int kMaxListedProblems = 6;
constexpr int kHeaderRefreshMs = 60 * 1000;
const QString kLastStationKey = QStringLiteral("cases/lastStation");

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

// Values compared as the form writes them: blank, an empty list and a missing field are the same.
QJsonValue comparable(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QString());
    const QJsonValue json = QJsonValue::fromVariant(value);
    if ((json.isArray() && json.toArray().isEmpty()) || (json.isString() && json.toString().isEmpty()))
        return QJsonValue(QString());
    return json;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return comparable(a) == comparable(b);
}

// A new case carries only what was typed.
QVariantMap withoutBlanks(const QVariantMap &values)
{
    QVariantMap kept;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (comparable(it.value()) != QJsonValue(QString()) || it.value().typeId() == QMetaType::LongLong ||
            it.value().typeId() == QMetaType::Int)
            kept.insert(it.key(), it.value());
    return kept;
}

bool hasErrors(const QList<FieldProblem> &problems)
{
    for (const FieldProblem &problem : problems)
        if (!problem.warning)
            return true;
    return false;
}

QString newCaseTitle(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Violation:
        return CaseDetailWidget::tr("New violation");
    case CaseKind::Etle:
        return CaseDetailWidget::tr("New ETLE capture");
    case CaseKind::Accident:
        return CaseDetailWidget::tr("New accident report");
    case CaseKind::Watch:
        return CaseDetailWidget::tr("New watch-list entry");
    }
    return {};
}

QPushButton *actionButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

CaseDetailWidget::CaseDetailWidget(CaseDesk *desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("caseDetail"));
    build();
    retranslateUi();

    connect(m_desk, &CaseDesk::committed, this, &CaseDetailWidget::onCommitted);
    connect(m_desk, &CaseDesk::rejected, this, &CaseDetailWidget::onRejected);
    connect(m_desk, &CaseDesk::refused, this, [this](const QString &reason) {
        if (m_pending) // our own submission, refused by the policy before it reached the store
            setStatus(tr("Not allowed: %1").arg(reason), true);
    });
    connect(m_desk, &CaseDesk::articlesChanged, this, [this] {
        m_form->reloadCatalogue();
        updateProblems();
    });
    connect(Theme::instance(), &Theme::changed, this, [this] { refresh(); });

    // The confirmation deadline counts down by the day; a record left open over midnight stays right.
    auto *clock = new QTimer(this);
    clock->setInterval(kHeaderRefreshMs);
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_mode != Mode::Empty)
            refreshHeader();
    });
    clock->start();
    refresh();
}

CaseDetailWidget::~CaseDetailWidget() = default;

void CaseDetailWidget::build()
{
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyCase"));

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setObjectName(QStringLiteral("caseSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setWordWrap(true);
    connect(m_subtitle, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUuid id(link);
        if (!id.isNull())
            Q_EMIT openCaseRequested(id);
    });
    m_etleLine = new QLabel(m_content);
    m_etleLine->setObjectName(QStringLiteral("deadlineLine"));
    m_etleLine->setTextFormat(Qt::RichText);
    m_etleLine->setWordWrap(true);
    m_paymentLine = new QLabel(m_content);
    m_paymentLine->setObjectName(QStringLiteral("paymentLine"));
    m_paymentLine->setTextFormat(Qt::RichText);
    m_paymentLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paymentLine->setWordWrap(true);

    m_voidBanner = new QFrame(m_content);
    m_voidBanner->setObjectName(QStringLiteral("voidBanner"));
    m_voidBanner->setFrameShape(QFrame::StyledPanel);
    m_voidText = new QLabel(m_voidBanner);
    m_voidText->setObjectName(QStringLiteral("voidText"));
    m_voidText->setTextFormat(Qt::RichText);
    m_voidText->setWordWrap(true);
    m_approveVoid = actionButton(m_voidBanner, QStringLiteral("approveVoidButton"));
    m_refuseVoid = actionButton(m_voidBanner, QStringLiteral("refuseVoidButton"));
    connect(m_approveVoid, &QPushButton::clicked, this, [this] { decideVoid(true); });
    connect(m_refuseVoid, &QPushButton::clicked, this, [this] { decideVoid(false); });
    auto *voidLayout = new QHBoxLayout(m_voidBanner);
    voidLayout->addWidget(m_voidText, 1);
    voidLayout->addWidget(m_approveVoid);
    voidLayout->addWidget(m_refuseVoid);

    m_correctionBanner = new QFrame(m_content);
    m_correctionBanner->setObjectName(QStringLiteral("correctionBanner"));
    m_correctionBanner->setFrameShape(QFrame::StyledPanel);
    m_correctionText = new QLabel(m_correctionBanner);
    m_correctionText->setWordWrap(true);
    auto *correctionLayout = new QHBoxLayout(m_correctionBanner);
    correctionLayout->addWidget(m_correctionText, 1);

    m_form = new CaseForm(m_desk, m_content);
    connect(m_form, &CaseForm::edited, this, &CaseDetailWidget::onFormEdited);
    connect(m_form, &CaseForm::attachImageRequested, this, [this] { chooseAttachment(true); });
    m_charges = new QTextBrowser(m_content);
    m_charges->setObjectName(QStringLiteral("chargesView"));
    m_charges->setOpenLinks(false);
    m_versions = new CaseVersionsView(m_content);
    m_timeline = new CaseTimelineView(m_content);
    connect(m_timeline, &CaseTimelineView::noteRequested, this, &CaseDetailWidget::addNote);
    m_attachments = new CaseAttachmentsView(m_content);
    connect(m_attachments, &CaseAttachmentsView::attachRequested, this, [this] { chooseAttachment(false); });
    connect(m_attachments, &CaseAttachmentsView::saveCopyRequested, this, &CaseDetailWidget::chooseCopyTarget);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_form, QString());
    m_tabs->addTab(m_charges, QString());
    m_tabs->addTab(m_versions, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_attachments, QString());

    m_problems = new QLabel(m_content);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setWordWrap(true);
    connect(m_problems, &QLabel::linkActivated, this, [this](const QString &link) {
        m_tabs->setCurrentWidget(m_form);
        m_form->focusField(link);
    });
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveDraft = actionButton(m_content, QStringLiteral("saveDraftButton"));
    connect(m_saveDraft, &QPushButton::clicked, this, &CaseDetailWidget::saveDraft);
    m_submit = actionButton(m_content, QStringLiteral("submitButton"));
    connect(m_submit, &QPushButton::clicked, this, &CaseDetailWidget::submit);
    m_saveCorrection = actionButton(m_content, QStringLiteral("saveCorrectionButton"));
    connect(m_saveCorrection, &QPushButton::clicked, this, &CaseDetailWidget::saveCorrection);
    m_cancelCorrection = actionButton(m_content, QStringLiteral("cancelCorrectionButton"));
    connect(m_cancelCorrection, &QPushButton::clicked, this, &CaseDetailWidget::cancelCorrection);
    m_correct = actionButton(m_content, QStringLiteral("correctButton"));
    connect(m_correct, &QPushButton::clicked, this, &CaseDetailWidget::startCorrection);
    m_requestVoid = actionButton(m_content, QStringLiteral("requestVoidButton"));
    connect(m_requestVoid, &QPushButton::clicked, this, &CaseDetailWidget::requestVoid);

    m_moves = new QHBoxLayout;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_saveCorrection);
    buttons->addWidget(m_cancelCorrection);
    buttons->addLayout(m_moves);
    buttons->addStretch();
    buttons->addWidget(m_correct);
    buttons->addWidget(m_requestVoid);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(9, 9, 9, 9);
    content->setSpacing(4);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addWidget(m_etleLine);
    content->addWidget(m_paymentLine);
    content->addWidget(m_voidBanner);
    content->addWidget(m_correctionBanner);
    content->addSpacing(4);
    content->addWidget(m_tabs, 1);
    content->addWidget(m_problems);
    content->addWidget(m_status);
    content->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void CaseDetailWidget::retranslateUi()
{
    m_empty->setText(tr("No case shown.\nChoose one in the list, or start a new one from the Case menu."));
    m_tabs->setTabText(m_tabs->indexOf(m_form), tr("&Details"));
    m_tabs->setTabText(m_tabs->indexOf(m_charges), tr("C&harges"));
    m_tabs->setTabText(m_tabs->indexOf(m_versions), tr("&Versions"));
    m_tabs->setTabText(m_tabs->indexOf(m_timeline), tr("&Timeline"));
    m_tabs->setTabText(m_tabs->indexOf(m_attachments), tr("&Attachments"));
    m_saveCorrection->setText(tr("Save correction"));
    m_saveCorrection->setToolTip(tr("Keep the changed fields as a new version, with the reason (Ctrl+Enter)"));
    m_cancelCorrection->setText(tr("Cancel correction"));
    m_correct->setText(tr("Correct…"));
    m_correct->setToolTip(tr("A submitted case is never overwritten: a correction is a new version with its reason"));
    m_requestVoid->setText(tr("Request void…"));
    m_requestVoid->setToolTip(tr("Ask for the ticket to be voided; a supervisor other than you decides"));
    m_approveVoid->setText(tr("Approve void…"));
    m_refuseVoid->setText(tr("Refuse void…"));
    refresh();
}

void CaseDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// --- what is shown -------------------------------------------------------------------------------------------

void CaseDetailWidget::showCase(const CaseFile &file)
{
    const bool same = !m_record.id.isNull() && file.record.id == m_record.id;
    if (!same && !askToDiscard())
        return;
    m_file = file;
    if (!same) {
        m_correctionReason.clear();
        loadRecord(file.record);
        m_tabs->setCurrentWidget(m_form);
        setStatus({});
    } else if (m_mode == Mode::Correcting) {
        // The correction landed (a newer version), or the case moved on where it can no longer be corrected.
        if (file.record.version > m_correctingFrom || file.record.state == CaseState::Voided)
            loadRecord(file.record);
        else
            m_record = file.record; // keep the correction being typed
    } else if (m_mode == Mode::Editing && !m_desk->isAuditor() && isEditable(file.record.kind, file.record.state) &&
               hasUnsavedInput()) {
        m_record = file.record; // keep what the user typed since the last save
    } else {
        loadRecord(file.record);
    }
    m_versions->setFile(file);
    m_timeline->setEvents(file.timeline);
    m_attachments->setAttachments(file.attachments);
    loadPictures();
    refresh();
}

void CaseDetailWidget::startNew(CaseKind kind, const QUuid &incidentId)
{
    if (!askToDiscard())
        return;
    m_file.reset();
    m_record = CaseRecord{};
    m_record.kind = kind;
    m_record.state = initialState(kind);
    m_correctionReason.clear();
    m_form->setKind(kind);
    m_form->setData(defaultsFor(kind, incidentId));
    m_baseline = m_form->data();
    m_versions->clear();
    m_timeline->setEvents({});
    m_attachments->setAttachments({});
    m_tabs->setCurrentWidget(m_form);
    setStatus(m_desk->isAuditor() ? tr("An auditor reads cases; this account cannot create one.") : QString(),
              m_desk->isAuditor());
    setMode(m_desk->isAuditor() ? Mode::Record : Mode::Editing);
    if (!m_desk->isAuditor())
        m_form->focusField(field(kind == CaseKind::Accident ? casefield::kPlace
                                 : kind == CaseKind::Etle   ? casefield::kCameraId
                                 : kind == CaseKind::Watch  ? casefield::kPlate
                                                            : casefield::kOffenderName));
}

void CaseDetailWidget::clear()
{
    m_file.reset();
    m_record = CaseRecord{};
    m_baseline.clear();
    m_correctionReason.clear();
    m_versions->clear();
    m_timeline->setEvents({});
    m_attachments->setAttachments({});
    setStatus({});
    setMode(Mode::Empty);
}

std::optional<CaseFile> CaseDetailWidget::shownCase() const
{
    return m_file;
}

bool CaseDetailWidget::hasUnsavedInput() const
{
    if ((m_mode != Mode::Editing && m_mode != Mode::Correcting) || m_pending)
        return false;
    return !changedFields().isEmpty();
}

QList<FieldProblem> CaseDetailWidget::currentProblems() const
{
    if (m_mode == Mode::Empty)
        return {};
    QList<FieldProblem> problems = validateCase(m_record.kind, m_form->data(), m_desk->catalogue(), m_desk->now());
    problems += m_form->localProblems();
    return problems;
}

void CaseDetailWidget::loadRecord(const CaseRecord &record)
{
    m_record = record;
    m_form->setKind(record.kind);
    m_form->setData(record.data);
    m_baseline = m_form->data();
    setMode(canEdit() ? Mode::Editing : Mode::Record);
}

void CaseDetailWidget::setMode(Mode mode)
{
    m_mode = mode;
    m_form->setReadOnly(mode == Mode::Record || mode == Mode::Empty);
    refresh();
}

bool CaseDetailWidget::canEdit() const
{
    return !m_desk->isAuditor() && isEditable(m_record.kind, m_record.state);
}

bool CaseDetailWidget::isStored() const
{
    return !m_record.id.isNull();
}

QString CaseDetailWidget::stationCode() const
{
    if (!m_record.stationCode.isEmpty())
        return m_record.stationCode;
    return m_form->data().value(field(casefield::kStation)).toString();
}

QVariantMap CaseDetailWidget::defaultsFor(CaseKind kind, const QUuid &incidentId) const
{
    QVariantMap values;
    const QDateTime now = m_desk->now().toOffsetFromUtc(kWibOffsetSeconds);
    values.insert(field(casefield::kOccurredAt), QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()),
                                                           Qt::OffsetFromUTC, kWibOffsetSeconds)
                                                     .toString(Qt::ISODate));
    // The account's own Polres when it has one; else the station this desk used last.
    QString station;
    if (const auto &actor = m_desk->actor()) {
        if (const auto polres = StationDirectory::builtIn().polresOf(actor->scope))
            station = polres->code;
    }
    if (station.isEmpty())
        station = QSettings().value(kLastStationKey).toString();
    values.insert(field(casefield::kStation), station);
    if (validateNrp(m_desk->user()).isOk())
        values.insert(field(casefield::kOfficerNrp), m_desk->user());
    if (kind == CaseKind::Violation)
        values.insert(field(casefield::kOutcome), QStringLiteral("tilang"));
    if (kind == CaseKind::Accident && !incidentId.isNull()) {
        const QString id = incidentId.toString(QUuid::WithoutBraces);
        values.insert(field(casefield::kIncidentId), id);
        values.insert(field(casefield::kLinkedIncidents), QVariantList{id});
    }
    return values;
}

QVariantMap CaseDetailWidget::changedFields() const
{
    const QVariantMap now = m_form->data();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!sameValue(it.value(), m_baseline.value(it.key())))
            changed.insert(it.key(), it.value());
    // Fields that only make sense together travel together.
    const auto together = [&](std::initializer_list<const char *> names) {
        bool any = false;
        for (const char *name : names)
            any = any || changed.contains(field(name));
        if (any)
            for (const char *name : names)
                changed.insert(field(name), now.value(field(name)));
    };
    together({casefield::kArticles, casefield::kCharged, casefield::kFine});
    together({casefield::kLatitude, casefield::kLongitude});
    together({casefield::kIncidentId, casefield::kLinkedIncidents});
    return changed;
}

void CaseDetailWidget::refresh()
{
    m_stack->setCurrentWidget(m_mode == Mode::Empty ? static_cast<QWidget *>(m_empty) : m_content);
    if (m_mode == Mode::Empty)
        return;
    refreshHeader();
    refreshActions();
    refreshCharges();
    updateProblems();
}

void CaseDetailWidget::refreshHeader()
{
    const CaseRecord &record = m_record;
    const Theme *theme = Theme::instance();
    QString title;
    if (!isStored())
        title = newCaseTitle(record.kind);
    else
        title = QStringLiteral("%1 · %2").arg(record.number.isEmpty() ? tr("(numbering…)") : record.number,
                                              displayName(record.kind));
    m_title->setText(title);

    QStringList parts;
    const QColor stateColour = record.state == CaseState::Voided || record.state == CaseState::Rejected
                                   ? theme->errorColor()
                                   : palette().color(QPalette::WindowText);
    parts << QStringLiteral("<b style=\"color:%1\">%2</b>")
                 .arg(stateColour.name(), displayName(record.state).toHtmlEscaped());
    if (!isStored())
        parts << tr("not saved yet").toHtmlEscaped();
    else if (record.version == 0)
        parts << (record.kind == CaseKind::Etle ? tr("not verified yet") : tr("draft, not submitted")).toHtmlEscaped();
    else
        parts << tr("version %1").arg(record.version).toHtmlEscaped();
    if (!record.stationCode.isEmpty()) {
        const auto station = StationDirectory::builtIn().byCode(record.stationCode);
        parts << (station ? station->name : record.stationCode).toHtmlEscaped();
    }
    if (!record.createdBy.isEmpty())
        parts << tr("opened by %1, %2").arg(record.createdBy, casedetail::wibTime(record.createdAt)).toHtmlEscaped();
    QStringList links;
    for (const QVariant &id : record.data.value(field(casefield::kLinkedCases)).toList())
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(id.toString().toHtmlEscaped(), QUuid(id.toString()).toString(QUuid::WithoutBraces).left(8));
    if (!links.isEmpty())
        parts << tr("linked cases: %1").arg(links.join(QStringLiteral(", ")));
    m_subtitle->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    // ETLE: the confirmation deadline, the rejection, the driver; the payment code once issued.
    QString etle;
    const QVariantMap &values = record.data;
    if (record.kind == CaseKind::Etle) {
        if (record.state == CaseState::NoticeSent) {
            const QDateTime sent =
                QDateTime::fromString(values.value(field(casefield::kNoticeSentAt)).toString(), Qt::ISODate);
            const bool overdue = sent.isValid() && isConfirmationOverdue(sent, m_desk->now());
            const QString line = casedetail::deadlineLine(sent, m_desk->now()).toHtmlEscaped();
            etle = overdue ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(theme->errorColor().name(), line)
                           : QStringLiteral("<b>%1</b>").arg(line);
        } else if (record.state == CaseState::Rejected) {
            etle = tr("Rejected: %1").arg(values.value(field(casefield::kRejectedReason)).toString()).toHtmlEscaped();
        } else if (!values.value(field(casefield::kDriverName)).toString().isEmpty()) {
            etle = tr("Transferred to the driver %1 (NIK %2)")
                       .arg(values.value(field(casefield::kDriverName)).toString(),
                            values.value(field(casefield::kDriverNik)).toString())
                       .toHtmlEscaped();
        }
    }
    m_etleLine->setText(etle);
    m_etleLine->setVisible(!etle.isEmpty() && isStored());

    QString payment;
    const QString code = values.value(field(casefield::kPaymentCode)).toString();
    if (!code.isEmpty()) {
        payment = tr("Payment code <b>%1</b> · fine %2")
                      .arg(casedetail::groupedPaymentCode(code).toHtmlEscaped(),
                           casedetail::rupiah(values.value(field(casefield::kFine)).toLongLong()));
        if (!hasValidCheckDigit(code))
            payment += QStringLiteral(" <b style=\"color:%1\">%2</b>")
                           .arg(theme->errorColor().name(), tr("(check digit wrong)").toHtmlEscaped());
        if (record.state == CaseState::Paid)
            payment +=
                QStringLiteral(" · ") +
                tr("paid %1 on %2, bank reference %3")
                    .arg(casedetail::rupiah(values.value(field(casefield::kPaidAmount)).toLongLong()),
                         casedetail::valueText(field(casefield::kPaidAt), values.value(field(casefield::kPaidAt))),
                         values.value(field(casefield::kBankRef)).toString())
                    .toHtmlEscaped();
    }
    m_paymentLine->setText(payment);
    m_paymentLine->setVisible(!payment.isEmpty());

    // A void waiting for its second approver, or the one that voided the case.
    const VoidRequest *pending = m_file ? m_file->pendingVoid() : nullptr;
    const VoidRequest *approved = nullptr;
    if (m_file && record.state == CaseState::Voided)
        for (const VoidRequest &request : m_file->voidRequests)
            if (request.status == VoidRequest::Status::Approved)
                approved = &request;
    const bool canDecide =
        pending && !m_desk->isAuditor() && m_desk->isSupervisor() && m_desk->user() != pending->requester && !m_pending;
    if (pending) {
        QString text = tr("Void requested by <b>%1</b> on %2 — reason: “%3”")
                           .arg(pending->requester.toHtmlEscaped(), casedetail::wibTime(pending->at),
                                pending->reason.toHtmlEscaped());
        if (!canDecide && !m_desk->isAuditor())
            text += QStringLiteral("<br>") +
                    tr("Waiting for a supervisor other than %1.").arg(pending->requester).toHtmlEscaped();
        m_voidText->setText(text);
    } else if (approved) {
        m_voidText->setText(tr("Voided: requested by <b>%1</b> (“%2”), approved by <b>%3</b> on %4 (“%5”).")
                                .arg(approved->requester.toHtmlEscaped(), approved->reason.toHtmlEscaped(),
                                     approved->decidedBy.toHtmlEscaped(), casedetail::wibTime(approved->decidedAt),
                                     approved->decisionReason.toHtmlEscaped()));
    }
    m_voidBanner->setVisible(isStored() && (pending || approved));
    m_approveVoid->setVisible(canDecide);
    m_refuseVoid->setVisible(canDecide);
    const QColor tint = theme->isDark() ? QColor(QStringLiteral("#4a3b12")) : QColor(QStringLiteral("#fff4d6"));
    const QString bannerStyle =
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }");
    m_voidBanner->setStyleSheet(bannerStyle.arg(m_voidBanner->objectName(), tint.name(), theme->warningColor().name()));
    m_correctionBanner->setStyleSheet(
        bannerStyle.arg(m_correctionBanner->objectName(), tint.name(), theme->warningColor().name()));

    m_correctionBanner->setVisible(m_mode == Mode::Correcting);
    if (m_mode == Mode::Correcting)
        m_correctionText->setText(tr("Correcting version %1 — reason: “%2”. Change the fields that are wrong, then "
                                     "save the correction as version %3.")
                                      .arg(record.version)
                                      .arg(m_correctionReason)
                                      .arg(record.version + 1));
}

void CaseDetailWidget::refreshActions()
{
    const bool busy = m_pending.has_value();
    const bool auditor = m_desk->isAuditor();
    const bool editing = m_mode == Mode::Editing;
    const bool correcting = m_mode == Mode::Correcting;
    const bool record = m_mode == Mode::Record;
    const CaseKind kind = m_record.kind;
    const CaseState state = m_record.state;
    const bool initial = state == initialState(kind);

    m_saveDraft->setVisible(editing);
    m_saveDraft->setEnabled(!busy);
    m_saveDraft->setText(kind == CaseKind::Etle ? tr("Save") : tr("Save draft"));
    m_saveDraft->setToolTip(kind == CaseKind::Etle ? tr("Keep the corrections to the capture (Ctrl+S)")
                                                   : tr("Keep the draft; it can still be changed (Ctrl+S)"));
    const CaseState submitTo = kind == CaseKind::Etle ? CaseState::Verified : CaseState::Submitted;
    m_submit->setVisible(editing);
    m_submit->setText(casedetail::moveVerb(kind, submitTo));
    m_submit->setToolTip(kind == CaseKind::Etle
                             ? tr("Verify the capture (Ctrl+Enter): the ticket goes ahead and the capture becomes "
                                  "version 1")
                             : tr("Submit (Ctrl+Enter): the case goes on record; after that only a correction with a "
                                  "reason changes it"));
    m_saveCorrection->setVisible(correcting);
    m_cancelCorrection->setVisible(correcting);
    m_cancelCorrection->setEnabled(!busy);
    m_correct->setVisible(record && !auditor && isStored() && !initial && state != CaseState::Voided);
    m_correct->setEnabled(!busy);

    const VoidRequest *pendingVoid = m_file ? m_file->pendingVoid() : nullptr;
    m_requestVoid->setVisible(record && !auditor && isStored() && isVoidable(kind) && !initial &&
                              state != CaseState::Voided && !pendingVoid);
    m_requestVoid->setEnabled(!busy);

    // The workflow's next steps. Submitting and verifying are the Submit button; payment arrives with the bank's
    // settlement file; a void only through its two-person approval.
    // The button being clicked may be among them: it goes once its click is over.
    for (QPushButton *old : std::as_const(m_moveButtons)) {
        m_moves->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    m_moveButtons.clear();
    if ((editing || record) && !auditor && isStored()) {
        // The record's data narrows the steps: a blocked ticket with a payment code is paid, one without goes
        // back to its owner's confirmation.
        const QList<CaseState> steps = nextCaseStates(m_record);
        for (const CaseState to : steps) {
            if (to == CaseState::Voided || to == CaseState::Paid || (initial && to == submitTo))
                continue;
            if (to == CaseState::StnkBlocked && state == CaseState::NoticeSent) {
                const QDateTime sent =
                    QDateTime::fromString(m_record.data.value(field(casefield::kNoticeSentAt)).toString(), Qt::ISODate);
                if (!sent.isValid() || !isConfirmationOverdue(sent, m_desk->now()))
                    continue; // offered only once the owner let the deadline pass
            }
            auto *button = actionButton(m_content, QStringLiteral("move_%1").arg(toString(to)));
            button->setText(casedetail::moveVerb(kind, to));
            button->setToolTip(casedetail::moveToolTip(kind, to));
            button->setEnabled(!busy);
            connect(button, &QPushButton::clicked, this, [this, to] { move(to); });
            m_moves->addWidget(button);
            button->setVisible(true); // now, not when the layout gets round to it
            m_moveButtons.append(button);
        }
    }

    const QString why = auditor ? tr("An auditor reads cases and changes nothing") : tr("Save the case first");
    m_timeline->setNotesAllowed(isStored() && !auditor && !busy, why);
    m_attachments->setAttachAllowed(isStored() && !auditor && !busy, why);
    m_form->setImageAttachable(kind == CaseKind::Etle && editing && isStored() && !busy);
}

void CaseDetailWidget::refreshCharges()
{
    const int index = m_tabs->indexOf(m_charges);
    m_tabs->setTabVisible(index, m_record.kind != CaseKind::Watch);
    const QVariantMap values = m_mode == Mode::Record ? m_record.data : m_form->data();
    QString html;
    const auto cell = [](const QString &text, bool right = false) {
        return QStringLiteral("<td style=\"padding:3px 8px\"%1>%2</td>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    if (m_record.kind == CaseKind::Violation || m_record.kind == CaseKind::Etle) {
        const QVariantList charged = values.value(field(casefield::kCharged)).toList();
        if (charged.isEmpty()) {
            html = QStringLiteral("<p>%1</p>").arg(tr("No article charged yet.").toHtmlEscaped());
        } else {
            html = QStringLiteral("<p>%1</p>")
                       .arg(tr("The articles as they were charged, with the text and fine of the catalogue version of "
                               "the day.")
                                .toHtmlEscaped());
            html += QStringLiteral("<table cellspacing=\"0\"><tr style=\"font-weight:600\">%1%2%3%4</tr>")
                        .arg(cell(tr("Article")), cell(tr("Offence")), cell(tr("Maximum fine"), true),
                             cell(tr("Catalogue version"), true));
            const bool english = labels::currentLanguage() == QLatin1String("en");
            for (const QVariant &entry : charged) {
                const ChargedArticle article = ChargedArticle::fromMap(entry.toMap());
                const QString offence = english && !article.textEn.isEmpty() ? article.textEn : article.textId;
                html += QStringLiteral("<tr>%1%2%3%4</tr>")
                            .arg(cell(article.citation.isEmpty() ? article.code : article.citation), cell(offence),
                                 cell(casedetail::rupiah(article.maxFine), true),
                                 cell(QString::number(article.catalogueVersion), true));
            }
            html += QStringLiteral("<tr><td></td><td style=\"padding:3px 8px\"><b>%1</b></td>"
                                   "<td style=\"padding:3px 8px\" align=\"right\"><b>%2</b></td><td></td></tr></table>")
                        .arg(tr("Total").toHtmlEscaped(),
                             casedetail::rupiah(values.value(field(casefield::kFine)).toLongLong()));
        }
    } else if (m_record.kind == CaseKind::Accident) {
        const VictimCounts counts = countVictims(values.value(field(casefield::kVictims)).toList());
        const qint64 loss = values.value(field(casefield::kMaterialLoss)).toLongLong();
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("Severity under UU 22/2009 Pasal 229: %1 (MD %2 · LB %3 · LR %4 · material loss %5)")
                            .arg(displayName(classifyAccident(counts, loss)))
                            .arg(counts.died)
                            .arg(counts.seriouslyHurt)
                            .arg(counts.slightlyHurt)
                            .arg(casedetail::rupiah(loss))
                            .toHtmlEscaped());
        const QVariantList confirmed = values.value(field(casefield::kConfirmedArticles)).toList();
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Articles confirmed by the investigator").toHtmlEscaped());
        if (confirmed.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("None confirmed yet.").toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QVariant &code : confirmed) {
            const auto article = m_desk->catalogue().byCode(code.toString());
            html += QStringLiteral("<li>%1</li>")
                        .arg((article ? QStringLiteral("%1 — %2").arg(article->citation(), article->text())
                                      : citationOf(code.toString()))
                                 .toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_charges->setHtml(html);
}

// --- validation ----------------------------------------------------------------------------------------------

void CaseDetailWidget::onFormEdited()
{
    setStatus({});
    updateProblems();
    refreshCharges();
}

void CaseDetailWidget::updateProblems()
{
    const bool editing = m_mode == Mode::Editing || m_mode == Mode::Correcting;
    const QList<FieldProblem> problems = editing ? currentProblems() : QList<FieldProblem>();
    m_form->showProblems(problems);
    const bool blocked = hasErrors(problems);
    const bool busy = m_pending.has_value();
    m_submit->setEnabled(!busy && !blocked);
    m_saveCorrection->setEnabled(!busy && !blocked);

    if (problems.isEmpty()) {
        m_problems->hide();
        m_problems->clear();
        return;
    }
    const Theme *theme = Theme::instance();
    QStringList lines;
    for (const FieldProblem &problem : problems.mid(0, kMaxListedProblems)) {
        lines << QStringLiteral("<span style=\"color:%1\">%2 <a href=\"%3\">%4</a>: %5</span>")
                     .arg((problem.warning ? theme->warningColor() : theme->errorColor()).name(),
                          problem.warning ? QStringLiteral("⚠") : QStringLiteral("✖"), problem.field.toHtmlEscaped(),
                          caseFieldLabel(problem.field).toHtmlEscaped(), problem.message.toHtmlEscaped());
    }
    if (problems.size() > kMaxListedProblems)
        lines << tr("… and %n more", nullptr, int(problems.size() - kMaxListedProblems)).toHtmlEscaped();
    const QString heading = blocked ? (m_mode == Mode::Correcting ? tr("Fix these before saving the correction:")
                                                                  : tr("Fix these before submitting:"))
                                    : tr("Check these before submitting:");
    m_problems->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    m_problems->show();
}

// --- saving --------------------------------------------------------------------------------------------------

bool CaseDetailWidget::saveDraft()
{
    if (m_pending || m_mode != Mode::Editing)
        return false;
    const QVariantMap values = m_form->data();
    Pending pending;
    pending.doneMessage = m_record.kind == CaseKind::Etle ? tr("Capture saved.") : tr("Draft saved.");
    if (!isStored()) {
        QUuid id;
        const Change create = m_desk->factory().createCase(m_record.kind, stationCode(), withoutBlanks(values), &id);
        return send({create}, id, pending, tr("Saving…"));
    }
    const QVariantMap fields = changedFields();
    if (fields.isEmpty()) {
        setStatus(tr("Nothing to save: the case is as stored."));
        return true;
    }
    return send({m_desk->factory().editCase(m_record, fields)}, m_record.id, pending, tr("Saving…"));
}

bool CaseDetailWidget::submit()
{
    if (m_pending)
        return false;
    if (m_mode == Mode::Correcting)
        return saveCorrection();
    if (m_mode != Mode::Editing)
        return false;
    const QList<FieldProblem> problems = currentProblems();
    updateProblems();
    if (hasErrors(problems)) {
        for (const FieldProblem &problem : problems) {
            if (!problem.warning) {
                m_tabs->setCurrentWidget(m_form);
                m_form->focusField(problem.field);
                break;
            }
        }
        setStatus(tr("Fix the fields marked in red first."), true);
        return false;
    }
    const QVariantMap values = m_form->data();
    ChangeList changes;
    CaseRecord record = m_record;
    if (!isStored()) {
        changes.append(m_desk->factory().createCase(record.kind, stationCode(), withoutBlanks(values), &record.id));
    } else if (const QVariantMap fields = changedFields(); !fields.isEmpty()) {
        changes.append(m_desk->factory().editCase(record, fields));
    }
    changes.append(m_desk->factory().submitCase(record));
    Pending pending;
    pending.movesTo = record.kind == CaseKind::Etle ? CaseState::Verified : CaseState::Submitted;
    pending.doneMessage = record.kind == CaseKind::Etle
                              ? tr("Capture verified: the ticket goes ahead, on record as version 1.")
                              : tr("Submitted: the case is on record as version 1; from now on only a correction "
                                   "with a reason changes it.");
    return send(changes, record.id, pending, tr("Submitting…"));
}

bool CaseDetailWidget::send(const ChangeList &changes, const QUuid &caseId, Pending pending, const QString &busyText)
{
    if (m_pending || changes.isEmpty())
        return false;
    pending.caseId = caseId;
    pending.before = m_record;
    pending.baselineBefore = m_baseline;
    const QString station = stationCode();
    m_record.id = caseId;
    if (m_mode == Mode::Editing || m_mode == Mode::Correcting)
        m_baseline = m_form->data(); // what is sent is what the case holds once committed
    m_pending = pending;
    setStatus(busyText);
    refreshActions();
    updateProblems();
    if (!m_desk->submit(changes, station)) {
        // The policy said no (the reason is shown by the refused handler); nothing was sent.
        m_record = m_pending->before;
        m_baseline = m_pending->baselineBefore;
        m_pending.reset();
        refresh();
        return false;
    }
    if (m_record.stationCode.isEmpty())
        QSettings().setValue(kLastStationKey, station);
    Q_EMIT caseSaved(caseId);
    return true;
}

void CaseDetailWidget::onCommitted()
{
    if (!m_pending)
        return;
    const Pending done = *m_pending;
    m_pending.reset();
    if (done.caseId == m_record.id) { // still the case shown
        if (done.movesTo) {
            const bool leftInitial = m_record.state == initialState(m_record.kind);
            m_record.state = *done.movesTo;
            if (leftInitial)
                m_record.version = qMax(1, m_record.version);
        }
        if (done.correction) {
            m_record.version += 1;
            m_correctionReason.clear();
            m_record.data.insert(m_form->data());
            setMode(Mode::Record);
        } else if (m_mode == Mode::Editing && !canEdit()) {
            m_record.data.insert(m_form->data());
            setMode(Mode::Record);
        }
    }
    setStatus(done.doneMessage);
    refresh();
}

void CaseDetailWidget::onRejected(const QString &message)
{
    if (!m_pending)
        return;
    m_record = m_pending->before;
    m_baseline = m_pending->baselineBefore;
    m_pending.reset();
    setStatus(tr("The store refused the change: %1").arg(message), true);
    refresh();
}

void CaseDetailWidget::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? Theme::instance()->errorColor() : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

bool CaseDetailWidget::askToDiscard()
{
    if (!hasUnsavedInput())
        return true;
    const QString what = isStored() && !m_record.number.isEmpty() ? m_record.number : newCaseTitle(m_record.kind);
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        m_mode == Mode::Correcting ? tr("Discard the correction of %1? Nothing of it has been saved.").arg(what)
                                   : tr("Discard what you typed in %1? It has not been saved.").arg(what),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

} // namespace lintas
