#include "casereducer.h"

#include <algorithm>
#include <limits>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/articles.h"
#include "core/plates.h"
#include "core/validators.h"
#include "records.h"
#include "searchtext.h"
#include "sqlconnection.h"
#include "storelog.h"

namespace lintas {
namespace {

QString text(const QVariantMap &data, const char *field)
{
    return data.value(QLatin1String(field)).toString().trimmed();
}

QByteArray compactJson(const QVariantMap &map)
{
    return QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact);
}

// The words a case is found by, one text per column of case_search (number, names, nik, plates, articles,
// narrative, other), each normalised with normalizeForSearch.
QStringList searchColumns(const CaseFile &file)
{
    const CaseRecord &record = file.record;
    const QVariantMap &data = record.data;
    QStringList names, niks, plates, articles, narrative, other;
    for (const char *field : {casefield::kOffenderName, casefield::kOwnerName, casefield::kDriverName,
                              casefield::kReporterName, casefield::kOfficerName})
        names << text(data, field);
    for (const char *field : {casefield::kOffenderNik, casefield::kOwnerNik, casefield::kDriverNik})
        niks << text(data, field);
    for (const QVariant &vehicle : data.value(QLatin1String(casefield::kVehicles)).toList()) {
        const QVariantMap map = vehicle.toMap();
        names << text(map, casefield::kDriverName);
        niks << text(map, casefield::kDriverNik);
        other << text(map, casefield::kSimNumber) << text(map, casefield::kVehicleMake);
    }
    for (const QVariant &victim : data.value(QLatin1String(casefield::kVictims)).toList()) {
        const QVariantMap map = victim.toMap();
        names << map.value(QStringLiteral("name")).toString();
        niks << map.value(QStringLiteral("nik")).toString();
    }
    // A plate is found by its key ("b1234xyz": whatever the spacing typed) and by its parts ("b 1234 xyz").
    for (const QString &plate : record.plates())
        plates << plateKey(plate).toLower() << plate;

    // Articles by code ("287 1") and citation ("pasal 287 ayat 1 jo pasal 106 ayat 4 huruf a"); the snapshot
    // charged knows the jo chain.
    QStringList codes;
    for (const char *field : {casefield::kArticles, casefield::kConfirmedArticles})
        for (const QVariant &code : data.value(QLatin1String(field)).toList())
            if (!codes.contains(code.toString()))
                codes << code.toString();
    QHash<QString, QString> citations;
    for (const QVariant &charged : data.value(QLatin1String(casefield::kCharged)).toList()) {
        const ChargedArticle article = ChargedArticle::fromMap(charged.toMap());
        citations.insert(article.code, article.citation);
        if (!codes.contains(article.code))
            codes << article.code;
    }
    for (const QString &code : std::as_const(codes))
        articles << code << citations.value(code, citationOf(code));

    narrative << text(data, casefield::kNarrative) << text(data, casefield::kPlace)
              << text(data, casefield::kRejectedReason);
    for (const CaseEvent &event : file.timeline)
        if (event.type == CaseEvent::Type::Note)
            narrative << event.text;
    for (const char *field :
         {casefield::kOfficerNrp, casefield::kSimNumber, casefield::kStnkNumber, casefield::kCameraId,
          casefield::kPoliceReport, casefield::kFrameNumber, casefield::kEngineNumber, casefield::kPaymentCode,
          casefield::kBankRef, casefield::kVehicleMake, casefield::kVehicleColour, casefield::kOffenderAddress})
        other << text(data, field);

    // The number as one word ("etlejakpus2026112800007") with its day and sequence: its kind and station are in
    // thousands of numbers, and searching them as words would only slow every search down (the list filters by
    // kind and station).
    QString number = record.number.toLower();
    number.remove(QLatin1Char('-'));
    const QStringList parts = record.number.split(QLatin1Char('-'));
    QStringList numberWords{normalizeForSearch(number)};
    if (parts.size() >= 4)
        numberWords << parts.at(parts.size() - 2) << parts.last();
    QStringList columns{normalizeForSearch(numberWords.join(QLatin1Char(' ')))};
    for (const QStringList *list : {&names, &niks, &plates, &articles, &narrative, &other}) {
        QStringList words;
        for (const QString &part : *list) {
            const QString normal = normalizeForSearch(part);
            if (!normal.isEmpty())
                words << normal;
        }
        columns << words.join(QLatin1Char(' '));
    }
    return columns;
}

QString hashOf(const QStringList &columns)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(columns.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Md5).toHex());
}

