#include <QTest>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "core/validators.h"

using namespace lintas;

class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInStations();
    void everyPolsekHasAPolresParent();
    void polresOf();
    void childrenAndLevels();
    void builtInIncidentTypes();
    void incidentTypeKeysAreCaseInsensitive();
    void quotedFields();
    void rowsInAnyOrderAndCrlf();
    void malformedStations_data();
    void malformedStations();
    void malformedIncidentTypes_data();
    void malformedIncidentTypes();
};

namespace {

const QByteArray kStationHeader = "code,name,level,parent_code,address,latitude,longitude\n";
const QByteArray kTypeHeader = "code,name_id,name_en,key,default_priority,icon,color\n";

const QByteArray kStationTop = "KORLANTAS,Korlantas,korlantas,,Jl. MT Haryono,-6.24,106.85\n"
                               "PMJ,Polda Metro Jaya,polda,KORLANTAS,Jl. Sudirman,-6.22,106.81\n";

} // namespace

void TestCatalogues::builtInStations()
{
    const StationDirectory &stations = StationDirectory::builtIn();
    QVERIFY2(stations.all().size() >= 35, qPrintable(QString::number(stations.all().size())));
    QCOMPARE(&stations, &StationDirectory::builtIn()); // loaded once

    QCOMPARE(stations.atLevel(StationLevel::Korlantas).size(), 1);
    const auto pmj = stations.byCode(QStringLiteral("PMJ"));
    QVERIFY(pmj);
    QCOMPARE(pmj->name, QStringLiteral("Polda Metro Jaya"));
    QCOMPARE(toString(pmj->level), toString(StationLevel::Polda));
    QCOMPARE(pmj->parentCode, QStringLiteral("KORLANTAS"));

    const QStringList polres{QStringLiteral("JAKPUS"), QStringLiteral("JAKUT"), QStringLiteral("JAKBAR"),
                             QStringLiteral("JAKSEL"), QStringLiteral("JAKTIM")};
    for (const QString &code : polres) {
        const auto station = stations.byCode(code);
        QVERIFY2(station, qPrintable(code));
        QCOMPARE(toString(station->level), toString(StationLevel::Polres));
        QCOMPARE(station->parentCode, QStringLiteral("PMJ"));
        QVERIFY(station->name.startsWith(QLatin1String("Polres Metro Jakarta ")));
    }
    QCOMPARE(stations.children(QStringLiteral("PMJ")).size(), polres.size());

    // A second Polda, so that scope and multi-region rules have something to tell apart.
    const auto jabar = stations.byCode(QStringLiteral("JABAR"));
    QVERIFY(jabar);
    QCOMPARE(toString(jabar->level), toString(StationLevel::Polda));
    QCOMPARE(stations.byCode(QStringLiteral("BANDUNG"))->parentCode, QStringLiteral("JABAR"));
    QCOMPARE(stations.byCode(QStringLiteral("BOGOR"))->parentCode, QStringLiteral("JABAR"));
    QCOMPARE(stations.atLevel(StationLevel::Polres).size(), polres.size() + 2);

    // Every station has an address and a plausible position; the Jakarta demo's stations lie in its service area.
    for (const Station &station : stations.all()) {
        QVERIFY2(!station.address.isEmpty(), qPrintable(station.code));
        const Validation where = validateCoordinate(station.latitude, station.longitude);
        QVERIFY2(!where.isError(), qPrintable(station.code));
        const bool inJakarta = station.code == QLatin1String("PMJ") || station.parentCode == QLatin1String("PMJ") ||
                               stations.polresOf(station.code).value_or(Station()).parentCode == QLatin1String("PMJ");
        if (inJakarta)
            QVERIFY2(where.isOk(), qPrintable(station.code));
    }
}

void TestCatalogues::everyPolsekHasAPolresParent()
{
    const StationDirectory &stations = StationDirectory::builtIn();
    const QList<Station> polsek = stations.atLevel(StationLevel::Polsek);
    QVERIFY(polsek.size() >= 25);
    for (const Station &station : polsek) {
        const auto parent = stations.byCode(station.parentCode);
        QVERIFY2(parent, qPrintable(station.code));
        QCOMPARE(toString(parent->level), toString(StationLevel::Polres));
        QVERIFY2(station.code.startsWith(parent->code + QLatin1Char('-')), qPrintable(station.code));
    }
    const auto gambir = stations.byCode(QStringLiteral("JAKPUS-GAMBIR"));
    QVERIFY(gambir);
    QCOMPARE(gambir->parentCode, QStringLiteral("JAKPUS"));
}

