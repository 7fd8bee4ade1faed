// Suite "cases": the case panel over a store of 1,000,000 cases (issue: case management; search p95 ≤ 50 ms).
//
//   cached store (built once per schema and generator version, in --data-dir or the temp folder)
//     built through Store::commitLocal in batches of 5,000 changes, as a desk that wrote them would have:
//     violations (offender, vehicle, officer, charges; submitted or closed), ETLE tickets (captured, verified,
//     owner identified), a few accidents and watch-list entries, over two years; then 10,000 tickets waiting
//     for payment (their codes follow from the numbers the store gave them)
//   measurements
//     search (CaseReader::search): 200 typed fragments each of a name, a NIK, a plate without its spacing, and
//       a plate with a typing slip (near matches) → p50, p95
//     case open (CaseReader::caseFile, the fold of its changes) → p50, p95
//     settlement import: payableTickets + matchSettlement + CaseFactory::settle + one commitLocal, 10,000 rows
//     audit chain verification (CaseReader::verifyAuditTrail) → entries/s
//
// The import pays its tickets: the next run tops the store up with 10,000 fresh ones first (not measured).

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include "bench.h"
#include "core/articles.h"
#include "core/casefactory.h"
#include "core/changefactory.h"
#include "core/etle.h"
#include "core/plates.h"
#include "core/stations.h"
#include "core/uuidv7.h"
#include "store/casedemoseeder.h"
#include "store/casereader.h"
#include "store/schema.h"
#include "store/store.h"

namespace lintas::bench {
namespace {

constexpr int kGeneratorVersion = 2;
constexpr int kDefaultCases = 1'000'000;
constexpr int kPayable = 10'000;
constexpr int kQueries = 200;
constexpr int kWarmUp = 10;
constexpr int kChangesPerBatch = 5'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWibOffsetSeconds = 7 * 3600;
const QString kSite = QStringLiteral("bench-desk");

QString isoWib(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(QTimeZone(kWibOffsetSeconds)).toString(Qt::ISODate);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size()))) - 1);
    return values[at];
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Makes the cases: deterministic people, vehicles and places; changes stamped at the case's own time.
class CaseWriter
{
public:
    CaseWriter(Store &store, qint64 endMs)
        : m_store(store), m_endMs(endMs), m_factory(kSite, QStringLiteral("bench"), &m_clock), m_cases(&m_factory),
          m_people(20261128)
    {
        for (const Place &place : Schema::builtInGazetteer())
            m_places.append(place);
        for (const Station &station : StationDirectory::builtIn().children(QStringLiteral("PMJ")))
            if (station.level == StationLevel::Polres)
                m_polres.append(station);
        for (int i = 0; i < 2'000; ++i) {
            const DemoIdentities::Person person = m_people.person();
            m_officers.append({QStringLiteral("%1%2%3")
                                   .arg(m_people.uniform(75, 99))
                                   .arg(m_people.uniform(1, 12), 2, 10, QLatin1Char('0'))
                                   .arg(m_people.uniform(1, 9999), 4, 10, QLatin1Char('0')),
                               QStringLiteral("Brigpol ") + person.name});
        }
    }

    // `count` cases over the two years before the end, in time order, committed in batches.
    bool history(int count, QString *error)
    {
        ChangeList batch;
        QElapsedTimer progress;
        progress.start();
        const qint64 span = 730 * kDay;
        for (int i = 0; i < count; ++i) {
            const qint64 at = m_endMs - span + qint64(double(span) * i / count) + m_people.uniform(0, 59) * 1000;
            const int roll = m_people.uniform(1, 1000);
            if (roll <= 560)
                batch += violation(at);
            else if (roll <= 978)
                batch += ticket(at, false);
            else if (roll <= 998)
                batch += accident(at);
            else
                batch += watch(at);
            if (batch.size() >= kChangesPerBatch || i == count - 1) {
                if (!commit(batch, error))
                    return false;
                batch.clear();
            }
            if (progress.elapsed() > 30'000) {
                progress.restart();
                std::fprintf(stderr, "  %d cases\n", i + 1);
            }
        }
        return true;
    }