QVariant msValue(const QDateTime &at)
{
    return Records::timeValue(at);
}

QVariant textValue(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Replay order of an article's changes, as foldCase orders a case's.
bool replaysBefore(const Change &a, const Change &b)
{
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    if (a.siteId != b.siteId)
        return a.siteId < b.siteId;
    return a.opId.toString() < b.opId.toString();
}

const QString kVersionField = QStringLiteral("version");
const QString kCodeField = QStringLiteral("code");

} // namespace

QString caseChangesSql()
{
    // The content of an attachment (up to 2 MiB as base64) is left to SQLite to drop: it is never parsed here.
    return QStringLiteral("SELECT op_id, site_id, hlc, actor, entity, entity_id, kind, CASE WHEN kind = 'attach' "
                          "AND json_valid(fields) THEN json_remove(fields, '$.content') ELSE fields END, "
                          "schema_version FROM change_log WHERE entity_id = ? AND entity = 'case'");
}

ChangeList loadCaseChanges(QSqlQuery &select, const QString &caseId)
{
    select.bindValue(0, caseId);
    SqlConnection::exec(select);
    ChangeList changes;
    while (select.next())
        changes.append(Records::change(select, 0));
    select.finish();
    return changes;
}

CaseReducer::CaseReducer(QString connectionName)
    : m_connectionName(std::move(connectionName)), m_db(QSqlDatabase::database(m_connectionName, false))
{
}

CaseReducer::~CaseReducer() = default;

QSqlQuery &CaseReducer::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.insert(sql, SqlConnection::prepare(m_db, sql));
    return it.value();
}

qint64 CaseReducer::sortKey(const QDateTime &at, const QUuid &id)
{
    const qint64 seconds = at.isValid() ? std::max<qint64>(0, at.toSecsSinceEpoch()) : 0;
    const QByteArray bytes = id.toRfc4122();
    const qint64 low =
        (qint64(quint8(bytes.at(13))) << 16) | (qint64(quint8(bytes.at(14))) << 8) | qint64(quint8(bytes.at(15)));
    return (seconds << kSortShift) | low;
}

void CaseReducer::apply(const Change &change)
{
    const QString id = Records::idText(change.entityId);
    if (change.entity == EntityKind::Article) {
        if (!m_touchedArticles.contains(id)) {
            m_touchedArticles.insert(id);
            m_articleOrder.append(id);
        }
        return;
    }
    if (change.entity != EntityKind::Case)
        return;
    if (!m_touchedCases.contains(id)) {
        m_touchedCases.insert(id);
        m_caseOrder.append(id);
    }
    if (change.kind == ChangeKind::Attach)
        storeAttachment(change);
}

// Content-addressed: the bytes are kept once, under the sha256 the change names, and only when they hash to
// it (a change that lies about its content keeps its place in the timeline, but this store holds no bytes for it).
void CaseReducer::storeAttachment(const Change &change)
{
    const QString sha = change.fields.value(QStringLiteral("sha256")).toString().toLower();
    const QString content = change.fields.value(QStringLiteral("content")).toString();
    if (sha.isEmpty() || content.isEmpty())
        return;
    const auto decoded = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        qCWarning(lcStore) << "attachment of" << change.opId << "is not base64: bytes not stored";
        return;
    }
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(*decoded, QCryptographicHash::Sha256).toHex());
    if (actual != sha) {
        qCWarning(lcStore) << "attachment of" << change.opId << "names sha256" << sha << "but its bytes hash to"
                           << actual << ": bytes not stored";
        return;
    }
    QSqlQuery &insert = query(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, bytes) VALUES (?, ?)"));
    insert.bindValue(0, sha);
    insert.bindValue(1, *decoded);
    SqlConnection::exec(insert);
}

ChangeList CaseReducer::caseChanges(const QString &id)
{
    return loadCaseChanges(query(caseChangesSql()), id);
}

qint64 CaseReducer::freeRowid(qint64 wanted)
{
    QSqlQuery &taken = query(QStringLiteral("SELECT 1 FROM cases WHERE rowid = ?"));
    for (qint64 key = wanted;; ++key) {
        taken.bindValue(0, key);
        SqlConnection::exec(taken);
        const bool used = taken.next();
        taken.finish();
        if (!used)
            return key;
    }
}