void TestCatalogues::polresOf()
{
    const StationDirectory &stations = StationDirectory::builtIn();
    QCOMPARE(stations.polresOf(QStringLiteral("JAKPUS-GAMBIR"))->code, QStringLiteral("JAKPUS"));
    QCOMPARE(stations.polresOf(QStringLiteral("JAKSEL-CILANDAK"))->code, QStringLiteral("JAKSEL"));
    QCOMPARE(stations.polresOf(QStringLiteral("JAKTIM"))->code, QStringLiteral("JAKTIM"));
    QVERIFY(!stations.polresOf(QStringLiteral("PMJ")));
    QVERIFY(!stations.polresOf(QStringLiteral("KORLANTAS")));
    QVERIFY(!stations.polresOf(QStringLiteral("NOWHERE")));
}

void TestCatalogues::childrenAndLevels()
{
    const StationDirectory &stations = StationDirectory::builtIn();
    QCOMPARE(stations.children(QStringLiteral("PMJ")).size(), 5);
    QCOMPARE(stations.children(QStringLiteral("JABAR")).size(), 2);
    QCOMPARE(stations.children(QStringLiteral("KORLANTAS")).size(), 2);
    QVERIFY(stations.children(QString()).isEmpty());
    int polsekTotal = 0;
    for (const Station &polres : stations.atLevel(StationLevel::Polres)) {
        const QList<Station> children = stations.children(polres.code);
        // The Jakarta demo has its Polsek; the second Polda is there for scope rules and lists only its Polres.
        if (polres.parentCode == QLatin1String("PMJ"))
            QVERIFY2(!children.isEmpty(), qPrintable(polres.code));
        polsekTotal += int(children.size());
    }
    QCOMPARE(polsekTotal, stations.atLevel(StationLevel::Polsek).size());
    QCOMPARE(toString(StationLevel::Polsek), QStringLiteral("polsek"));
    bool ok = false;
    QCOMPARE(toString(stationLevelFromString(QStringLiteral("polda"), &ok)), toString(StationLevel::Polda));
    QVERIFY(ok);
    stationLevelFromString(QStringLiteral("polwil"), &ok);
    QVERIFY(!ok);
}

void TestCatalogues::builtInIncidentTypes()
{
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    const QStringList codes{
        QStringLiteral("kecelakaan"),  QStringLiteral("kemacetan"),   QStringLiteral("kendaraan_mogok"),
        QStringLiteral("pelanggaran"), QStringLiteral("jalan_rusak"), QStringLiteral("banjir"),
        QStringLiteral("unjuk_rasa"),  QStringLiteral("pengawalan"),  QStringLiteral("lainnya")};
    QCOMPARE(types.all().size(), codes.size());
    for (const QString &code : codes)
        QVERIFY2(types.byCode(code), qPrintable(code));

    const auto accident = types.byCode(QStringLiteral("kecelakaan"));
    QCOMPARE(accident->nameEn, QStringLiteral("Accident"));
    QCOMPARE(accident->name(QStringLiteral("id_ID")), QStringLiteral("Kecelakaan"));
    QCOMPARE(accident->name(QStringLiteral("en_GB")), QStringLiteral("Accident"));
    QCOMPARE(accident->key, QLatin1Char('k'));
    QCOMPARE(accident->defaultPriority, Priority::P1);
    QCOMPARE(accident->icon, QStringLiteral("accident"));
    QCOMPARE(types.byCode(QStringLiteral("banjir"))->defaultPriority, Priority::P2);
    QCOMPARE(types.byCode(QStringLiteral("pelanggaran"))->defaultPriority, Priority::P4);
    QCOMPARE(types.byCode(QStringLiteral("pengawalan"))->nameEn, QStringLiteral("Escort request"));

    QSet<QString> colors;
    for (const IncidentType &type : types.all())
        colors.insert(type.color);
    QCOMPARE(colors.size(), types.all().size()); // one colour per type
}

void TestCatalogues::incidentTypeKeysAreCaseInsensitive()
{
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    QCOMPARE(types.byKey(QLatin1Char('k'))->code, QStringLiteral("kecelakaan"));
    QCOMPARE(types.byKey(QLatin1Char('K'))->code, QStringLiteral("kecelakaan"));
    QCOMPARE(types.byKey(QLatin1Char('o'))->code, QStringLiteral("kendaraan_mogok"));
    QCOMPARE(types.byKey(QLatin1Char('U'))->code, QStringLiteral("unjuk_rasa"));
    QVERIFY(!types.byKey(QLatin1Char('z')));
}