    // `count` ETLE tickets taken to payment_issued (two days after their capture) in the days before the end;
    // their codes need the store's numbers.
    bool payable(int count, QString *error)
    {
        ChangeList changes;
        for (int i = 0; i < count; ++i)
            changes += ticket(m_endMs - 6 * kDay + qint64(3.0 * kDay * i / count), true);
        m_changes += changes.size();
        return commitDemoCases(m_store, changes, true, error, kChangesPerBatch);
    }

    qint64 changesMade() const { return m_changes; }

private:
    struct Officer
    {
        QString nrp;
        QString name;
    };

    Change stamp(Change change, qint64 ms, const QUuid &id)
    {
        change.hlc = Hlc::fromParts(ms, m_counter++);
        change.opId = uuidV7At(ms);
        change.entityId = id;
        return change;
    }

    const Place &place() { return m_places.at(m_people.uniform(0, int(m_places.size()) - 1)); }

    QString polresNear(const Place &where) const
    {
        const Station *best = nullptr;
        double bestKm2 = 1e18;
        for (const Station &station : m_polres) {
            const double dy = station.latitude - where.latitude, dx = station.longitude - where.longitude;
            if (dx * dx + dy * dy < bestKm2) {
                bestKm2 = dx * dx + dy * dy;
                best = &station;
            }
        }
        return best ? best->code : QStringLiteral("JAKPUS");
    }

    QVariantMap common(const Place &where, qint64 at, const Officer &officer)
    {
        return {
            {key(casefield::kOfficerNrp), officer.nrp},  {key(casefield::kOfficerName), officer.name},
            {key(casefield::kOccurredAt), isoWib(at)},   {key(casefield::kPlace), where.name},
            {key(casefield::kLatitude), where.latitude}, {key(casefield::kLongitude), where.longitude},
        };
    }

    void merge(QVariantMap &data, const QVariantMap &more)
    {
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            data.insert(it.key(), it.value());
    }

    ChangeList violation(qint64 at)
    {
        static const char *const kR2[] = {"291(1)", "287(1)", "287(2)", "281", "288(1)", "283"};
        static const char *const kR4[] = {"287(1)", "287(2)", "289", "283", "281", "288(1)"};
        const Place &where = place();
        const Officer &officer = m_officers.at(m_people.uniform(0, int(m_officers.size()) - 1));
        const DemoIdentities::Person offender = m_people.person();
        const DemoIdentities::Vehicle vehicle = m_people.vehicle();
        const bool r2 = vehicle.kind == QLatin1String("r2");
        const QString code = QLatin1String(r2 ? kR2[m_people.uniform(0, 5)] : kR4[m_people.uniform(0, 5)]);
        QVariantMap data = common(where, at, officer);
        merge(data, {
                        {key(casefield::kOffenderName), offender.name},
                        {key(casefield::kOffenderNik), offender.nik},
                        {key(casefield::kOffenderAddress), offender.address},
                        {key(casefield::kSimNumber), m_people.simNumber()},
                        {key(casefield::kSimClass), DemoIdentities::simClassFor(vehicle.kind)},
                        {key(casefield::kPlate), vehicle.plate},
                        {key(casefield::kVehicleKind), vehicle.kind},
                        {key(casefield::kVehicleMake), vehicle.make},
                        {key(casefield::kVehicleColour), vehicle.colour},
                        {key(casefield::kStnkNumber), vehicle.stnkNumber},
                        {key(casefield::kOutcome), QStringLiteral("tilang")},
                        {key(casefield::kNarrative),
                         QStringLiteral("%1 %2 ditindak di %3.").arg(vehicle.make, vehicle.plate, where.name)},
                    });
        merge(data, m_cases.chargeFields({code}, ArticleCatalogue::builtIn()));
        CaseRecord record;
        record.id = newUuidV7();
        record.kind = CaseKind::Violation;
        record.state = CaseState::Draft;
        ChangeList out{
            stamp(m_cases.createCase(CaseKind::Violation, polresNear(where), data), at + 10 * kMinute, record.id)};
        out.append(stamp(m_cases.submitCase(record), at + 40 * kMinute, record.id));
        record.state = CaseState::Submitted;
        if (m_people.chance(0.6) && at + 5 * kDay < m_endMs)
            out.append(stamp(m_cases.moveCase(record, CaseState::Closed), at + 4 * kDay, record.id));
        m_changes += out.size();
        return out;
    }

