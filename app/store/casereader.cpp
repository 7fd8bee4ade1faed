#include "casereader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "casereducer.h"
#include "core/plates.h"
#include "core/roles.h"
#include "core/stations.h"
#include "records.h"
#include "schema.h"
#include "searchtext.h"
#include "sqlconnection.h"
#include "storelog.h"

namespace lintas {
namespace {

// lupdate files these strings under the enclosing class, so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::CaseReader", text);
}

constexpr int kWibOffsetSeconds = 7 * 3600;

const QString kSummaryColumns =
    QStringLiteral("c.id, c.number, c.kind, c.state, c.station_code, c.officer_nrp, c.title, c.first_plate, "
                   "c.occurred_at, c.updated_at, c.void_pending, c.fine");
constexpr int kSummaryColumnCount = 12;

CaseSummary summaryFromRow(const QSqlQuery &q)
{
    CaseSummary summary;
    summary.id = QUuid::fromString(q.value(0).toString());
    summary.number = q.value(1).toString();
    summary.kind = caseKindFromString(q.value(2).toString());
    summary.state = caseStateFromString(q.value(3).toString());
    summary.stationCode = q.value(4).toString();
    summary.officerNrp = q.value(5).toString();
    summary.title = q.value(6).toString();
    summary.plate = q.value(7).toString();
    summary.occurredAt = Records::time(q.value(8));
    summary.updatedAt = Records::time(q.value(9));
    summary.voidPending = q.value(10).toInt() == 1;
    summary.fine = q.value(11).toLongLong();
    return summary;
}

// A query on the reader's connection; a failure logs and reads as no rows (readers never throw at the UI).
class Read
{
public:
    Read(const QString &connection, const QString &sql, const QVariantList &binds)
        : m_query(QSqlDatabase::database(connection, false))
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql)) {
            qCWarning(lcStore) << "case read failed:" << m_query.lastError().text() << sql;
            return;
        }
        for (int i = 0; i < binds.size(); ++i)
            m_query.bindValue(i, binds.at(i));
        if (!m_query.exec()) {
            qCWarning(lcStore) << "case read failed:" << m_query.lastError().text() << sql;
            return;
        }
        m_ok = true;
    }
    bool next() { return m_ok && m_query.next(); }
    const QSqlQuery &row() const { return m_query; }
    QVariant value(int i) const { return m_query.value(i); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

QList<CaseSummary> summaries(const QString &connection, const QString &sql, const QVariantList &binds)
{
    QList<CaseSummary> out;
    Read read(connection, sql, binds);
    while (read.next())
        out.append(summaryFromRow(read.row()));
    return out;
}

// The station and every station below it.
QStringList subtreeOf(const QString &code)
{
    const StationDirectory &stations = StationDirectory::builtIn();
    QStringList codes{code};
    for (qsizetype i = 0; i < codes.size(); ++i)
        for (const Station &child : stations.children(codes.at(i)))
            if (!codes.contains(child.code))
                codes.append(child.code);
    return codes;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The filters of a query as SQL over `cases c`, with their values. Kind, state and station are written so that
// SQLite keeps walking the rows newest first (the rowid) instead of sorting whatever an index on them yields:
// each of them keeps a good share of the rows, so the first `limit` hits come soon.
struct Filter
{
    QString sql;
    QVariantList binds;
};

Filter filterOf(const CaseQuery &query, const QString &rowid)
{
    Filter filter;
    QStringList terms{QStringLiteral("c.has_create = 1")};
    if (!query.kinds.isEmpty()) {
        terms << QStringLiteral("+c.kind IN (%1)").arg(placeholders(query.kinds.size()));
        for (const CaseKind kind : query.kinds)
            filter.binds << toString(kind);
    }
    if (!query.states.isEmpty()) {
        terms << QStringLiteral("+c.state IN (%1)").arg(placeholders(query.states.size()));
        for (const CaseState state : query.states)
            filter.binds << toString(state);
    }
    if (!query.officerNrp.isEmpty()) {
        terms << QStringLiteral("c.officer_nrp = ?");
        filter.binds << query.officerNrp;
    }
    if (!query.stationCode.isEmpty()) {
        const QStringList codes = subtreeOf(query.stationCode);
        terms << QStringLiteral("+c.station_code IN (%1)").arg(placeholders(codes.size()));
        for (const QString &code : codes)
            filter.binds << code;
    }
    // Dates are WIB days; the rowid is the occurrence second shifted left, so a day is a rowid range.
    const auto dayStart = [](const QDate &day) { return QDateTime(day, QTime(0, 0), QTimeZone(kWibOffsetSeconds)); };
    if (query.from.isValid()) {
        terms << rowid + QStringLiteral(" >= ?");
        filter.binds << CaseReducer::sortKey(dayStart(query.from), QUuid());
    }
    if (query.to.isValid()) {
        terms << rowid + QStringLiteral(" < ?");
        filter.binds << CaseReducer::sortKey(dayStart(query.to.addDays(1)), QUuid());
    }
    if (query.voidPendingOnly)
        terms << QStringLiteral("c.void_pending = 1");
    filter.sql = terms.join(QStringLiteral(" AND "));
    return filter;
}

// The words of a search as an FTS5 query: plates written any way ("b 1234xyz", "B-1234-XYZ") become their key,
// matched as a prefix; a word of one character must match a whole word ("b" alone would otherwise mean every
// word starting with b); every other word is a prefix.
QString matchQueryOf(const QString &text)
{
    QStringList terms;
    const QStringList words = normalizeForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList keys;
    for (const QString &key : findPlateKeys(text))
        keys << key.toLower();
    if (keys.isEmpty() && words.size() == 1 && looksLikePlateKey(plateKey(text)))
        keys << plateKey(text).toLower(); // plate-shaped, of a region the catalogue does not know ("XX1234")
    for (const QString &key : std::as_const(keys))
        terms << QLatin1Char('"') + key + QStringLiteral("\"*");
    for (qsizetype i = 0; i < words.size(); ++i) {
        // The words that spell one of the plates ("b", "1234", "xyz") are in it already.
        qsizetype spelled = 0;
        QString joined;
        for (qsizetype j = i; j < words.size() && j < i + 3; ++j) {
            joined += words.at(j);
            if (keys.contains(joined))
                spelled = j - i + 1;
        }
        if (spelled > 0) {
            i += spelled - 1;
            continue;
        }
        const QString &word = words.at(i);
        terms << (word.size() == 1 ? QLatin1Char('"') + word + QLatin1Char('"')
                                   : QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

// "ETLE-JAKPUS-20261128-00007", or its beginning: looked up by number rather than by words (every number shares
// its kind and station with thousands of others).
QString numberPrefixOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(TLG|ETLE|LAKA|BOLO)([ \\-_][A-Z0-9 \\-_]*)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return {};
    QString prefix = trimmed.toUpper();
    prefix.replace(QRegularExpression(QStringLiteral("[ _]+")), QStringLiteral("-"));
    return prefix;
}

} // namespace

QVariantMap CaseQuery::toMap() const
{
    QVariantList kindNames, stateNames;
    for (const CaseKind kind : kinds)
        kindNames << toString(kind);
    for (const CaseState state : states)
        stateNames << toString(state);
    return {
        {QStringLiteral("text"), text},
        {QStringLiteral("kinds"), kindNames},
        {QStringLiteral("states"), stateNames},
        {QStringLiteral("officer_nrp"), officerNrp},
        {QStringLiteral("station_code"), stationCode},
        {QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), to.isValid() ? to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("void_pending_only"), voidPendingOnly},
        {QStringLiteral("limit"), limit},
    };
}

CaseQuery CaseQuery::fromMap(const QVariantMap &map)
{
    CaseQuery query;
    query.text = map.value(QStringLiteral("text")).toString();
    for (const QVariant &name : map.value(QStringLiteral("kinds")).toList()) {
        bool ok = false;
        const CaseKind kind = caseKindFromString(name.toString(), &ok);
        if (ok && !query.kinds.contains(kind))
            query.kinds << kind;
    }
    for (const QVariant &name : map.value(QStringLiteral("states")).toList()) {
        bool ok = false;
        const CaseState state = caseStateFromString(name.toString(), &ok);
        if (ok && !query.states.contains(state))
            query.states << state;
    }
    query.officerNrp = map.value(QStringLiteral("officer_nrp")).toString();
    query.stationCode = map.value(QStringLiteral("station_code")).toString();
    query.from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    query.to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    query.voidPendingOnly = map.value(QStringLiteral("void_pending_only")).toBool();
    const int limit = map.value(QStringLiteral("limit"), query.limit).toInt();
    query.limit = limit > 0 ? limit : CaseQuery().limit;
    return query;
}

CaseReader::CaseReader(const QString &storePath)
    : m_connectionName(SqlConnection::uniqueName(QStringLiteral("lintas-cases")))
{
    QString error;
    SqlConnection::open(m_connectionName, storePath, SqlConnection::Mode::ReadOnly, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "case reader could not open" << storePath << error;
}

CaseReader::~CaseReader()
{
    SqlConnection::remove(m_connectionName);
}

bool CaseReader::isOpen() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == Schema::kCurrentVersion;
}

QString CaseReader::errorString() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return db.lastError().text();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() != Schema::kCurrentVersion)
        return tr("The store has schema version %1; this program reads version %2.")
            .arg(q.value(0).toInt())
            .arg(Schema::kCurrentVersion);
    return {};
}