void TestCatalogues::quotedFields()
{
    QString error = QStringLiteral("stale");
    const auto stations = StationDirectory::fromCsv(
        kStationHeader + kStationTop +
            "JAKPUS,\"Polres \"\"Metro\"\" Jakarta Pusat\",polres,PMJ,\"Jl. Garuda No.2, Kemayoran\nJakarta Pusat\","
            "-6.16,106.85\n",
        &error);
    QCOMPARE(error, QString());
    QCOMPARE(stations.all().size(), 3);
    const auto jakpus = stations.byCode(QStringLiteral("JAKPUS"));
    QVERIFY(jakpus);
    QCOMPARE(jakpus->name, QStringLiteral("Polres \"Metro\" Jakarta Pusat"));
    QCOMPARE(jakpus->address, QStringLiteral("Jl. Garuda No.2, Kemayoran\nJakarta Pusat"));
    QCOMPARE(jakpus->latitude, -6.16);
    QCOMPARE(jakpus->longitude, 106.85);

    const auto types =
        IncidentTypeCatalogue::fromCsv(kTypeHeader + "banjir,Banjir,\"Flood, river\",b,P2,flood,#1e88e5\n"
                                                     "lainnya,Lainnya,Other,L,p4,,#7b8794\n",
                                       &error);
    QCOMPARE(error, QString());
    QCOMPARE(types.all().size(), 2);
    QCOMPARE(types.byCode(QStringLiteral("banjir"))->nameEn, QStringLiteral("Flood, river"));
    QCOMPARE(types.byKey(QLatin1Char('l'))->defaultPriority, Priority::P4);
}

void TestCatalogues::rowsInAnyOrderAndCrlf()
{
    QString error;
    QByteArray csv = "\xEF\xBB\xBF" + kStationHeader +
                     "JAKPUS-GAMBIR,Polsek Gambir,polsek,JAKPUS,Jl. Cideng,-6.18,106.81\n"
                     "\n" +
                     kStationTop + "JAKPUS,Polres Jakpus,polres,PMJ,Jl. Garuda,-6.16,106.85";
    csv.replace("\n", "\r\n");
    const auto stations = StationDirectory::fromCsv(csv, &error);
    QCOMPARE(error, QString());
    QCOMPARE(stations.all().size(), 4);
    QCOMPARE(stations.all().front().code, QStringLiteral("JAKPUS-GAMBIR"));
    QCOMPARE(stations.byCode(QStringLiteral("JAKPUS"))->address, QStringLiteral("Jl. Garuda"));
    QCOMPARE(stations.polresOf(QStringLiteral("JAKPUS-GAMBIR"))->code, QStringLiteral("JAKPUS"));
}

