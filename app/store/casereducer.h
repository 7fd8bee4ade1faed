#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "casereader.h"
#include "core/casefold.h"
#include "core/cases.h"
#include "core/change.h"

namespace lintas {

// The reducer's part for cases and the article catalogue. A case is whatever foldCase makes of its changes, so
// the tables are rebuilt from the change log rather than patched:
//
//   Reducer::apply(change) ─► CaseReducer::apply    remembers the case or article; keeps an attachment's bytes
//   Reducer::finish()      ─► CaseReducer::finish   each touched case once: its changes from change_log
//                                                   → foldCase → its cases row, case_plates and case_search row;
//                                                   each touched article: replay → articles, article_versions;
//                                                   then the watch hits: plates new to a case that an active
//                                                   watch-list entry names
//
// Runs inside the caller's transaction on the caller's connection; failures throw SqlFailure. The changes must
// be in the change log before finish() (the store logs each one before it is applied).
class CaseReducer
{
public:
    struct Effects
    {
        QList<CaseSummary> cases;  // created cases the batch touched, as they are after it
        QList<QUuid> removedCases; // cases that had their Create before the batch and have none after it
        bool articlesChanged = false;
        QList<WatchHit> watchHits;
    };

    explicit CaseReducer(QString connectionName);
    ~CaseReducer();
    CaseReducer(const CaseReducer &) = delete;
    CaseReducer &operator=(const CaseReducer &) = delete;

    void apply(const Change &change);
    void finish();
    Effects takeEffects(); // also forgets what the batch touched (after a rollback too)

    // Plates (keys) new to a record in this batch; finish() turns the ones on the watch list into hits. The
    // reducer adds an incident's this way; the cases' own are found by finish().
    void addCandidate(const QStringList &newKeys, const WatchHit &source);

    // The cases table's rowid for a case occurring at `at`: the second, shifted left 24 bits, and 24 bits of
    // the id below it, so that rowid order is occurrence order (newest last) and equal seconds tie the same way
    // on every replica (unless two ids share those bits; then the later arrival takes the next free key).
    static qint64 sortKey(const QDateTime &at, const QUuid &id);
    static constexpr int kSortShift = 24;

private:
    // An active watch-list entry (a watch case in state submitted), by plate key.
    struct WatchEntry
    {
        QUuid caseId;
        QString number;
    };
    // The active watch list as the tables hold it now (in finish(): after the batch).
    QHash<QString, WatchEntry> watchList();

    QSqlQuery &query(const QString &sql);
    void storeAttachment(const Change &change);
    void rebuildCase(const QString &id);
    void rebuildArticle(const QString &id);
    ChangeList caseChanges(const QString &id);
    qint64 freeRowid(qint64 wanted);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    QSet<QString> m_touchedCases;
    QSet<QString> m_touchedArticles;
    QStringList m_caseOrder; // first touched first
    QStringList m_articleOrder;
    struct Candidate
    {
        QStringList keys;
        WatchHit source;
    };
    QList<Candidate> m_candidates; // records (cases, incidents) with plates they did not name before the batch
    Effects m_effects;
};

// Every change of one case as the change log holds it, an attachment's content left out (the store keeps the
// bytes in blobs; the fold needs only the sha256, name, mime and size). Throws SqlFailure.
ChangeList loadCaseChanges(QSqlQuery &select, const QString &caseId);
// The statement loadCaseChanges runs: bind the case id.
QString caseChangesSql();

} // namespace lintas