void CaseReducer::rebuildCase(const QString &id)
{
    // What the tables held before the batch.
    QSqlQuery &before = query(QStringLiteral("SELECT rowid, has_create, search_hash FROM cases WHERE id = ?"));
    before.bindValue(0, id);
    SqlConnection::exec(before);
    const bool existed = before.next();
    const qint64 oldRowid = existed ? before.value(0).toLongLong() : 0;
    const bool hadCreate = existed && before.value(1).toInt() == 1;
    const QString oldHash = existed ? before.value(2).toString() : QString();
    before.finish();
    QSet<QString> oldKeys; // a case's plates are written with its row: none without one
    if (existed) {
        QSqlQuery &platesBefore = query(QStringLiteral("SELECT plate_key FROM case_plates WHERE case_id = ?"));
        platesBefore.bindValue(0, id);
        SqlConnection::exec(platesBefore);
        while (platesBefore.next())
            oldKeys.insert(platesBefore.value(0).toString());
        platesBefore.finish();
    }

    const auto removeSearchRow = [&](qint64 rowid) {
        QSqlQuery &remove = query(QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
        remove.bindValue(0, rowid);
        SqlConnection::exec(remove);
    };
    const auto run = [&](const QString &sql) {
        QSqlQuery &statement = query(sql);
        statement.bindValue(0, id);
        SqlConnection::exec(statement);
    };

    const ChangeList changes = caseChanges(id);
    if (changes.isEmpty()) {
        // Every change of it left the log (refused by the server): nothing is left of the case.
        if (existed) {
            removeSearchRow(oldRowid);
            run(QStringLiteral("DELETE FROM cases WHERE id = ?"));
            run(QStringLiteral("DELETE FROM case_plates WHERE case_id = ?"));
        }
        if (hadCreate)
            m_effects.removedCases.append(QUuid::fromString(id));
        return;
    }

    const CaseFile file = foldCase(changes);
    const CaseRecord &record = file.record;
    const CaseSummary summary = summaryOf(record);

    // Where the case sorts: when it happened, else when it was created, else its first change.
    QDateTime at = summary.occurredAt.isValid() ? summary.occurredAt : record.createdAt;
    if (!at.isValid()) {
        qint64 first = std::numeric_limits<qint64>::max();
        for (const Change &change : changes)
            first = std::min(first, change.hlc.ms());
        at = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC);
    }
    const qint64 wanted = sortKey(at, QUuid::fromString(id));
    const bool sameSecond = existed && (oldRowid >> kSortShift) == (wanted >> kSortShift);
    const qint64 rowid = sameSecond ? oldRowid : freeRowid(wanted);

    if (existed && !sameSecond) {
        removeSearchRow(oldRowid);
        run(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    }

    QStringList columns;
    QString hash;
    if (record.hasCreate) {
        columns = searchColumns(file);
        hash = hashOf(columns);
    }

    const QString paymentCode = text(record.data, casefield::kPaymentCode);
    // In place while the case keeps its second in the order; otherwise under its new rowid (the old row went above).
    static const QString kColumns = QStringLiteral(
        "number, kind, state, station_code, officer_nrp, occurred_at, created_at, created_by, submitted_at, "
        "updated_at, version, void_pending, fine, title, first_plate, payment_code, data, search_hash, has_create");
    const bool inPlace = existed && sameSecond;
    QSqlQuery &write =
        query(inPlace ? QStringLiteral("UPDATE cases SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?) WHERE id = ?")
                            .arg(kColumns)
                      : QStringLiteral("INSERT INTO cases (%1, id, rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kColumns));
    int i = 0;
    write.bindValue(i++, textValue(record.number));
    write.bindValue(i++, record.hasCreate ? QVariant(toString(record.kind)) : QVariant());
    write.bindValue(i++, record.hasCreate ? QVariant(toString(record.state)) : QVariant());
    write.bindValue(i++, textValue(record.stationCode));
    write.bindValue(i++, textValue(record.officerNrp));
    write.bindValue(i++, msValue(summary.occurredAt));
    write.bindValue(i++, msValue(record.createdAt));
    write.bindValue(i++, textValue(record.createdBy));
    write.bindValue(i++, msValue(record.submittedAt));
    write.bindValue(i++, msValue(record.updatedAt));
    write.bindValue(i++, record.version);
    write.bindValue(i++, record.voidPending ? 1 : 0);
    write.bindValue(i++, summary.fine);
    write.bindValue(i++, record.hasCreate ? textValue(summary.title) : QVariant());
    write.bindValue(i++, textValue(summary.plate));
    write.bindValue(i++, textValue(paymentCode));
    write.bindValue(i++, QString::fromUtf8(compactJson(record.data)));
    write.bindValue(i++, textValue(hash));
    write.bindValue(i++, record.hasCreate ? 1 : 0);
    write.bindValue(i++, id);
    if (!inPlace)
        write.bindValue(i++, rowid);
    SqlConnection::exec(write);

    // The search row: rewritten when its words changed or the case moved in the order.
    if (!record.hasCreate) {
        if (existed && sameSecond && !oldHash.isEmpty())
            removeSearchRow(rowid);
    } else if (!sameSecond || hash != oldHash) {
        if (sameSecond && !oldHash.isEmpty())
            removeSearchRow(rowid);
        QSqlQuery &insert = query(QStringLiteral("INSERT INTO case_search (rowid, number, names, nik, plates, "
                                                 "articles, narrative, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bindValue(0, rowid);
        for (int column = 0; column < columns.size(); ++column)
            insert.bindValue(column + 1, columns.at(column));
        SqlConnection::exec(insert);
    }

    // The plates, for typo look-ups and the watch list.
    QStringList keys;
    if (record.hasCreate)
        for (const QString &plate : record.plates())
            if (const QString key = plateKey(plate); !key.isEmpty() && !keys.contains(key))
                keys.append(key);
    const QSet<QString> newKeys(keys.cbegin(), keys.cend());
    if (newKeys != oldKeys) {
        if (!oldKeys.isEmpty())
            run(QStringLiteral("DELETE FROM case_plates WHERE case_id = ?"));
        QSqlQuery &insert = query(QStringLiteral("INSERT INTO case_plates (case_id, plate_key) VALUES (?, ?)"));
        for (const QString &key : std::as_const(keys)) {
            insert.bindValue(0, id);
            insert.bindValue(1, key);
            SqlConnection::exec(insert);
        }
    }

    if (record.hasCreate) {
        m_effects.cases.append(summary);
        QStringList appeared;
        for (const QString &key : std::as_const(keys))
            if (!oldKeys.contains(key))
                appeared.append(key);
        if (!appeared.isEmpty() && record.kind != CaseKind::Watch) {
            WatchHit source;
            source.sourceEntity = QStringLiteral("case");
            source.sourceId = record.id;
            source.sourceNumber = record.number;
            source.sourceKind = toString(record.kind);
            source.place = text(record.data, casefield::kPlace);
            source.at = summary.occurredAt.isValid() ? summary.occurredAt : record.updatedAt;
            addCandidate(appeared, source);
        }
    } else if (hadCreate) {
        m_effects.removedCases.append(record.id);
    }
}

void CaseReducer::rebuildArticle(const QString &id)
{
    QSqlQuery &select = query(QStringLiteral("SELECT %1 FROM change_log WHERE entity_id = ? AND entity = 'article'")
                                  .arg(Records::changeColumns()));
    select.bindValue(0, id);
    SqlConnection::exec(select);
    ChangeList changes;
    while (select.next())
        changes.append(Records::change(select, 0));
    select.finish();
    std::sort(changes.begin(), changes.end(), replaysBefore);

    const auto run = [&](const QString &sql) {
        QSqlQuery &statement = query(sql);
        statement.bindValue(0, id);
        SqlConnection::exec(statement);
    };
    run(QStringLiteral("DELETE FROM article_versions WHERE article_id = ?"));
    run(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    m_effects.articlesChanged = true;

    // The code is the article's identity: the first change that names it says which.
    QString code;
    for (const Change &change : std::as_const(changes))
        if (code.isEmpty() && (change.kind == ChangeKind::Create || change.kind == ChangeKind::Set))
            code = change.fields.value(kCodeField).toString().trimmed();
    if (code.isEmpty())
        return;

    // From the shipped entry (version 1) when there is one; each Create or Set is the next version, its fields
    // over the ones before (last writer wins per field, in replay order).
    QVariantMap state;
    int version = 0;
    if (const auto shipped = ArticleCatalogue::builtIn().byCode(code)) {
        state = shipped->toFields();
        version = 1;
    }
    QSqlQuery &insertVersion = query(
        QStringLiteral("INSERT INTO article_versions (op_id, article_id, code, version, hlc, site_id, actor, fields) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bool changed = false;
    for (const Change &change : std::as_const(changes)) {
        if (change.kind != ChangeKind::Create && change.kind != ChangeKind::Set)
            continue;
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            if (it.key() != kVersionField && it.key() != kCodeField)
                state.insert(it.key(), it.value());
        state.insert(kCodeField, code);
        state.insert(kVersionField, ++version);
        changed = true;
        insertVersion.bindValue(0, Records::idText(change.opId));
        insertVersion.bindValue(1, id);
        insertVersion.bindValue(2, code);
        insertVersion.bindValue(3, version);
        insertVersion.bindValue(4, qint64(change.hlc.packed()));
        insertVersion.bindValue(5, change.siteId);
        insertVersion.bindValue(6, change.actor);
        insertVersion.bindValue(7, QString::fromUtf8(compactJson(state)));
        SqlConnection::exec(insertVersion);
    }
    if (!changed)
        return;
    const Article article = Article::fromFields(state);
    QSqlQuery &insert = query(QStringLiteral("INSERT INTO articles (code, id, jo, text_id, text_en, max_fine, "
                                             "max_jail_months, retired, version, fields) VALUES (?, ?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?)"));
    insert.bindValue(0, code);
    insert.bindValue(1, id);
    insert.bindValue(2, article.jo);
    insert.bindValue(3, article.textId);
    insert.bindValue(4, article.textEn);
    insert.bindValue(5, article.maxFine);
    insert.bindValue(6, article.maxJailMonths);
    insert.bindValue(7, article.retired ? 1 : 0);
    insert.bindValue(8, version);
    insert.bindValue(9, QString::fromUtf8(compactJson(state)));
    SqlConnection::exec(insert);
}

QHash<QString, CaseReducer::WatchEntry> CaseReducer::watchList()
{
    QHash<QString, WatchEntry> list;
    QSqlQuery &select = query(QStringLiteral(
        "SELECT p.plate_key, c.id, c.number FROM cases c JOIN case_plates p ON p.case_id = c.id WHERE c.kind = "
        "'watch' AND c.state = 'submitted' AND c.has_create = 1 ORDER BY c.created_at, c.id"));
    SqlConnection::exec(select);
    while (select.next()) {
        const QString key = select.value(0).toString();
        if (!list.contains(key)) // the oldest entry answers for a plate reported twice
            list.insert(key, {QUuid::fromString(select.value(1).toString()), select.value(2).toString()});
    }
    select.finish();
    return list;
}

void CaseReducer::addCandidate(const QStringList &newKeys, const WatchHit &source)
{
    if (!newKeys.isEmpty())
        m_candidates.append({newKeys, source});
}

void CaseReducer::finish()
{
    // In the order the batch first touched them, so that the notifications follow the batch.
    for (const QString &id : std::as_const(m_articleOrder))
        rebuildArticle(id);
    m_touchedArticles.clear();
    m_articleOrder.clear();
    for (const QString &id : std::as_const(m_caseOrder))
        rebuildCase(id);
    m_touchedCases.clear();
    m_caseOrder.clear();

    // Against the watch list as the batch left it: a capture and the entry that watches for it may arrive together.
    if (!m_candidates.isEmpty()) {
        const QHash<QString, WatchEntry> list = watchList();
        if (!list.isEmpty()) {
            for (const Candidate &candidate : std::as_const(m_candidates)) {
                for (const QString &key : candidate.keys) {
                    const auto entry = list.constFind(key);
                    // A watch case never raises its own alert.
                    if (entry == list.cend() || entry->caseId == candidate.source.sourceId)
                        continue;
                    WatchHit hit = candidate.source;
                    hit.plate = normalizePlate(key);
                    hit.watchCaseId = entry->caseId;
                    hit.watchNumber = entry->number;
                    m_effects.watchHits.append(hit);
                }
            }
        }
        m_candidates.clear();
    }
}

CaseReducer::Effects CaseReducer::takeEffects()
{
    Effects effects = std::move(m_effects);
    m_effects = {};
    m_touchedCases.clear();
    m_touchedArticles.clear();
    m_caseOrder.clear();
    m_articleOrder.clear();
    m_candidates.clear();
    return effects;
}

} // namespace lintas