CaseSearchResult CaseReader::search(const CaseQuery &query) const
{
    CaseSearchResult result;
    const int limit = query.limit > 0 ? query.limit : CaseQuery().limit;
    const QString text = query.text.trimmed();

    if (text.isEmpty() || normalizeForSearch(text).isEmpty()) {
        const Filter filter = filterOf(query, QStringLiteral("c.rowid"));
        result.cases = summaries(m_connectionName,
                                 QStringLiteral("SELECT %1 FROM cases c WHERE %2 ORDER BY c.rowid DESC LIMIT ?")
                                     .arg(kSummaryColumns, filter.sql),
                                 filter.binds + QVariantList{limit});
        return result;
    }

    if (const QString prefix = numberPrefixOf(text); !prefix.isEmpty()) {
        const Filter filter = filterOf(query, QStringLiteral("c.rowid"));
        // Newest number first: the index's own order (a day's numbers follow its date), no sort of the matches.
        result.cases = summaries(m_connectionName,
                                 QStringLiteral("SELECT %1 FROM cases c WHERE c.number >= ? AND c.number < ? AND %2 "
                                                "ORDER BY c.number DESC LIMIT ?")
                                     .arg(kSummaryColumns, filter.sql),
                                 QVariantList{prefix, prefix + QChar(0xffff)} + filter.binds + QVariantList{limit});
        if (!result.cases.isEmpty())
            return result;
    }

    // The search index drives, newest first (its rowid is the cases' rowid), and stops at the limit.
    const QString match = matchQueryOf(text);
    if (!match.isEmpty()) {
        const Filter filter = filterOf(query, QStringLiteral("s.rowid"));
        result.cases = summaries(m_connectionName,
                                 QStringLiteral("SELECT %1 FROM case_search s CROSS JOIN cases c ON c.rowid = s.rowid "
                                                "WHERE case_search MATCH ? AND %2 ORDER BY s.rowid DESC LIMIT ?")
                                     .arg(kSummaryColumns, filter.sql),
                                 QVariantList{match} + filter.binds + QVariantList{limit});
    }
    if (!result.cases.isEmpty())
        return result;

    // Nothing for a plate: the plates one typing slip away.
    const QString key = plateKey(text);
    if (!looksLikePlateKey(key))
        return result;
    const QStringList variants = plateTypoVariants(key);
    if (variants.isEmpty())
        return result;
    QString json = QStringLiteral("[");
    for (const QString &variant : variants) // letters and digits only: nothing to escape
        json += (json.size() > 1 ? QStringLiteral(",\"") : QStringLiteral("\"")) + variant + QLatin1Char('"');
    json += QLatin1Char(']');
    const Filter filter = filterOf(query, QStringLiteral("c.rowid"));
    Read read(m_connectionName,
              QStringLiteral("SELECT %1, group_concat(p.plate_key) FROM case_plates p JOIN cases c ON c.id = "
                             "p.case_id WHERE p.plate_key IN (SELECT value FROM json_each(?)) AND %2 GROUP BY c.id "
                             "ORDER BY c.rowid DESC LIMIT ?")
                  .arg(kSummaryColumns, filter.sql),
              QVariantList{json} + filter.binds + QVariantList{limit});
    while (read.next()) {
        result.cases.append(summaryFromRow(read.row()));
        for (const QString &matched : read.value(kSummaryColumnCount).toString().split(QLatin1Char(',')))
            if (!matched.isEmpty() && !result.matchedPlates.contains(matched))
                result.matchedPlates.append(matched);
    }
    result.nearMatches = !result.cases.isEmpty();
    return result;
}

