#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include "analytics/exchange/exchangescope.h"
#include "core/incident.h"
#include "supervision/supervisioncontext.h"

class QAction;
class QMenu;

namespace lintas {

// "Data exchange": export incidents (with units and timeline) as NENA EIDO JSON and import them; export a road
// closure or hazard as a CAP 1.2 alert; export incidents and cases as GeoJSON and CSV. Its menu goes into the
// Analysis menu.
//
//   action ─► scope / incident chooser ─► file dialog ─► exportX / importEido(path)   (GUI thread)
//                                                          │ runInBackground: read the store on a read-only
//                                                          │ connection of the worker, read or write the file
//                                                          ▼
//   message box (the record and field that is wrong) ◄── done ──► import: StoreService::submit, one batch
//
// The methods taking a path are the actions' code paths without their dialogs, for tests; every outcome is also
// announced by finished().
class ExchangeMenu : public QObject
{
    Q_OBJECT
public:
    ExchangeMenu(const SupervisionContext &context, QObject *parent = nullptr);
    ~ExchangeMenu() override;

    QMenu *menu() const { return m_menu; }
    QList<QAction *> actions() const; // menu order
    QAction *action(const QString &objectName) const;

    // Where the main window's selected incident comes from (offered first by the EIDO and CAP exports).
    void setSelectedIncident(std::function<std::optional<Incident>()> selected);

    // The actions, with their dialogs.
    void exportEidoInteractively();
    void importEidoInteractively();
    void exportCapInteractively();
    void exportIncidentsInteractively();
    void exportCasesInteractively();

    // The same without dialogs. `incidentId` null: the scope's incidents.
    void exportEido(const QUuid &incidentId, const ExchangeScope &scope, const QString &path);
    void importEido(const QString &path);
    void exportCap(const QUuid &incidentId, const QString &path);
    void exportIncidents(const ExchangeScope &scope, bool csv, const QString &path);
    void exportCases(const ExchangeScope &scope, bool csv, const QString &path);

    // Whether the message boxes are shown (tests that only watch finished() turn them off).
    void setShowsMessages(bool shows) { m_showsMessages = shows; }

Q_SIGNALS:
    // A job is over: its outcome as the message box says it.
    void finished(bool ok, const QString &message);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();
    void updateEnabled();
    void report(bool ok, const QString &title, const QString &message);
    QString saveFileName(const QString &title, const QString &suggested, const QString &filter);
    QDate today() const;

    SupervisionContext m_context;
    QMenu *m_menu = nullptr;
    QAction *m_exportEido = nullptr;
    QAction *m_importEido = nullptr;
    QAction *m_exportCap = nullptr;
    QAction *m_exportIncidents = nullptr;
    QAction *m_exportCases = nullptr;
    std::function<std::optional<Incident>()> m_selected;
    bool m_showsMessages = true;
    bool m_importing = false;
};

} // namespace lintas
