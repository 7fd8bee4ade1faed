// The unit ranking for dispatch: status groups, suitability by incident type, road and traffic, the stale
// penalty, units without a road route, ties, the reason line, and the rules file it all comes from.
#include <algorithm>
#include <random>

#include <QFile>
#include <QLocale>
#include <QTest>

#include "analytics/recommender.h"

using namespace lintas;
using namespace lintas::analytics;

namespace {

const QUuid kIncidentId = QUuid::fromString(QStringLiteral("{0190a5c0-0000-7000-8000-000000000001}"));
const QUuid kOtherIncidentId = QUuid::fromString(QStringLiteral("{0190a5c0-0000-7000-8000-000000000002}"));
const QDateTime kNow = QDateTime(QDate(2024, 3, 12), QTime(3, 30), Qt::UTC); // 10:30 WIB

// A unit and what routing found for it, from a compact spec:
//   "CALLSIGN kind status [eta=S] [m=M] [age=S|age=?] [nopos] [to=this]"
// Without eta= the road network did not reach it; age defaults to 30 s; a dispatched or en-route unit works
// another incident unless to=this.
UnitCandidate candidate(const QString &spec)
{
    const QStringList words = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Q_ASSERT(words.size() >= 3);
    UnitCandidate c;
    Unit &u = c.unit;
    u.callsign = words.at(0);
    u.id = QUuid::createUuidV5(QUuid(), u.callsign);
    bool ok = false;
    u.kind = unitKindFromString(words.at(1), &ok);
    Q_ASSERT(ok);
    u.status = unitStatusFromString(words.at(2), &ok);
    Q_ASSERT(ok);
    if (u.status == UnitStatus::Dispatched || u.status == UnitStatus::EnRoute)
        u.incidentId = kOtherIncidentId;
    u.latitude = -6.1754;
    u.longitude = 106.8272;
    u.positionAt = kNow.addSecs(-30);
    for (const QString &word : words.mid(3)) {
        if (word.startsWith(QLatin1String("eta=")))
            c.travelSeconds = word.mid(4).toDouble();
        else if (word.startsWith(QLatin1String("m=")))
            c.routeMeters = word.mid(2).toDouble();
        else if (word == QLatin1String("age=?"))
            u.positionAt = QDateTime();
        else if (word.startsWith(QLatin1String("age=")))
            u.positionAt = kNow.addSecs(-word.mid(4).toLongLong());
        else if (word == QLatin1String("nopos")) {
            u.latitude = std::nan("");
            u.longitude = std::nan("");
            u.positionAt = QDateTime();
        } else if (word == QLatin1String("to=this"))
            u.incidentId = kIncidentId;
        else
            qFatal("unknown word in unit spec: %s", qPrintable(word));
    }
    return c;
}

QList<UnitCandidate> candidates(const QStringList &specs)
{
    QList<UnitCandidate> list;
    for (const QString &spec : specs)
        list.append(candidate(spec));
    return list;
}

IncidentContext context(const QString &type, bool toll = false, bool dense = false)
{
    IncidentContext c;
    c.incident.id = kIncidentId;
    c.incident.typeCode = type;
    c.incident.latitude = -6.1751;
    c.incident.longitude = 106.8650;
    c.onTollRoad = toll;
    c.denseTraffic = dense;
    c.now = kNow;
    return c;
}

QStringList callsigns(const QList<Recommendation> &ranked)
{
    QStringList list;
    for (const Recommendation &r : ranked)
        list.append(r.unit.callsign);
    return list;
}

QStringList warningNames(const Recommendation &r)
{
    QStringList names;
    for (const RecommendationWarning w : r.warnings) {
        switch (w) {
        case RecommendationWarning::StalePosition:
            names << QStringLiteral("stale");
            break;
        case RecommendationWarning::AlreadyDispatched:
            names << QStringLiteral("dispatched");
            break;
        case RecommendationWarning::NotSuited:
            names << QStringLiteral("unsuited");
            break;
        case RecommendationWarning::NoRoute:
            names << QStringLiteral("noroute");
            break;
        case RecommendationWarning::BeyondSearch:
            names << QStringLiteral("beyond");
            break;
        }
    }
    return names;
}

const Recommendation *find(const QList<Recommendation> &ranked, const QString &callsign)
{
    for (const Recommendation &r : ranked)
        if (r.unit.callsign == callsign)
            return &r;
    return nullptr;
}

} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Reasons format numbers in the default locale: English here, as the desk's English language sets it.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("toll");
        QTest::addColumn<bool>("dense");
        QTest::addColumn<QStringList>("units");
        QTest::addColumn<QStringList>("expected");

        const QString accident = QStringLiteral("kecelakaan");
        const QString breakdown = QStringLiteral("kendaraan_mogok");
        const QString congestion = QStringLiteral("kemacetan");

        // Status groups.
        QTest::newRow("available and on patrol by ETA, dispatched elsewhere last however near")
            << accident << false << false
            << QStringList{"D r4 dispatched eta=60", "A r4 available eta=300", "P r4 on_patrol eta=200"}
            << QStringList{"P", "A", "D"};
        QTest::newRow("en route elsewhere is offered after the free units")
            << accident << false << false << QStringList{"E r4 en_route eta=30", "A r4 available eta=1500"}
            << QStringList{"A", "E"};
        QTest::newRow("dispatched elsewhere among themselves by ETA")
            << accident << false << false
            << QStringList{"D2 r4 dispatched eta=400", "D1 r4 en_route eta=100", "A r4 available eta=900"}
            << QStringList{"A", "D1", "D2"};
        QTest::newRow("busy, on scene and out of service are left out")
            << accident << false << false
            << QStringList{"B r4 busy eta=10", "S r4 on_scene eta=20", "O r4 out_of_service eta=30",
                           "A r4 available eta=600"}
            << QStringList{"A"};
        QTest::newRow("a unit already sent to this incident is not offered again")
            << accident << false << false << QStringList{"T r4 en_route eta=10 to=this", "A r4 available eta=600"}
            << QStringList{"A"};
        QTest::newRow("nothing to offer")
            << accident << false << false << QStringList{"B r4 busy eta=10"} << QStringList{};

        // Suitability.
        QTest::newRow("PJR preferred on a toll road")
            << accident << true << false << QStringList{"R4 r4 available eta=300", "PJR pjr available eta=360"}
            << QStringList{"PJR", "R4"};
        QTest::newRow("PJR is an ordinary car off the toll road")
            << accident << false << false << QStringList{"R4 r4 available eta=300", "PJR pjr available eta=360"}
            << QStringList{"R4", "PJR"};
        QTest::newRow("tow truck first for a breakdown on a toll road")
            << breakdown << true << false
            << QStringList{"R4 r4 available eta=200", "PJR pjr available eta=400", "TOW tow available eta=300"}
            << QStringList{"TOW", "R4", "PJR"};
        QTest::newRow("tow truck sinks for congestion")
            << congestion << false << false << QStringList{"TOW tow available eta=60", "R4 r4 available eta=600"}
            << QStringList{"R4", "TOW"};
        QTest::newRow("R2 preferred in dense traffic")
            << accident << false << true << QStringList{"R4 r4 available eta=240", "R2 r2 available eta=300"}
            << QStringList{"R2", "R4"};
        QTest::newRow("R2 is not preferred in light traffic")
            << accident << false << false << QStringList{"R4 r4 available eta=240", "R2 r2 available eta=300"}
            << QStringList{"R4", "R2"};
        QTest::newRow("the bonus does not lift a unit past a much nearer one")
            << accident << false << true << QStringList{"R4 r4 available eta=100", "R2 r2 available eta=300"}
            << QStringList{"R4", "R2"};
        QTest::newRow("an unsuited unit stays in its status group")
            << congestion << false << false << QStringList{"TOW tow available eta=60", "D r4 dispatched eta=60"}
            << QStringList{"TOW", "D"};
        QTest::newRow("R2 on a toll road has no route and comes last")
            << accident << true << false << QStringList{"R2 r2 available", "R4 r4 dispatched eta=900"}
            << QStringList{"R4", "R2"};

        // Stale positions: older than 2 minutes.
        QTest::newRow("stale penalty moves a nearer unit down")
            << accident << false << false << QStringList{"OLD r4 available eta=200 age=150", "NEW r4 available eta=300"}
            << QStringList{"NEW", "OLD"};
        QTest::newRow("exactly 2 minutes old is not stale")
            << accident << false << false << QStringList{"OLD r4 available eta=200 age=120", "NEW r4 available eta=300"}
            << QStringList{"OLD", "NEW"};
        QTest::newRow("stale but far nearer still first")
            << accident << false << false << QStringList{"OLD r4 available eta=100 age=600", "NEW r4 available eta=400"}
            << QStringList{"OLD", "NEW"};
        QTest::newRow("a position without a time counts as stale")
            << accident << false << false << QStringList{"OLD r4 available eta=200 age=?", "NEW r4 available eta=300"}
            << QStringList{"NEW", "OLD"};

        // No route.
        QTest::newRow("units without a road route last, free ones first, then by callsign")
            << accident << false << false
            << QStringList{"N r4 available", "M r4 available nopos", "X r4 dispatched", "A r4 dispatched eta=3000"}
            << QStringList{"A", "M", "N", "X"};
        QTest::newRow("without a route an unsuited unit comes after a suitable one")
            << congestion << false << false << QStringList{"A tow available", "B r4 available"}
            << QStringList{"B", "A"};

        // Ties.
        QTest::newRow("ties by callsign")
            << accident << false << false
            << QStringList{"C r4 available eta=300", "A r4 on_patrol eta=300", "B r4 available eta=300"}
            << QStringList{"A", "B", "C"};
        QTest::newRow("a tie after penalty and bonus also by callsign")
            << accident << false << true << QStringList{"Z r4 available eta=180", "Y r2 available eta=300"}
            << QStringList{"Y", "Z"};
    }

    void ranking()
    {
        QFETCH(QString, type);
        QFETCH(bool, toll);
        QFETCH(bool, dense);
        QFETCH(QStringList, units);
        QFETCH(QStringList, expected);

        const QList<Recommendation> ranked = rankUnits(context(type, toll, dense), candidates(units));
        QCOMPARE(callsigns(ranked), expected);
        for (int i = 0; i < ranked.size(); ++i)
            QCOMPARE(ranked.at(i).rank, i + 1);
    }

    // Same input in any order, same ranking (seeded shuffles; the seed is printed on failure).
    void orderOfInputDoesNotMatter()
    {
        const QStringList specs{"A r4 available eta=300",  "B r2 available eta=300",
                                "C pjr on_patrol eta=250", "D r4 dispatched eta=60",
                                "E tow available eta=500", "F r4 available age=400 eta=90",
                                "G r4 available",          "H r4 available nopos",
                                "I r4 busy eta=5",         "J ambulance available eta=120",
                                "K r4 available eta=300"};
        const IncidentContext ctx = context(QStringLiteral("kecelakaan"), false, true);
        const QStringList reference = callsigns(rankUnits(ctx, candidates(specs)));
        QCOMPARE(reference.size(), specs.size() - 1);
        const quint32 seed = 20240312;
        std::mt19937 random(seed);
        for (int round = 0; round < 50; ++round) {
            QStringList shuffled = specs;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            QVERIFY2(
                callsigns(rankUnits(ctx, candidates(shuffled))) == reference,
                qPrintable(QStringLiteral("seed %1, round %2: %3").arg(seed).arg(round).arg(shuffled.join(" | "))));
        }
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("fresh and free") << "kecelakaan"
                                        << "A r4 available eta=300" << QStringList{};
        QTest::newRow("stale") << "kecelakaan"
                               << "A r4 available eta=300 age=121" << QStringList{"stale"};
        QTest::newRow("2 minutes is not stale") << "kecelakaan"
                                                << "A r4 available eta=300 age=120" << QStringList{};
        QTest::newRow("dispatched elsewhere") << "kecelakaan"
                                              << "A r4 dispatched eta=300" << QStringList{"dispatched"};
        QTest::newRow("not suited") << "kemacetan"
                                    << "A ambulance available eta=300" << QStringList{"unsuited"};
        QTest::newRow("no route") << "kecelakaan"
                                  << "A r4 available" << QStringList{"noroute"};
        QTest::newRow("no position") << "kecelakaan"
                                     << "A r4 available nopos" << QStringList{"noroute"};
        QTest::newRow("all at once") << "kemacetan"
                                     << "A tow en_route age=900"
                                     << QStringList{"stale", "dispatched", "unsuited", "noroute"};
    }

    void warnings()
    {
        QFETCH(QString, type);
        QFETCH(QString, unit);
        QFETCH(QStringList, expected);
        const QList<Recommendation> ranked = rankUnits(context(type), candidates({unit}));
        QCOMPARE(ranked.size(), qsizetype(1));
        QCOMPARE(warningNames(ranked.first()), expected);
        QCOMPARE(ranked.first().stale, expected.contains(QStringLiteral("stale")));
        QCOMPARE(ranked.first().hasEta(), !expected.contains(QStringLiteral("noroute")));
    }

    // The ETA shown is the road travel time; penalties and bonuses only move the unit in the list.
    void etaIsTravelTimeWithoutPenalties()
    {
        const RankingRules &rules = RankingRules::builtIn();
        const QList<Recommendation> ranked =
            rankUnits(context(QStringLiteral("kecelakaan"), false, true),
                      candidates({"S r4 available eta=200 m=1500 age=300", "R r2 available eta=300 m=1700",
                                  "D r4 dispatched eta=100 m=800"}));
        QCOMPARE(callsigns(ranked), (QStringList{"R", "S", "D"}));
        QCOMPARE(ranked.at(0).etaSeconds, 300.0);
        QCOMPARE(ranked.at(0).rankSeconds, 300.0 - rules.preferredBonusS);
        QVERIFY(ranked.at(0).fit == RankingRules::SuitabilityRow::Fit::Preferred);
        QCOMPARE(ranked.at(1).etaSeconds, 200.0);
        QCOMPARE(ranked.at(1).rankSeconds, 200.0 + rules.stalePenaltyS);
        QCOMPARE(ranked.at(1).positionAgeS, qint64(300));
        QCOMPARE(ranked.at(1).routeMeters, 1500.0);
        QCOMPARE(ranked.at(2).etaSeconds, 100.0);
        QCOMPARE(ranked.at(2).rankSeconds, 100.0 + rules.busyPenaltyS);
        QVERIFY(ranked.at(2).nearest);
        QVERIFY(!ranked.at(0).nearest);
    }

    // A unit the roads cannot reach is never given an ETA or a distance, not even a straight-line one.
    void noRouteHasNoEta()
    {
        const QList<Recommendation> ranked =
            rankUnits(context(QStringLiteral("kecelakaan")), candidates({"A r4 available m=900"}));
        QCOMPARE(ranked.size(), qsizetype(1));
        QVERIFY(!ranked.first().hasEta());
        QCOMPARE(ranked.first().etaSeconds, 0.0);
        QCOMPARE(ranked.first().routeMeters, 0.0);
        QVERIFY(!ranked.first().nearest);
        QVERIFY(!ranked.first().reason.contains(QLatin1String("min")));
        QVERIFY(!ranked.first().reason.contains(QLatin1String("km")));
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("dense");
        QTest::addColumn<QStringList>("units");
        QTest::addColumn<QString>("callsign");
        QTest::addColumn<QString>("expected");

        const QString dot = QStringLiteral(" \u00b7 ");
        const auto line = [&dot](const QStringList &parts) { return parts.join(dot); };
        const QStringList pair{"JAKPUS-R2-03 r2 available eta=240 m=1800", "JAKPUS-R4-01 r4 on_patrol eta=370 m=2540"};

        QTest::newRow("top: nearest by road") << "kecelakaan" << true << pair << "JAKPUS-R2-03"
                                              << line({"4 min", "1.8 km", "available", "R2", "nearest by road"});
        QTest::newRow("second: just the facts")
            << "kecelakaan" << true << pair << "JAKPUS-R4-01" << line({"6 min", "2.5 km", "on patrol", "R4"});
        QTest::newRow("under a minute, under a kilometre")
            << "kecelakaan" << false << QStringList{"A r4 available eta=45 m=348"} << "A"
            << line({"<1 min", "350 m", "available", "R4", "nearest by road"});
        QTest::newRow("stale with its age")
            << "kecelakaan" << false
            << QStringList{"NEW r4 available eta=200 m=900", "OLD r4 available eta=300 m=2000 age=200"} << "OLD"
            << line({"5 min", "2.0 km", "available", "R4", "position 3 min old"});
        QTest::newRow("stale without a time")
            << "kecelakaan" << false << QStringList{"OLD r4 available eta=300 m=2000 age=?"} << "OLD"
            << line({"5 min", "2.0 km", "available", "R4", "position time unknown", "nearest by road"});
        QTest::newRow("dispatched elsewhere")
            << "kecelakaan" << false << QStringList{"A r4 available eta=900 m=5000", "D r4 dispatched eta=120 m=700"}
            << "D" << line({"2 min", "700 m", "dispatched", "R4", "already dispatched to another incident"});
        QTest::newRow("not suited") << "kemacetan" << false << QStringList{"T tow available eta=600 m=4000"} << "T"
                                    << line({"10 min", "4.0 km", "available", "tow truck",
                                             "not suited to this incident", "nearest by road"});
        QTest::newRow("preferred on top but not nearest")
            << "kecelakaan" << false
            << QStringList{"R4 r4 available eta=300 m=2000", "PJR pjr available eta=360 m=3000"} << "PJR"
            << line({"6 min", "3.0 km", "available", "PJR", "suited to this incident"});
        QTest::newRow("no road route") << "kecelakaan" << false << QStringList{"A r4 available"} << "A"
                                       << line({"available", "R4", "no road route"});
        QTest::newRow("no position") << "kecelakaan" << false << QStringList{"A ambulance en_route nopos"} << "A"
                                     << line({"en route", "ambulance", "already dispatched to another incident",
                                              "no position"});
    }

    void reasons()
    {
        QFETCH(QString, type);
        QFETCH(bool, dense);
        QFETCH(QStringList, units);
        QFETCH(QString, callsign);
        QFETCH(QString, expected);

        // The PJR row runs on a toll road, so that it is preferred.
        const bool toll = units.join(' ').contains(QLatin1String(" pjr "));
        const QList<Recommendation> ranked = rankUnits(context(type, toll, dense), candidates(units));
        const Recommendation *r = find(ranked, callsign);
        QVERIFY(r);
        QCOMPARE(r->reason, expected);
        QCOMPARE(reasonText(*r, r->rank == 1), expected);
    }

    void reasonNumbersFollowTheLocale()
    {
        const QList<Recommendation> ranked =
            rankUnits(context(QStringLiteral("kecelakaan")), candidates({"A r4 available eta=240 m=1800"}));
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const QString reason = reasonText(ranked.first(), true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(reason.startsWith(QStringLiteral("4 min \u00b7 1,8 km")), qPrintable(reason));
    }

    // The rules are data: the shipped file, and what another file changes.
    void builtInRulesAreTheShippedFile()
    {
        QFile file(QStringLiteral(":/dispatch/dispatch-rules.ini"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<RankingRules> read = RankingRules::fromIni(file.readAll(), &error);
        QVERIFY2(read, qPrintable(error));
        const RankingRules &rules = RankingRules::builtIn();
        QCOMPARE(rules.staleAfterS, qint64(120));
        QCOMPARE(rules.stalePenaltyS, 180.0);
        QCOMPARE(rules.busyPenaltyS, 600.0);
        QCOMPARE(rules.preferredBonusS, 120.0);
        QCOMPARE(rules.unsuitablePenaltyS, 900.0);
        QCOMPARE(rules.searchUnits, 20);
        QCOMPARE(rules.suitability.size(), read->suitability.size());
        QVERIFY(rules.suitability.size() >= 5);
        QCOMPARE(rules.suitability.first().incidentType, QStringLiteral("kendaraan_mogok"));
        QVERIFY(rules.suitability.first().tollOnly);
        QVERIFY(rules.suitability.first().kind == UnitKind::TowTruck);
    }

    void otherRulesRankOtherwise()
    {
        const QByteArray ini = "[ranking]\n"
                               "stale_after_s = 600\n"
                               "stale_penalty_s = 0\n"
                               "busy_penalty_s = 0\n"
                               "preferred_bonus_s = 0\n"
                               "unsuitable_penalty_s = 0\n"
                               "search_units = 5\n"
                               "[suitability]\n"
                               "row = *, any, any, r4, unsuitable\n";
        QString error;
        const std::optional<RankingRules> rules = RankingRules::fromIni(ini, &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->staleAfterS, qint64(600));
        QCOMPARE(rules->searchUnits, 5);
        QCOMPARE(rules->suitability.size(), qsizetype(1));

        const QList<UnitCandidate> units = candidates({"OLD r4 available eta=200 age=300", "NEW r2 available eta=250"});
        const IncidentContext ctx = context(QStringLiteral("kecelakaan"));
        QCOMPARE(callsigns(rankUnits(ctx, units)), (QStringList{"NEW", "OLD"}));
        const QList<Recommendation> ranked = rankUnits(ctx, units, *rules);
        QCOMPARE(callsigns(ranked), (QStringList{"OLD", "NEW"}));
        QVERIFY(!ranked.first().stale);
        QCOMPARE(warningNames(ranked.first()), QStringList{"unsuited"});
    }

    void badRules_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("error");

        const QByteArray ranking = "[ranking]\nstale_after_s = 120\nstale_penalty_s = 180\nbusy_penalty_s = 600\n"
                                   "preferred_bonus_s = 120\nunsuitable_penalty_s = 900\nsearch_units = 20\n";
        QTest::newRow("not a number") << QByteArray("[ranking]\nstale_after_s = soon\n")
                                      << "line 2: 'stale_after_s' must be a positive number of seconds, found 'soon'";
        QTest::newRow("zero stale time") << QByteArray("[ranking]\nstale_after_s = 0\n")
                                         << "line 2: 'stale_after_s' must be a positive number of seconds, found '0'";
        QTest::newRow("negative penalty") << QByteArray("[ranking]\n\nstale_penalty_s = -5\n")
                                          << "line 3: 'stale_penalty_s' must be zero or more seconds, found '-5'";
        QTest::newRow("unknown key") << QByteArray("[ranking]\nstale_after = 120\n")
                                     << "line 2: unknown key 'stale_after' in [ranking]";
        QTest::newRow("twice") << QByteArray("[ranking]\nbusy_penalty_s = 1\n; again\nbusy_penalty_s = 2\n")
                               << "line 4: 'busy_penalty_s' is already set on line 2";
        QTest::newRow("missing key") << QByteArray("[ranking]\nstale_after_s = 120\n")
                                     << "the [ranking] section lacks 'stale_penalty_s'";
        QTest::newRow("unknown section") << QByteArray("[penalties]\n")
                                         << "line 1: unknown section [penalties]; expected [ranking] or [suitability]";
        QTest::newRow("outside a section")
            << QByteArray("# rules\nstale_after_s = 120\n") << "line 2: 'stale_after_s' is outside a section";
        QTest::newRow("not key = value") << QByteArray(ranking + "[suitability]\nkendaraan_mogok tow\n")
                                         << "line 9: expected key = value, found 'kendaraan_mogok tow'";
        QTest::newRow("an incident type the catalogue lacks")
            << QByteArray(ranking + "[suitability]\nrow = mogok, toll, any, tow, preferred\n")
            << "line 9: incident type 'mogok' is not in the incident type catalogue";
        QTest::newRow("short row") << QByteArray(ranking + "[suitability]\nrow = *, toll, pjr, preferred\n")
                                   << "line 9: a row needs 5 fields (incident type, road, traffic, unit kind, fit), "
                                      "found 4";
        QTest::newRow("bad road") << QByteArray(ranking + "[suitability]\nrow = *, highway, any, pjr, preferred\n")
                                  << "line 9: road 'highway' is not one of toll, any";
        QTest::newRow("bad traffic") << QByteArray(ranking + "[suitability]\nrow = *, any, heavy, r2, preferred\n")
                                     << "line 9: traffic 'heavy' is not one of dense, any";
        QTest::newRow("bad kind") << QByteArray(ranking + "[suitability]\nrow = *, any, any, helicopter, preferred\n")
                                  << "line 9: unit kind 'helicopter' is not one of r2, r4, pjr, tow, ambulance";
        QTest::newRow("bad fit") << QByteArray(ranking + "[suitability]\nrow = *, any, any, r2, best\n")
                                 << "line 9: fit 'best' is not one of preferred, suitable, unsuitable";
        QTest::newRow("unknown suitability key")
            << QByteArray(ranking + "[suitability]\nrule = *, any, any, r2, best\n")
            << "line 9: unknown key 'rule' in [suitability]; expected row";
    }

    void badRules()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!RankingRules::fromIni(ini, &actual));
        QCOMPARE(actual, error);
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