    ChangeList ticket(qint64 at, bool toPayment)
    {
        const Place &where = place();
        const DemoIdentities::Vehicle vehicle = m_people.vehicle();
        const bool speed = m_people.chance(0.6);
        QString plateRead = vehicle.plate;
        plateRead.remove(QLatin1Char(' '));
        QVariantMap data{
            {key(casefield::kCameraId),
             QStringLiteral("ETLE-PMJ-%1").arg(m_people.uniform(1, 120), 3, 10, QLatin1Char('0'))},
            {key(casefield::kPlace), where.name},
            {key(casefield::kLatitude), where.latitude},
            {key(casefield::kLongitude), where.longitude},
            {key(casefield::kOccurredAt), isoWib(at)},
            {key(casefield::kPlateRead), plateRead},
            {key(casefield::kPlate), vehicle.plate},
            {key(casefield::kVehicleKind), vehicle.kind},
        };
        if (speed) {
            data.insert(key(casefield::kSpeedKmh), 50 + m_people.uniform(8, 40));
            data.insert(key(casefield::kSpeedLimitKmh), 50);
        }
        merge(data, m_cases.chargeFields({speed ? QStringLiteral("287(5)") : QStringLiteral("287(2)")},
                                         ArticleCatalogue::builtIn()));
        CaseRecord record;
        record.id = newUuidV7();
        record.kind = CaseKind::Etle;
        record.state = CaseState::Captured;
        record.data = data;
        ChangeList out{stamp(m_cases.createCase(CaseKind::Etle, polresNear(where), data), at + kMinute, record.id)};
        const auto move = [&](CaseState to, const QVariantMap &fields, qint64 after) {
            out.append(stamp(m_cases.moveCase(record, to, fields), at + after, record.id));
            record.state = to;
        };
        if (toPayment || m_people.chance(0.7)) {
            const Officer &officer = m_officers.at(m_people.uniform(0, int(m_officers.size()) - 1));
            move(CaseState::Verified,
                 {{key(casefield::kOfficerNrp), officer.nrp}, {key(casefield::kOfficerName), officer.name}}, 3 * kHour);
            if (toPayment || m_people.chance(0.6)) {
                const DemoIdentities::Person owner = m_people.person();
                move(CaseState::Identified,
                     {{key(casefield::kOwnerName), owner.name},
                      {key(casefield::kOwnerNik), owner.nik},
                      {key(casefield::kOwnerAddress), owner.address}},
                     20 * kHour);
            }
        }
        if (toPayment) {
            move(CaseState::NoticeSent, {{key(casefield::kNoticeSentAt), isoWib(at + 22 * kHour)}}, 22 * kHour);
            move(CaseState::Confirmed, {}, 2 * kDay);
            // The code is left to commitDemoCases, which knows the number the store gave the ticket.
            out.append(stamp(m_cases.issuePayment(record), at + 2 * kDay + kHour, record.id));
        }
        m_changes += toPayment ? 0 : out.size();
        return out;
    }