std::optional<CaseFile> CaseReader::caseFile(const QUuid &id) const
{
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    ChangeList changes;
    try {
        if (!select.prepare(caseChangesSql()))
            throw SqlFailure{select.lastError().text()};
        changes = loadCaseChanges(select, Records::idText(id));
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore) << "case" << id << "not read:" << failure.message;
        return std::nullopt;
    }
    if (changes.isEmpty())
        return std::nullopt;
    CaseFile file = foldCase(changes);
    if (!file.record.hasCreate)
        return std::nullopt;
    return file;
}

std::optional<CaseSummary> CaseReader::caseByNumber(const QString &number) const
{
    const QList<CaseSummary> found =
        summaries(m_connectionName,
                  QStringLiteral("SELECT %1 FROM cases c WHERE c.number = ? AND c.has_create = 1 ORDER BY c.id LIMIT 1")
                      .arg(kSummaryColumns),
                  {number.trimmed().toUpper()});
    return found.isEmpty() ? std::nullopt : std::optional<CaseSummary>(found.first());
}

int CaseReader::caseCount() const
{
    Read read(m_connectionName, QStringLiteral("SELECT count(*) FROM cases WHERE has_create = 1"), {});
    return read.next() ? read.value(0).toInt() : 0;
}

QHash<QString, PayableTicket> CaseReader::payableTickets() const
{
    QHash<QString, PayableTicket> tickets;
    Read read(m_connectionName,
              QStringLiteral("SELECT payment_code, id, number, state, fine FROM cases WHERE payment_code IS NOT NULL "
                             "AND has_create = 1 AND kind = 'etle'"),
              {});
    while (read.next()) {
        PayableTicket ticket;
        ticket.caseId = QUuid::fromString(read.value(1).toString());
        ticket.number = read.value(2).toString();
        ticket.state = caseStateFromString(read.value(3).toString());
        ticket.fine = read.value(4).toLongLong();
        tickets.insert(read.value(0).toString(), ticket);
    }
    return tickets;
}

