#include "cases/auditverifydialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "labels.h"
#include "store/casereader.h"
#include "theme.h"

namespace lintas {
namespace {

struct Verification
{
    AuditVerdict verdict;
    std::optional<AuditEntry> entry;
    QString error;
};

} // namespace

AuditVerifyDialog::AuditVerifyDialog(CaseDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("auditVerifyDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("auditBusy"));
    m_busy->setRange(0, 0); // how long is unknown until the chain is read: a busy bar, not a percentage
    m_busy->setTextVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_result->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("auditEntryDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("verifyAgain"));
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    connect(m_again, &QPushButton::clicked, this, &AuditVerifyDialog::verify);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addLayout(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 44);
    resize(em * 52, em * 24);
    retranslateUi();
    verify();
}

AuditVerifyDialog::~AuditVerifyDialog() = default;

void AuditVerifyDialog::verify()
{
    if (m_running)
        return;
    m_running = true;
    m_verdict.reset();
    m_entry.reset();
    m_error.clear();
    render();
    const QString path = m_desk->storePath();
    runInBackground(
        this,
        [path] {
            Verification verification;
            CaseReader reader(path);
            if (!reader.isOpen()) {
                verification.error = reader.errorString();
                return verification;
            }
            verification.verdict = reader.verifyAuditTrail();
            // The entry at fault as it is stored now, when it is still there to read (not when removed).
            const AuditVerdict &verdict = verification.verdict;
            if (!verdict.ok() && verdict.seq > 0 && verdict.problem != AuditVerdict::Problem::Removed) {
                const QList<AuditEntry> entries = reader.auditEntries(verdict.seq - 1, 1);
                if (!entries.isEmpty() && entries.first().seq == verdict.seq)
                    verification.entry = entries.first();
            }
            return verification;
        },
        [this](const Verification &verification) {
            m_running = false;
            m_error = verification.error;
            if (m_error.isEmpty())
                m_verdict = verification.verdict;
            m_entry = verification.entry;
            render();
            Q_EMIT verified(m_verdict && m_verdict->ok());
        });
}

QString AuditVerifyDialog::resultText() const
{
    return m_result->text();
}

QString AuditVerifyDialog::detailText() const
{
    return m_detail->text();
}

void AuditVerifyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AuditVerifyDialog::retranslateUi()
{
    setWindowTitle(tr("Verify audit trail"));
    m_intro->setText(tr("Every change this desk made and every opening of a case record is written to its audit "
                        "trail, each entry chained to the one before by its hash. Verifying reads the whole trail "
                        "and names the first entry that was altered, removed or put out of order."));
    m_again->setText(tr("&Verify again"));
    m_close->setText(tr("Close"));
    render();
}

void AuditVerifyDialog::render()
{
    showResult();
    // The verdict and the entry's details may need more lines than the dialog has: it grows, never cuts them.
    if (QLayout *box = layout(); box && box->hasHeightForWidth()) {
        const int needed = box->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void AuditVerifyDialog::showResult()
{
    m_busy->setVisible(m_running);
    m_again->setEnabled(!m_running);
    const QString red = QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name());
    if (m_running) {
        m_result->setText(tr("Verifying the audit trail…"));
        m_result->setStyleSheet(QString());
        m_detail->clear();
        return;
    }
    if (!m_error.isEmpty()) {
        m_result->setText(tr("The audit trail could not be read: %1").arg(m_error));
        m_result->setStyleSheet(red);
        m_detail->clear();
        return;
    }
    if (!m_verdict) {
        m_result->clear();
        m_detail->clear();
        return;
    }
    if (m_verdict->ok()) {
        m_result->setText(tr("Audit trail intact: %1 entries verified").arg(labels::number(m_verdict->entries)));
        m_result->setStyleSheet(QString());
        m_detail->clear();
        return;
    }
    m_result->setText(m_verdict->message);
    m_result->setStyleSheet(red);
    if (!m_entry) {
        m_detail->setText(m_verdict->problem == AuditVerdict::Problem::Removed
                              ? tr("The entry is no longer in the trail.")
                              : tr("The entry cannot be read any more."));
        return;
    }
    const AuditEntry &entry = *m_entry;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC);
    m_detail->setText(tr("Entry %1 as stored now:\nWhen: %2\nUser: %3\nDesk: %4\nAction: %5 on %6 %7\nDetail: %8")
                          .arg(QString::number(entry.seq), labels::timestamp(at), entry.actor, entry.siteId,
                               entry.action, entry.entity, entry.entityId, entry.detail));
}

} // namespace lintas
