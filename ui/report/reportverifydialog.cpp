#include "reportverifydialog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "labels.h"
#include "store/casereader.h"
#include "theme.h"

namespace lintas {
namespace {

const QString kFolderKey = QStringLiteral("report/verifyFolder");

struct Check
{
    QString error;
    QByteArray sha256;
    QList<AuditEntry> signOffs;
    AuditVerdict trail;
};

// Hashes the file as it is on disk, streamed (a report PDF may be large), then looks it up.
Check check(const QString &storePath, const QString &path)
{
    Check result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("ReportVerifyDialog", "Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        result.error = QCoreApplication::translate("ReportVerifyDialog", "Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.sha256 = hash.result();
    const CaseReader reader(storePath);
    if (!reader.isOpen()) {
        result.error = QCoreApplication::translate("ReportVerifyDialog", "The audit trail could not be read: %1")
                           .arg(reader.errorString());
        return result;
    }
    result.signOffs = reader.reportSignOffs(result.sha256);
    result.trail = reader.verifyAuditTrail();
    return result;
}

// The sign-off's detail, "<reportId> <language> sha256=<hex> <file name>", split for reading.
struct SignOffDetail
{
    QString reportId;
    QString language;
    QString fileName;
};

SignOffDetail parseDetail(const AuditEntry &entry)
{
    SignOffDetail detail;
    const QStringList parts = entry.detail.split(QLatin1Char(' '));
    detail.reportId = parts.value(0, entry.entityId);
    detail.language = parts.value(1);
    if (parts.size() > 3)
        detail.fileName = parts.mid(3).join(QLatin1Char(' '));
    return detail;
}

} // namespace

ReportVerifyDialog::ReportVerifyDialog(const SupervisionContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportVerifyDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("verifyFileName"));
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("verifyChoose"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // hashing and the trail take as long as they take: a busy bar, not a percentage
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_result->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("verifyDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_audit = new QLabel(this);
    m_audit->setObjectName(QStringLiteral("verifyAudit"));
    m_audit->setWordWrap(true);
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ReportVerifyDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_detail);
    layout->addWidget(m_audit);
    layout->addStretch(1);
    layout->addLayout(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 44);
    resize(em * 52, em * 22);
    retranslateUi();
}

ReportVerifyDialog::~ReportVerifyDialog() = default;

void ReportVerifyDialog::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Signed report"),
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString(),
        tr("PDF (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    verifyFile(path);
}

void ReportVerifyDialog::verifyFile(const QString &path)
{
    const int generation = ++m_generation;
    m_running = true;
    m_checked = false;
    m_path = path;
    m_error.clear();
    m_signOffs.clear();
    m_sha256.clear();
    showResult();
    const QString storePath = m_context.desk ? m_context.desk->storePath() : QString();
    runInBackground(
        this, [storePath, path] { return check(storePath, path); },
        [this, generation](const Check &result) {
            if (generation != m_generation)
                return; // another file was chosen meanwhile
            m_running = false;
            m_checked = true;
            m_error = result.error;
            m_sha256 = result.sha256;
            m_signOffs = result.signOffs;
            m_trail = result.trail;
            showResult();
            Q_EMIT verified(m_error.isEmpty() && !m_signOffs.isEmpty(), m_error.isEmpty() && m_trail.ok());
        });
}

QString ReportVerifyDialog::resultText() const
{
    return m_result->text();
}

QString ReportVerifyDialog::detailText() const
{
    return m_detail->text();
}

QString ReportVerifyDialog::auditText() const
{
    return m_audit->text();
}

void ReportVerifyDialog::showResult()
{
    render();
    // The verdict and the sign-offs may need more lines than the dialog has: it grows, never cuts them.
    if (QLayout *box = layout(); box && box->hasHeightForWidth()) {
        const int needed = box->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void ReportVerifyDialog::render()
{
    const QString red = QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name());
    m_file->setText(m_path.isEmpty() ? tr("No file chosen yet.") : QDir::toNativeSeparators(m_path));
    m_busy->setVisible(m_running);
    m_choose->setEnabled(!m_running);
    m_result->setStyleSheet(QString());
    m_audit->setStyleSheet(QString());
    if (m_running) {
        m_result->setText(tr("Checking the file against the sign-offs…"));
        m_detail->clear();
        m_audit->clear();
        return;
    }
    if (!m_checked) {
        m_result->clear();
        m_detail->clear();
        m_audit->clear();
        return;
    }
    if (!m_error.isEmpty()) {
        m_result->setText(m_error);
        m_result->setStyleSheet(red);
        m_detail->clear();
        m_audit->clear();
        return;
    }
    const QString hash = tr("SHA-256 of the file: %1").arg(QString::fromLatin1(m_sha256.toHex()));
    if (m_signOffs.isEmpty()) {
        m_result->setText(tr("These bytes match no sign-off: the file was changed after signing, or never signed."));
        m_result->setStyleSheet(red);
        m_detail->setText(hash);
    } else {
        const AuditEntry &first = m_signOffs.first();
        const SignOffDetail detail = parseDetail(first);
        m_result->setText(tr("Signed: report %1, signed off by %2 on %3")
                              .arg(detail.reportId, first.actor,
                                   labels::timestamp(QDateTime::fromMSecsSinceEpoch(first.atMs, Qt::UTC))));
        QStringList lines;
        for (const AuditEntry &entry : m_signOffs) {
            const SignOffDetail d = parseDetail(entry);
            lines.append(tr("Report %1 (%2), file %3: signed off by %4 on %5 at desk %6 (audit entry %7)")
                             .arg(d.reportId, d.language, d.fileName, entry.actor,
                                  labels::timestamp(QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC)), entry.siteId,
                                  QString::number(entry.seq)));
        }
        lines.append(hash);
        m_detail->setText(lines.join(QLatin1Char('\n')));
    }
    if (m_trail.ok()) {
        m_audit->setText(tr("Audit trail intact: %1 entries verified").arg(labels::number(m_trail.entries)));
    } else {
        m_audit->setText(
            tr("The audit trail was tampered with, so this verdict cannot be trusted: %1").arg(m_trail.message));
        m_audit->setStyleSheet(red);
    }
}

void ReportVerifyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportVerifyDialog::retranslateUi()
{
    setWindowTitle(tr("Verify a signed report"));
    m_intro->setText(tr("Choose a report PDF. Its SHA-256 is compared with the sign-offs in the audit trail: a file "
                        "that was signed and not changed since matches exactly one, with who signed it and when."));
    m_choose->setText(tr("&Choose PDF…"));
    m_close->setText(tr("Close"));
    showResult();
}

} // namespace lintas