    ChangeList accident(qint64 at)
    {
        static const char *const kTypes[] = {"single", "head_on",    "rear_end",    "side",
                                             "chain",  "pedestrian", "hit_and_run", "animal"};
        const Place &where = place();
        const Officer &officer = m_officers.at(m_people.uniform(0, int(m_officers.size()) - 1));
        QVariantList vehicles, victims;
        for (int v = m_people.uniform(1, 2); v > 0; --v) {
            const DemoIdentities::Vehicle vehicle = m_people.vehicle();
            const DemoIdentities::Person driver = m_people.person();
            vehicles.append(QVariantMap{{key(casefield::kPlate), vehicle.plate},
                                        {key(casefield::kVehicleKind), vehicle.kind},
                                        {key(casefield::kVehicleMake), vehicle.make},
                                        {key(casefield::kDriverName), driver.name},
                                        {key(casefield::kDriverNik), driver.nik}});
            if (m_people.chance(0.5))
                victims.append(QVariantMap{{QStringLiteral("name"), driver.name},
                                           {QStringLiteral("nik"), driver.nik},
                                           {QStringLiteral("age"), 30},
                                           {QStringLiteral("condition"), QStringLiteral("lr")}});
        }
        QVariantMap data = common(where, at, officer);
        merge(data, {{key(casefield::kCollisionType), QLatin1String(kTypes[m_people.uniform(0, 7)])},
                     {key(casefield::kRoadCondition), QStringLiteral("dry")},
                     {key(casefield::kWeather), QStringLiteral("clear")},
                     {key(casefield::kVehicles), vehicles},
                     {key(casefield::kVictims), victims},
                     {key(casefield::kMaterialLoss), qint64(m_people.uniform(1, 40)) * 1'000'000},
                     {key(casefield::kNarrative), QStringLiteral("Kecelakaan lalu lintas di %1.").arg(where.name)}});
        CaseRecord record;
        record.id = newUuidV7();
        record.kind = CaseKind::Accident;
        record.state = CaseState::Draft;
        ChangeList out{stamp(m_cases.createCase(CaseKind::Accident, polresNear(where), data), at + kHour, record.id)};
        out.append(stamp(m_cases.submitCase(record), at + 3 * kHour, record.id));
        m_changes += out.size();
        return out;
    }

    ChangeList watch(qint64 at)
    {
        const Place &where = place();
        const Officer &officer = m_officers.at(m_people.uniform(0, int(m_officers.size()) - 1));
        const DemoIdentities::Vehicle vehicle = m_people.vehicle();
        const DemoIdentities::Person owner = m_people.person();
        QVariantMap data = common(where, at, officer);
        merge(data, {{key(casefield::kPlate), vehicle.plate},
                     {key(casefield::kVehicleKind), vehicle.kind},
                     {key(casefield::kVehicleMake), vehicle.make},
                     {key(casefield::kReporterName), owner.name},
                     {key(casefield::kPoliceReport),
                      QStringLiteral("LP/B/%1/2026/SPKT/POLDA METRO JAYA").arg(m_people.uniform(1000, 9999))}});
        CaseRecord record;
        record.id = newUuidV7();
        record.kind = CaseKind::Watch;
        record.state = CaseState::Draft;
        ChangeList out{stamp(m_cases.createCase(CaseKind::Watch, polresNear(where), data), at + kHour, record.id)};
        out.append(stamp(m_cases.submitCase(record), at + 2 * kHour, record.id));
        record.state = CaseState::Submitted;
        // Most stolen vehicles of two years ago are found or written off: closed.
        if (at + 30 * kDay < m_endMs)
            out.append(stamp(m_cases.moveCase(record, CaseState::Closed), at + 20 * kDay, record.id));
        m_changes += out.size();
        return out;
    }

    bool commit(const ChangeList &batch, QString *error)
    {
        const CommitResult result = m_store.commitLocal(batch);
        if (!result.ok) {
            *error = result.error;
            return false;
        }
        // The desk's changes reached the server long ago: nothing waits in the outbox.
        QList<QUuid> opIds;
        opIds.reserve(batch.size());
        for (const Change &change : batch)
            opIds.append(change.opId);
        if (!m_store.acknowledgePushed(opIds)) {
            *error = QStringLiteral("the changes could not leave the outbox");
            return false;
        }
        return true;
    }

    Store &m_store;
    qint64 m_endMs;
    HybridClock m_clock;
    ChangeFactory m_factory;
    CaseFactory m_cases;
    DemoIdentities m_people;
    QList<Place> m_places;
    QList<Station> m_polres;
    QList<Officer> m_officers;
    quint16 m_counter = 0;
    qint64 m_changes = 0;
};

