#include "exchangemenu.h"

#include <memory>

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QSaveFile>
#include <QTimeZone>

#include "actiontext.h"
#include "analytics/exchange/capalert.h"
#include "analytics/exchange/csvexport.h"
#include "analytics/exchange/eidoimport.h"
#include "analytics/exchange/eidoreader.h"
#include "analytics/exchange/eidowriter.h"
#include "analytics/exchange/exchangereader.h"
#include "analytics/exchange/geojsonexport.h"
#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "exchangescopedialog.h"
#include "incidentchooserdialog.h"
#include "core/changefactory.h"
#include "messagebox.h"
#include "store/storereader.h"
#include "store/storeservice.h"

namespace lintas {

namespace {

// What a worker hands back: whether it went well, and the words for the message box.
struct JobResult
{
    bool ok = false;
    QString message;
};

// What the import's worker found: the file's incidents and what the store holds of them, or the first problem.
struct ImportRead
{
    QString error;
    QList<EidoIncident> incidents;
    EidoStoreState state;
};

JobResult writeFile(const QString &path, const QByteArray &bytes, const QString &done)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {false,
                ExchangeMenu::tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return {true, done};
}

QString storeProblem(const QString &storePath)
{
    const QString error = ExchangeReader(storePath).errorString();
    return error.isEmpty() ? QString() : ExchangeMenu::tr("The store cannot be read: %1").arg(error);
}

} // namespace

ExchangeMenu::ExchangeMenu(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("exchangeMenu"));
    auto add = [this](const char *name, void (ExchangeMenu::*slot)()) {
        auto *action = m_menu->addAction(QString());
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_exportEido = add("exportEidoAction", &ExchangeMenu::exportEidoInteractively);
    m_importEido = add("importEidoAction", &ExchangeMenu::importEidoInteractively);
    m_menu->addSeparator();
    m_exportCap = add("exportCapAction", &ExchangeMenu::exportCapInteractively);
    m_menu->addSeparator();
    m_exportIncidents = add("exportIncidentsAction", &ExchangeMenu::exportIncidentsInteractively);
    m_exportCases = add("exportCasesAction", &ExchangeMenu::exportCasesInteractively);
    // Keyboard-first: every action has its keys (Ctrl+Alt and the format's letter).
    m_exportEido->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    m_importEido->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_exportCap->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_exportIncidents->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    m_exportCases->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    for (QAction *action : m_menu->actions())
        action->setShortcutContext(Qt::ApplicationShortcut);
    m_menu->installEventFilter(this);
    if (m_context.desk)
        connect(m_context.desk, &CaseDesk::actorChanged, this, &ExchangeMenu::updateEnabled);
    retranslate();
    updateEnabled();
}

ExchangeMenu::~ExchangeMenu()
{
    delete m_menu;
}

QList<QAction *> ExchangeMenu::actions() const
{
    return {m_exportEido, m_importEido, m_exportCap, m_exportIncidents, m_exportCases};
}

QAction *ExchangeMenu::action(const QString &objectName) const
{
    for (QAction *action : actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

void ExchangeMenu::setSelectedIncident(std::function<std::optional<Incident>()> selected)
{
    m_selected = std::move(selected);
}

QDate ExchangeMenu::today() const
{
    const QDateTime now = m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc();
    return now.toTimeZone(QTimeZone(kExchangeWibOffsetSeconds)).date();
}

void ExchangeMenu::updateEnabled()
{
    const bool hasStore = m_context.desk && !m_context.desk->storePath().isEmpty();
    for (QAction *action : actions())
        action->setEnabled(hasStore);
    // An auditor reads; an import writes records.
    m_importEido->setEnabled(hasStore && !m_context.desk->isAuditor() && !m_importing);
}

void ExchangeMenu::report(bool ok, const QString &title, const QString &message)
{
    if (m_showsMessages) {
        if (ok)
            MessageBox::information(m_context.window, title, message);
        else
            MessageBox::critical(m_context.window, title, message);
    }
    Q_EMIT finished(ok, message);
}

QString ExchangeMenu::saveFileName(const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_context.window, title, suggested, filter);
}

// ── the actions with their dialogs ──────────────────────────────────────────────────────────────────────────────

void ExchangeMenu::exportEidoInteractively()
{
    const std::optional<Incident> selected = m_selected ? m_selected() : std::nullopt;
    ExchangeScopeDialog dialog(tr("Export incidents as EIDO"), ExchangeScopeDialog::Format::None,
                               selected ? selected->number : QString(), today(), m_context.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool one = dialog.selectedIncidentOnly() && selected;
    const ExchangeScope scope = dialog.scope();
    const QString suggested =
        one ? QStringLiteral("eido-%1.json").arg(selected->number)
            : QStringLiteral("eido-%1-%2.json")
                  .arg(scope.from.toString(QStringLiteral("yyyyMMdd")), scope.to.toString(QStringLiteral("yyyyMMdd")));
    const QString path = saveFileName(tr("Export incidents as EIDO"), suggested, tr("EIDO JSON (*.json)"));
    if (!path.isEmpty())
        exportEido(one ? selected->id : QUuid(), scope, path);
}

void ExchangeMenu::importEidoInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_context.window, tr("Import EIDO"), QString(),
                                                      tr("EIDO JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importEido(path);
}

void ExchangeMenu::exportCapInteractively()
{
    if (!m_context.desk)
        return;
    const QUuid preselected = m_selected ? m_selected().value_or(Incident()).id : QUuid();
    const QString storePath = m_context.desk->storePath();
    runInBackground(
        this, [storePath] { return StoreReader(storePath).openIncidents(); },
        [this, preselected](const QList<Incident> &incidents) {
            if (incidents.isEmpty()) {
                report(false, tr("Road alert (CAP)"), tr("There is no open incident to announce."));
                return;
            }
            IncidentChooserDialog chooser(incidents, preselected, m_context.window);
            if (chooser.exec() != QDialog::Accepted || chooser.chosen().isNull())
                return;
            QString number;
            for (const Incident &incident : incidents)
                if (incident.id == chooser.chosen())
                    number = incident.number;
            const QString path = saveFileName(tr("Export road alert (CAP)"), QStringLiteral("cap-%1.xml").arg(number),
                                              tr("CAP 1.2 alert (*.xml)"));
            if (!path.isEmpty())
                exportCap(chooser.chosen(), path);
        });
}

void ExchangeMenu::exportIncidentsInteractively()
{
    ExchangeScopeDialog dialog(tr("Export incidents"), ExchangeScopeDialog::Format::GeoJson, QString(), today(),
                               m_context.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool csv = dialog.csv();
    const ExchangeScope scope = dialog.scope();
    const QString suggested =
        QStringLiteral("incidents-%1-%2.%3")
            .arg(scope.from.toString(QStringLiteral("yyyyMMdd")), scope.to.toString(QStringLiteral("yyyyMMdd")),
                 csv ? QStringLiteral("csv") : QStringLiteral("geojson"));
    const QString path =
        saveFileName(tr("Export incidents"), suggested, csv ? tr("CSV (*.csv)") : tr("GeoJSON (*.geojson *.json)"));
    if (!path.isEmpty())
        exportIncidents(scope, csv, path);
}

void ExchangeMenu::exportCasesInteractively()
{
    ExchangeScopeDialog dialog(tr("Export cases"), ExchangeScopeDialog::Format::GeoJson, QString(), today(),
                               m_context.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool csv = dialog.csv();
    const ExchangeScope scope = dialog.scope();
    const QString suggested =
        QStringLiteral("cases-%1-%2.%3")
            .arg(scope.from.toString(QStringLiteral("yyyyMMdd")), scope.to.toString(QStringLiteral("yyyyMMdd")),
                 csv ? QStringLiteral("csv") : QStringLiteral("geojson"));
    const QString path =
        saveFileName(tr("Export cases"), suggested, csv ? tr("CSV (*.csv)") : tr("GeoJSON (*.geojson *.json)"));
    if (!path.isEmpty())
        exportCases(scope, csv, path);
}

// ── the work, on the worker pool ────────────────────────────────────────────────────────────────────────────────

void ExchangeMenu::exportEido(const QUuid &incidentId, const ExchangeScope &scope, const QString &path)
{
    if (!m_context.desk)
        return;
    const QString storePath = m_context.desk->storePath();
    runInBackground(
        this,
        [storePath, incidentId, scope, path]() -> JobResult {
            if (const QString problem = storeProblem(storePath); !problem.isEmpty())
                return {false, problem};
            const ExchangeReader reader(storePath);
            QList<ExchangeIncident> records;
            if (!incidentId.isNull()) {
                if (const auto record = reader.incident(incidentId))
                    records.append(*record);
                else
                    return {false, tr("The incident is not in the store.")};
            } else {
                records = reader.incidents(scope);
            }
            if (records.isEmpty())
                return {false, tr("No incident was reported in that period and station; nothing was written.")};
            return writeFile(path, EidoWriter().document(records),
                             tr("%n incident(s) written to %1 as NENA EIDO.", nullptr, int(records.size()))
                                 .arg(QFileInfo(path).fileName()));
        },
        [this](const JobResult &result) { report(result.ok, tr("Export incidents as EIDO"), result.message); });
}

void ExchangeMenu::importEido(const QString &path)
{
    if (!m_context.desk || m_importing)
        return;
    m_importing = true;
    updateEnabled();
    const QString storePath = m_context.desk->storePath();
    runInBackground(
        this,
        [storePath, path]() -> ImportRead {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), {}, {}};
            const EidoReadResult read = EidoReader::read(file.readAll());
            if (!read.ok())
                return {tr("%1: %2").arg(QFileInfo(path).fileName(), read.error), {}, {}};
            const StoreReader reader(storePath);
            if (!reader.isOpen())
                return {tr("The store cannot be read: %1").arg(reader.errorString()), {}, {}};
            return {QString(), read.incidents, EidoImport::lookUp(read.incidents, reader)};
        },
        [this](const ImportRead &read) {
            const QString title = tr("Import EIDO");
            const auto finish = [this, title](bool ok, const QString &message) {
                m_importing = false;
                updateEnabled();
                report(ok, title, message);
            };
            if (!read.error.isEmpty()) {
                finish(false, read.error + QLatin1Char('\n') + tr("Nothing was imported."));
                return;
            }
            const EidoImportPlan plan = EidoImport::plan(read.incidents, read.state, *m_context.desk->changes());
            if (plan.isEmpty()) {
                finish(true, tr("Nothing new: every incident and note in the file is already present (%1).")
                                 .arg(plan.alreadyPresent.join(QStringLiteral(", "))));
                return;
            }
            // The account's rights, per record: an incident's changes are checked against its own station.
            QHash<QUuid, QString> stations;
            for (const EidoIncident &eido : read.incidents)
                stations.insert(eido.incident.id, eido.incident.stationCode);
            for (const Change &change : plan.changes) {
                if (const auto refusal = m_context.desk->refusalFor(change, stations.value(change.entityId))) {
                    finish(false, refusal->reason + QLatin1Char('\n') + tr("Nothing was imported."));
                    return;
                }
            }
            // One batch: the store commits all of it or none. Its answer is the next committed/rejected.
            StoreService *service = m_context.desk->service();
            auto connections = std::make_shared<QList<QMetaObject::Connection>>();
            const auto done = [this, connections, finish](bool ok, const QString &message) {
                for (const QMetaObject::Connection &connection : std::as_const(*connections))
                    disconnect(connection);
                finish(ok, message);
            };
            const QString summary = plan.summary();
            connections->append(connect(service, &StoreService::committed, this,
                                        [done, summary](const QList<QUuid> &) { done(true, summary); }));
            connections->append(connect(service, &StoreService::rejected, this, [done](const QString &message) {
                done(false, tr("The store refused the import: %1").arg(message) + QLatin1Char('\n') +
                                tr("Nothing was imported."));
            }));
            service->submit(plan.changes);
        });
}

void ExchangeMenu::exportCap(const QUuid &incidentId, const QString &path)
{
    if (!m_context.desk)
        return;
    const QString storePath = m_context.desk->storePath();
    const QDateTime now = m_context.desk->now();
    runInBackground(
        this,
        [storePath, incidentId, path, now]() -> JobResult {
            const auto incident = StoreReader(storePath).incident(incidentId);
            if (!incident)
                return {false, tr("The incident is not in the store.")};
            if (const QString refusal = CapAlert::refusal(*incident); !refusal.isEmpty())
                return {false, refusal};
            CapAlert::Options options;
            options.sent = now;
            return writeFile(path, CapAlert::xml(*incident, options),
                             tr("The road alert for %1 was written to %2 (CAP 1.2, Indonesian and English).")
                                 .arg(incident->number, QFileInfo(path).fileName()));
        },
        [this](const JobResult &result) { report(result.ok, tr("Export road alert (CAP)"), result.message); });
}

void ExchangeMenu::exportIncidents(const ExchangeScope &scope, bool csv, const QString &path)
{
    if (!m_context.desk)
        return;
    const QString storePath = m_context.desk->storePath();
    runInBackground(
        this,
        [storePath, scope, csv, path]() -> JobResult {
            if (const QString problem = storeProblem(storePath); !problem.isEmpty())
                return {false, problem};
            const QList<ExchangeIncident> records = ExchangeReader(storePath).incidents(scope);
            return writeFile(
                path, csv ? CsvExport::incidents(records) : GeoJsonExport::incidents(records),
                tr("%n incident(s) written to %1.", nullptr, int(records.size())).arg(QFileInfo(path).fileName()));
        },
        [this](const JobResult &result) { report(result.ok, tr("Export incidents"), result.message); });
}

void ExchangeMenu::exportCases(const ExchangeScope &scope, bool csv, const QString &path)
{
    if (!m_context.desk)
        return;
    const QString storePath = m_context.desk->storePath();
    runInBackground(
        this,
        [storePath, scope, csv, path]() -> JobResult {
            if (const QString problem = storeProblem(storePath); !problem.isEmpty())
                return {false, problem};
            const QList<ExchangeCase> records = ExchangeReader(storePath).cases(scope);
            return writeFile(
                path, csv ? CsvExport::cases(records) : GeoJsonExport::cases(records),
                tr("%n case(s) written to %1.", nullptr, int(records.size())).arg(QFileInfo(path).fileName()));
        },
        [this](const JobResult &result) { report(result.ok, tr("Export cases"), result.message); });
}

bool ExchangeMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExchangeMenu::retranslate()
{
    m_menu->setTitle(tr("Data e&xchange"));
    describeAction(m_exportEido, tr("Export incidents as &EIDO…"),
                   tr("The selected incident or a period's incidents, with units and timeline, as NENA EIDO JSON"));
    describeAction(m_importEido, tr("&Import EIDO…"),
                   tr("Incidents and notes from a NENA EIDO JSON file; a file with any error imports nothing"));
    describeAction(m_exportCap, tr("Export road &alert (CAP)…"),
                   tr("A road closure or hazard as an OASIS CAP 1.2 alert in Indonesian and English"));
    describeAction(m_exportIncidents, tr("Export i&ncidents (GeoJSON / CSV)…"),
                   tr("A period's incidents for a map or a spreadsheet"));
    describeAction(m_exportCases, tr("Export &cases (GeoJSON / CSV)…"),
                   tr("A period's cases (violations, ETLE tickets, accidents) for a map or a spreadsheet"));
}

} // namespace lintas
