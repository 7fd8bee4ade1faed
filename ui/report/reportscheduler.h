#pragma once

#include <functional>

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "analytics/dailyreport.h"
#include "supervision/supervisioncontext.h"

class QWidget;

namespace lintas {

// Writes the previous day's report for the desk's Polda (PDF in both languages and CSV) automatically once a day
// at the configured hour (settings), on a worker thread, and tells the supervisor it is ready.
//
//   start() ── check now (catch up: the hour has passed, yesterday's files are missing) ── then every minute
//   check(): WIB hour ≥ report/autoHour and not done today ──► worker: files missing? build, write ──► finished()
//            └► the main window's status bar: "Yesterday's daily report is ready: …" [Open]
//
// Files that exist are kept, so a restart (or a second desk on the same folder) writes nothing twice.
class ReportScheduler : public QObject
{
    Q_OBJECT
public:
    ReportScheduler(const SupervisionContext &context, QObject *parent = nullptr);
    ~ReportScheduler() override;

    void start();
    // The clock the schedule follows (tests); the desk's clock by default.
    void setClock(std::function<QDateTime()> now);
    // One check as the timer makes it.
    void check();

    bool isRunning() const { return m_running; }
    // The Polda whose report is written: the account's, Polda Metro Jaya when none is known.
    QString scopeCode() const;

Q_SIGNALS:
    // A run ended: the day reported, the files written (none when all were there), or an error.
    void finished(const QDate &dayWib, const QStringList &written, const QString &error);
    // The user asked to see the report written (the status bar's "Open"); the Analysis menu shows it in the
    // report window. Without a receiver the PDF opens in the system's viewer.
    void openRequested(const lintas::analytics::ReportScope &scope, const lintas::analytics::ReportPeriod &period);

private:
    QDateTime now() const;
    void notify(const QDate &day, const QStringList &written, const QString &error);
    void clearNotice();

    SupervisionContext m_context;
    std::function<QDateTime()> m_now;
    QTimer m_timer;
    bool m_running = false;
    QDate m_doneDay;            // the WIB day whose check ran (successfully or with nothing to do)
    QDateTime m_retryAt;        // after a failed run: not before
    QPointer<QWidget> m_notice; // in the status bar
};

} // namespace lintas