QString cachedStorePath(const QString &dataDir, int cases)
{
    const QString base = dataDir.isEmpty() ? QDir::tempPath() : dataDir;
    return QDir(base).filePath(QStringLiteral("lintas-bench-cases-s%1-g%2/%3-cases.sqlite")
                                   .arg(Schema::kCurrentVersion)
                                   .arg(kGeneratorVersion)
                                   .arg(cases));
}

bool buildStore(const QString &path, int cases, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    std::fprintf(stderr, "building the cases store (once): %d cases through commitLocal\n", cases);
    QElapsedTimer timer;
    timer.start();
    qint64 changes = 0;
    {
        Store store(part, kSite);
        if (!store.open(error))
            return false;
        CaseWriter writer(store, QDateTime::currentMSecsSinceEpoch() - 7 * kDay);
        if (!writer.history(cases - kPayable, error) || !writer.payable(kPayable, error))
            return false;
        changes = writer.changesMade();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(part, path);
        return false;
    }
    std::fprintf(stderr, "built in %.0f s: %s\n", seconds, qPrintable(path));
    report({QStringLiteral("cases.build_rate"), rounded(cases / seconds, 0), QStringLiteral("cases/s")});
    report({QStringLiteral("cases.build_change_rate"), rounded(double(changes) / seconds, 0),
            QStringLiteral("changes/s")});
    return true;
}

// What the measured queries look for: real cases' people and plates, sampled through the reader.
struct Target
{
    QUuid id;
    QString name;
    QString nik;
    QString plate;
};

QList<Target> sampleTargets(const CaseReader &reader, int count, std::mt19937 &rng)
{
    QList<Target> targets;
    const QDate last = QDate::currentDate().addDays(-8);
    for (int guard = 0; targets.size() < count && guard < count * 20; ++guard) {
        CaseQuery query;
        query.from = query.to = last.addDays(-int(rng() % 700));
        query.kinds = {CaseKind::Violation};
        query.limit = 3;
        const QList<CaseSummary> found = reader.search(query).cases;
        if (found.isEmpty())
            continue;
        const auto file = reader.caseFile(found.at(int(rng() % quint32(found.size()))).id);
        if (!file)
            continue;
        const QVariantMap &data = file->record.data;
        targets.append({file->record.id, data.value(key(casefield::kOffenderName)).toString(),
                        data.value(key(casefield::kOffenderNik)).toString(),
                        data.value(key(casefield::kPlate)).toString()});
    }
    return targets;
}

// The text as a user types it before the list shows what they want.
QString nameFragment(const QString &name, std::mt19937 &rng)
{
    // "Budi Santoso" → "budi sant": the first name whole, the family name's first letters.
    const QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return words.value(0);
    QString last = words.last();
    return words.first() + QLatin1Char(' ') + last.left(std::max<qsizetype>(2, 2 + qsizetype(rng() % 3)));
}

QString nikFragment(const QString &nik, std::mt19937 &rng)
{
    return nik.left(10 + int(rng() % 7)); // 10 to 16 digits typed
}

QString plateFragment(const QString &plate, std::mt19937 &)
{
    // "B 1234 XYZ" typed "b1234xyz": lower case, no spaces.
    return plateKey(plate).toLower();
}

QString plateSlip(const QString &plate, std::mt19937 &rng)
{
    const QStringList variants = plateTypoVariants(plateKey(plate));
    return variants.isEmpty() ? plateKey(plate) : variants.at(int(rng() % quint32(variants.size()))).toLower();
}

struct Latency
{
    std::vector<double> ms;
    int hits = 0;  // queries whose results held the case looked for
    int found = 0; // queries with any result
};

