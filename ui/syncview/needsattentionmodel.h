#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QList>
#include <QUuid>

#include "store/syncstate.h"

namespace lintas {

// The changes the regional server rejected (the store's quarantine and every SyncSession::changeRejected),
// newest first, told the way a dispatcher reads them: when, what it was ("JAKPUS-20261127-0042: status from
// “Cleared” to “Reported”", "TLG-JAKPUS-20261128-00007: void approved “…”") and why, translated by the
// server's reason code. Rows are only ever added.
class NeedsAttentionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ChangeColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        OpIdRole = Qt::UserRole + 1, // QUuid of the change
        IncidentIdRole,              // QUuid of the incident the change is about (null for a unit's own change)
        ReasonCodeRole,              // "forbidden_role", …
        SortRole,
    };
    Q_ENUM(Role)

    // Turns ids into what the screens show ("JAKPUS-20261127-0042", "JAKPUS-R2-03"); empty when unknown.
    using Labeler = std::function<QString(const QUuid &)>;

    explicit NeedsAttentionModel(QObject *parent = nullptr);

    void setIncidentLabeler(Labeler labeler);
    void setUnitLabeler(Labeler labeler);
    // Cases by their number ("TLG-JAKPUS-20261128-00007").
    void setCaseLabeler(Labeler labeler);

    // Adds what is not there yet (by op id); the quarantine only grows.
    void addChanges(const QList<lintas::QuarantinedChange> &changes);
    void addChange(const lintas::QuarantinedChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QuarantinedChange &changeAt(int row) const { return m_rows.at(row); }
    QUuid incidentIdAt(int row) const;

    // The readable texts, also for tests and tool tips.
    QString describe(const Change &change) const;
    static QString reasonText(const QString &code, const QString &serverReason);

Q_SIGNALS:
    void countChanged(int count);

private:
    // The numbers and callsigns a row's description names, looked up once when the row is added (the
    // labelers may read the store): painting and tool tips never call them. Empty when unknown.
    struct Labels
    {
        QHash<QUuid, QString> incidents;
        QHash<QUuid, QString> units;
        QHash<QUuid, QString> cases;
    };
    Labels labelsFor(const Change &change) const;
    void relabelAll();
    QString describe(const Change &change, const Labels &labels) const;
    QString incidentLabel(const QUuid &id, const Labels &labels) const;
    QString unitLabel(const QUuid &id, const Labels &labels) const;
    QString describeFields(const Change &change) const;
    QString describeCase(const Change &change, const Labels &labels) const;
    QString describeCaseFields(const Change &change) const;
    QString describeArticle(const Change &change) const;
    // A kind of change an incident or unit never makes (a case's correction, void, …), should one arrive.
    QString describeOther(const QString &label, const Change &change) const;
    void refreshAll();

    QList<QuarantinedChange> m_rows; // newest rejection first
    QList<Labels> m_labels;          // per row, alongside m_rows
    QSet<QUuid> m_known;             // op ids present
    Labeler m_incidentLabeler;
    Labeler m_unitLabeler;
    Labeler m_caseLabeler;
};

} // namespace lintas