QList<PendingVoid> CaseReader::pendingVoids(const QString &scope) const
{
    QList<PendingVoid> out;
    const QList<CaseSummary> waiting = summaries(
        m_connectionName,
        QStringLiteral("SELECT %1 FROM cases c WHERE c.void_pending = 1 AND c.has_create = 1").arg(kSummaryColumns),
        {});
    for (const CaseSummary &summary : waiting) {
        if (!scope.isEmpty() && !isWithin(summary.stationCode, scope))
            continue;
        const auto file = caseFile(summary.id);
        if (!file)
            continue;
        if (const VoidRequest *request = file->pendingVoid())
            out.append({summary, *request});
    }
    std::sort(out.begin(), out.end(), [](const PendingVoid &a, const PendingVoid &b) {
        return a.request.at != b.request.at ? a.request.at < b.request.at : a.summary.number < b.summary.number;
    });
    return out;
}

QByteArray CaseReader::attachment(const QString &sha256) const
{
    Read read(m_connectionName, QStringLiteral("SELECT bytes FROM blobs WHERE sha256 = ?"), {sha256.toLower()});
    return read.next() ? read.value(0).toByteArray() : QByteArray();
}

QList<CaseSummary> CaseReader::watchList() const
{
    return summaries(m_connectionName,
                     QStringLiteral("SELECT %1 FROM cases c WHERE c.kind = 'watch' AND c.state = 'submitted' AND "
                                    "c.has_create = 1 ORDER BY c.rowid DESC")
                         .arg(kSummaryColumns),
                     {});
}

ArticleCatalogue CaseReader::articleCatalogue() const
{
    QList<Article> stored;
    Read read(m_connectionName, QStringLiteral("SELECT fields, version FROM articles"), {});
    while (read.next()) {
        Article article = Article::fromFields(Change::fieldsFromJson(read.value(0).toString().toUtf8()));
        article.version = read.value(1).toInt();
        stored.append(article);
    }
    return ArticleCatalogue::builtIn().overlaid(stored);
}