Latency measureSearch(const CaseReader &reader, const QList<Target> &targets,
                      QString (*fragment)(const QString &, std::mt19937 &), QString Target::*field, std::mt19937 &rng)
{
    Latency latency;
    for (int i = 0; i < kWarmUp + kQueries; ++i) {
        const Target &target = targets.at(i % targets.size());
        CaseQuery query;
        query.text = fragment(target.*field, rng);
        query.limit = 200;
        QElapsedTimer timer;
        timer.start();
        const CaseSearchResult result = reader.search(query);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i < kWarmUp)
            continue;
        latency.ms.push_back(ms);
        latency.found += result.cases.isEmpty() ? 0 : 1;
        latency.hits += std::any_of(result.cases.cbegin(), result.cases.cend(),
                                    [&](const CaseSummary &summary) { return summary.id == target.id; })
                            ? 1
                            : 0;
    }
    return latency;
}

void reportLatency(const QString &name, const Latency &latency)
{
    report({name + QStringLiteral("_p50"), rounded(percentile(latency.ms, 0.5), 2), QStringLiteral("ms")});
    report({name + QStringLiteral("_p95"), rounded(percentile(latency.ms, 0.95), 2), QStringLiteral("ms")});
    std::fprintf(stderr, "%s: %zu queries, %d found something, %d listed the case looked for\n", qPrintable(name),
                 latency.ms.size(), latency.found, latency.hits);
}

// The import pays its tickets; before measuring, enough must be waiting.
bool topUpPayable(const QString &path, QString *error)
{
    int waiting = 0;
    {
        CaseReader reader(path);
        const QHash<QString, PayableTicket> tickets = reader.payableTickets();
        for (const PayableTicket &ticket : tickets)
            waiting += ticket.state == CaseState::PaymentIssued ? 1 : 0;
    }
    if (waiting >= kPayable)
        return true;
    std::fprintf(stderr, "topping up the tickets waiting for payment: %d more\n", kPayable - waiting);
    Store store(path, kSite);
    if (!store.open(error))
        return false;
    CaseWriter writer(store, QDateTime::currentMSecsSinceEpoch());
    return writer.payable(kPayable - waiting, error);
}

QByteArray settlementFile(const QHash<QString, PayableTicket> &tickets, int rows)
{
    QStringList codes;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it)
        if (it->state == CaseState::PaymentIssued)
            codes.append(it.key());
    std::sort(codes.begin(), codes.end());
    QByteArray csv("payment_code,amount,paid_at,bank_ref\n");
    const QString paidAt = isoWib(QDateTime::currentMSecsSinceEpoch() - kHour);
    for (int i = 0; i < rows && i < codes.size(); ++i)
        csv += QStringLiteral("%1,%2,%3,BRIVA-BENCH-%4\n")
                   .arg(codes.at(i))
                   .arg(tickets.value(codes.at(i)).fine)
                   .arg(paidAt)
                   .arg(i + 1, 6, 10, QLatin1Char('0'))
                   .toUtf8();
    return csv;
}

} // namespace

QString ensureCaseStore(const QString &dataDir, QString *error)
{
    const QString path = cachedStorePath(dataDir, kDefaultCases);
    if (!QFileInfo::exists(path) && !buildStore(path, kDefaultCases, error))
        return QString();
    return path;
}