void TestCatalogues::malformedStations_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    const QByteArray top = kStationHeader + kStationTop; // lines 1-3
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: the file is empty; a header row is expected");
    QTest::newRow("missing column") << QByteArray("code,name,level,parent_code,address,latitude\n")
                                    << QStringLiteral("line 1: the header has no column 'longitude'");
    QTest::newRow("too few fields") << top + "JAKPUS,Polres,polres,PMJ,-6.1,106.8\n"
                                    << QStringLiteral("line 4: 6 fields where the header has 7");
    QTest::newRow("unclosed quote") << top +
                                           "JAKPUS,\"Polres,polres,PMJ,x,-6.1,106.8\nJAKUT,a,polres,PMJ,x,-6.1,106.8\n"
                                    << QStringLiteral("line 4: a quoted field is never closed");
    QTest::newRow("text after quote") << top + "JAKPUS,\"Polres\" Pusat,polres,PMJ,x,-6.1,106.8\n"
                                      << QStringLiteral("line 4: unexpected text after a closing quote");
    QTest::newRow("stray quote")
        << top + "JAKPUS,Polres \"Pusat\",polres,PMJ,x,-6.1,106.8\n"
        << QStringLiteral("line 4: a quote inside an unquoted field (quote the whole field and double the quote)");
    QTest::newRow("line count after quoted break")
        << top + "JAKPUS,Polres,polres,PMJ,\"Jl. Garuda\nJakarta\",-6.1,106.8\nJAKUT,Polres,polres,PMJ,x,abc,106.8\n"
        << QStringLiteral("line 6: latitude 'abc' is not a number");
    QTest::newRow("empty code") << top + ",Polres,polres,PMJ,x,-6.1,106.8\n"
                                << QStringLiteral("line 4: the code is empty");
    QTest::newRow("duplicate code") << top + "PMJ,Polda again,polda,KORLANTAS,x,-6.1,106.8\n"
                                    << QStringLiteral("line 4: code 'PMJ' is already used on line 3");
    QTest::newRow("empty name") << top + "JAKPUS,,polres,PMJ,x,-6.1,106.8\n"
                                << QStringLiteral("line 4: the name is empty");
    QTest::newRow("unknown level")
        << top + "JAKPUS,Polres,polwil,PMJ,x,-6.1,106.8\n"
        << QStringLiteral("line 4: unknown level 'polwil' (expected korlantas, polda, polres or polsek)");
    QTest::newRow("bad longitude") << top + "JAKPUS,Polres,polres,PMJ,x,-6.1,\n"
                                   << QStringLiteral("line 4: longitude '' is not a number");
    QTest::newRow("latitude out of range") << top + "JAKPUS,Polres,polres,PMJ,x,-96.1,106.8\n"
                                           << QStringLiteral("line 4: Latitude -96.1 is outside the range -90 to 90");
    QTest::newRow("unknown parent") << top + "JAKPUS,Polres,polres,PMX,x,-6.1,106.8\n"
                                    << QStringLiteral("line 4: parent 'PMX' is not in the file");
    QTest::newRow("no parent") << top + "JAKPUS,Polres,polres,,x,-6.1,106.8\n"
                               << QStringLiteral("line 4: the parent code is empty");
    QTest::newRow("polsek under polda") << top + "JAKPUS-GAMBIR,Polsek,polsek,PMJ,x,-6.1,106.8\n"
                                        << QStringLiteral(
                                               "line 4: the parent of a polsek must be a polres; 'PMJ' is a polda");
    QTest::newRow("korlantas with parent") << kStationHeader + "KORLANTAS,Korlantas,korlantas,PMJ,x,-6.1,106.8\n"
                                           << QStringLiteral("line 2: a korlantas row cannot have a parent");
}

void TestCatalogues::malformedStations()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QString actual;
    const StationDirectory stations = StationDirectory::fromCsv(csv, &actual);
    QCOMPARE(actual, error);
    QVERIFY(stations.all().isEmpty()); // a bad file gives nothing, not half a hierarchy
}

void TestCatalogues::malformedIncidentTypes_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    const QByteArray first = kTypeHeader + "kecelakaan,Kecelakaan,Accident,k,P1,accident,#e53935\n"; // lines 1-2
    QTest::newRow("bad code") << first + "Jalan Rusak,Jalan rusak,Road damage,r,P4,road,#6d8a2d\n"
                              << QStringLiteral(
                                     "line 3: code 'Jalan Rusak' must be lower-case letters, digits and underscores");
    QTest::newRow("duplicate code") << first + "kecelakaan,Tabrakan,Crash,t,P1,accident,#e53935\n"
                                    << QStringLiteral("line 3: code 'kecelakaan' is already used on line 2");
    QTest::newRow("no English name") << first + "banjir,Banjir,,b,P2,flood,#1e88e5\n"
                                     << QStringLiteral("line 3: the Indonesian or English name is empty");
    QTest::newRow("long key") << first + "banjir,Banjir,Flooding,bj,P2,flood,#1e88e5\n"
                              << QStringLiteral("line 3: key 'bj' must be one letter or digit");
    QTest::newRow("duplicate key") << first + "kemacetan,Kemacetan,Congestion,K,P3,congestion,#c77700\n"
                                   << QStringLiteral("line 3: key 'K' is already used by 'kecelakaan'");
    QTest::newRow("bad priority") << first + "banjir,Banjir,Flooding,b,P5,flood,#1e88e5\n"
                                  << QStringLiteral("line 3: priority 'P5' is not one of P1, P2, P3, P4");
    QTest::newRow("bad colour") << first + "banjir,Banjir,Flooding,b,P2,flood,blue\n"
                                << QStringLiteral("line 3: colour 'blue' is not of the form #rrggbb");
    QTest::newRow("extra field") << first + "banjir,Banjir,Flooding,b,P2,flood,#1e88e5,x\n"
                                 << QStringLiteral("line 3: 8 fields where the header has 7");
}

void TestCatalogues::malformedIncidentTypes()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QString actual;
    const IncidentTypeCatalogue types = IncidentTypeCatalogue::fromCsv(csv, &actual);
    QCOMPARE(actual, error);
    QVERIFY(types.all().isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