QList<Article> CaseReader::articleHistory(const QString &code) const
{
    QList<Article> history;
    if (const auto shipped = ArticleCatalogue::builtIn().byCode(code))
        history.append(*shipped);
    Read read(m_connectionName,
              QStringLiteral("SELECT fields, version FROM article_versions WHERE code = ? ORDER BY version"), {code});
    while (read.next()) {
        Article article = Article::fromFields(Change::fieldsFromJson(read.value(0).toString().toUtf8()));
        article.version = read.value(1).toInt();
        history.append(article);
    }
    return history;
}

QList<AuditEntry> CaseReader::auditEntries(qint64 afterSeq, int limit) const
{
    QList<AuditEntry> entries;
    Read read(m_connectionName,
              QStringLiteral("SELECT seq, body, at, actor, site_id, action, entity, entity_id, detail FROM audit_log "
                             "WHERE seq > ? ORDER BY seq LIMIT ?"),
              {afterSeq, limit});
    while (read.next()) {
        AuditEntry entry;
        // The body is what the chain vouches for; the columns beside it are for listing, and a body that does not
        // parse (altered) is shown from them.
        if (!parseAuditBody(read.value(1).toByteArray(), &entry)) {
            entry.seq = read.value(0).toLongLong();
            entry.atMs = read.value(2).toLongLong();
            entry.actor = read.value(3).toString();
            entry.siteId = read.value(4).toString();
            entry.action = read.value(5).toString();
            entry.entity = read.value(6).toString();
            entry.entityId = read.value(7).toString();
            entry.detail = read.value(8).toString();
        }
        entries.append(entry);
    }
    return entries;
}

qint64 CaseReader::auditCount() const
{
    Read read(m_connectionName, QStringLiteral("SELECT count(*) FROM audit_log"), {});
    return read.next() ? read.value(0).toLongLong() : 0;
}

AuditVerdict CaseReader::verifyAuditTrail() const
{
    AuditChainVerifier verifier;
    // The head the store keeps beside the entries (Store: "audit_head"): a shortened log shows against it.
    Read head(m_connectionName, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"), {});
    if (head.next()) {
        const QString kept = head.value(0).toString();
        verifier.expectHead(kept.section(QLatin1Char(':'), 0, 0).toLongLong(),
                            QByteArray::fromHex(kept.section(QLatin1Char(':'), 1, 1).toLatin1()));
    }
    Read read(m_connectionName, QStringLiteral("SELECT seq, body, hash FROM audit_log ORDER BY rowid"), {});
    while (read.next())
        verifier.add({read.value(0).toLongLong(), read.value(1).toByteArray(), read.value(2).toByteArray()});
    return verifier.finish();
}

QList<AuditEntry> CaseReader::reportSignOffs(const QByteArray &sha256) const
{
    QList<AuditEntry> entries;
    if (sha256.size() != 32)
        return entries;
    // Only the body is searched and read: it is what the chain vouches for. The action and detail columns beside
    // it are copies for listing, outside the hash; filtering on them would let an edit of a column hide a sign-off
    // while the trail still verifies.
    const QString word = QStringLiteral("sha256=") + QString::fromLatin1(sha256.toHex());
    Read read(m_connectionName, QStringLiteral("SELECT body FROM audit_log WHERE instr(body, ?) > 0 ORDER BY seq"),
              {word.toLatin1()});
    while (read.next()) {
        AuditEntry entry;
        if (!parseAuditBody(read.value(0).toByteArray(), &entry))
            continue;
        if (entry.action != QLatin1String("report_signed"))
            continue;
        // The first "sha256=" word is the one the sign-off wrote; a later one is part of the file's name, which
        // may hold any text ("anev sha256=….pdf") and vouches for nothing.
        const QStringList words = entry.detail.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto hashWord = std::find_if(words.cbegin(), words.cend(), [](const QString &candidate) {
            return candidate.startsWith(QLatin1String("sha256="));
        });
        if (hashWord == words.cend() || *hashWord != word)
            continue;
        entries.append(entry);
    }
    return entries;
}

} // namespace lintas