int runCasesSuite(const QStringList &arguments)
{
    QString dataDir;
    int cases = kDefaultCases;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--data-dir") && i + 1 < arguments.size()) {
            dataDir = arguments.at(++i);
        } else if (arguments.at(i) == QLatin1String("--cases") && i + 1 < arguments.size()) {
            cases = arguments.at(++i).toInt();
        } else {
            std::fprintf(stderr, "usage: lintas-bench cases [--data-dir DIR] [--cases N (default %d)]\n",
                         kDefaultCases);
            return 2;
        }
    }
    if (cases < 2 * kPayable) {
        std::fprintf(stderr, "--cases must be at least %d\n", 2 * kPayable);
        return 2;
    }

    QString error;
    const QString path = cachedStorePath(dataDir, cases);
    if (QFileInfo::exists(path))
        std::fprintf(stderr, "reusing %s\n", qPrintable(path));
    else if (!buildStore(path, cases, &error)) {
        std::fprintf(stderr, "cannot build the store: %s\n", qPrintable(error));
        return 1;
    }
    if (!topUpPayable(path, &error)) {
        std::fprintf(stderr, "cannot top up the payable tickets: %s\n", qPrintable(error));
        return 1;
    }
    report({QStringLiteral("cases.store_size"), rounded(QFileInfo(path).size() / 1048576.0, 0), QStringLiteral("MiB")});

    std::mt19937 rng(20261128);
    {
        CaseReader reader(path);
        if (!reader.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
            return 1;
        }
        std::fprintf(stderr, "%d cases in the store\n", reader.caseCount());
        const QList<Target> targets = sampleTargets(reader, kQueries + kWarmUp, rng);
        if (targets.size() < kQueries) {
            std::fprintf(stderr, "found only %lld cases to look for\n", qint64(targets.size()));
            return 1;
        }
        reportLatency(QStringLiteral("cases.search_name"),
                      measureSearch(reader, targets, nameFragment, &Target::name, rng));
        reportLatency(QStringLiteral("cases.search_nik"),
                      measureSearch(reader, targets, nikFragment, &Target::nik, rng));
        reportLatency(QStringLiteral("cases.search_plate"),
                      measureSearch(reader, targets, plateFragment, &Target::plate, rng));
        reportLatency(QStringLiteral("cases.search_plate_slip"),
                      measureSearch(reader, targets, plateSlip, &Target::plate, rng));

        Latency open;
        for (int i = 0; i < kQueries; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto file = reader.caseFile(targets.at(i).id);
            open.ms.push_back(timer.nsecsElapsed() / 1e6);
            open.found += file ? 1 : 0;
            open.hits += file && file->record.id == targets.at(i).id ? 1 : 0;
        }
        reportLatency(QStringLiteral("cases.open"), open);
    }

    // Settlement import: what the supervisor's import does, from reading the codes to the committed payments.
    {
        Store store(path, kSite);
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        CaseReader reader(path);
        const QByteArray csv = settlementFile(reader.payableTickets(), kPayable);
        HybridClock clock;
        ChangeFactory changes(kSite, QStringLiteral("supervisor1"), &clock);
        CaseFactory factory(&changes);
        QElapsedTimer timer;
        timer.start();
        const QHash<QString, PayableTicket> tickets = reader.payableTickets();
        const qint64 readNs = timer.nsecsElapsed();
        const SettlementReport settlement = matchSettlement(csv, tickets);
        const qint64 matchNs = timer.nsecsElapsed();
        if (!settlement.isClean() || settlement.rows != kPayable) {
            std::fprintf(stderr, "the settlement file does not match: %lld rows, %s\n", qint64(settlement.rows),
                         qPrintable(settlement.problems.value(0).reason));
            return 1;
        }
        const CommitResult result = store.commitLocal(factory.settle(settlement));
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!result.ok) {
            std::fprintf(stderr, "the settlement did not commit: %s\n", qPrintable(result.error));
            return 1;
        }
        std::fprintf(stderr, "settlement: read codes %.0f ms, match %.0f ms, settle and commit %.0f ms\n", readNs / 1e6,
                     (matchNs - readNs) / 1e6, seconds * 1e3 - matchNs / 1e6);
        report({QStringLiteral("cases.settlement_import"), rounded(kPayable / seconds, 0), QStringLiteral("rows/s")});
    }

    // The desk's audit trail, every entry hashed along the chain.
    {
        CaseReader reader(path);
        QElapsedTimer timer;
        timer.start();
        const AuditVerdict verdict = reader.verifyAuditTrail();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!verdict.ok()) {
            std::fprintf(stderr, "the audit trail does not verify: %s\n", qPrintable(verdict.message));
            return 1;
        }
        std::fprintf(stderr, "audit trail: %lld entries in %.1f s\n", verdict.entries, seconds);
        report({QStringLiteral("cases.audit_verify"), rounded(double(verdict.entries) / seconds, 0),
                QStringLiteral("entries/s")});
    }
    return 0;
}

} // namespace lintas::bench
