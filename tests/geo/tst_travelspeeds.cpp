#include <cmath>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "geo/travelspeeds.h"

using namespace lintas::geo;

namespace {

// A complete configuration with round numbers, so that expected speeds can be worked out by hand: primary
// 40 km/h free flow, every hour at free flow except 08:00 (half), which is also the only peak hour.
QByteArray sampleIni(const QByteArray &corridorFile = "corridors.csv")
{
    QByteArray ini = "; test configuration\n"
                     "[free_flow_kmh]\n"
                     "motorway = 80\nmotorway_link = 40\ntrunk = 60\ntrunk_link = 30\nprimary = 40\n"
                     "primary_link = 30\nsecondary = 36\nsecondary_link = 30\ntertiary = 30\ntertiary_link = 25\n"
                     "unclassified = 25\nresidential = 20\nliving_street = 10\nservice = 10\nroad = 20\n"
                     "[hour_factor]\n";
    for (int h = 0; h < 24; ++h)
        ini += QByteArray::number(h) + (h == 8 ? " = 0.5\n" : " = 1.0\n");
    ini += "[motorcycle]\ncongestion_relief = 0.5\n"
           "[urgent]\nfactor = 1.5\n"
           "[corridors]\nfile = " +
           corridorFile +
           "\npeak_hours = 8-9\nroad_classes = primary, secondary\n"
           "qualifiers = raya, jenderal, mh, barat\n";
    return ini;
}

// Thamrin 16 km/h and Sudirman 50 km/h (faster than primary free flow) at peak; a name with a comma inside quotes.
const QByteArray kSampleCsv = "\xEF\xBB\xBFperiode_data,bulan,nama_jalan,kecepatan\n"
                              "2023,1,Thamrin,\"15,5\"\n"
                              "2023,2,\"Thamrin\",\"16,5\"\n"
                              "2023,1,Sudirman,\"50\"\n"
                              "2023,1,\"Cawang, Sutoyo\",\"22,25\"\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

// The travel-speed configuration: the built-in file, the corridor table, the name matching and the speed rules.
class TestTravelSpeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void corridorKey_data();
    void corridorKey();
    void builtInMatching_data();
    void builtInMatching();
    void sudirmanStyleMatching();
    void corridorCsv();
    void corridorCsvErrors_data();
    void corridorCsvErrors();
    void fileErrors_data();
    void fileErrors();
    void speeds();
    void hourWibConversion();
};

void TestTravelSpeeds::builtInLoads()
{
    const TravelSpeeds &speeds = TravelSpeeds::builtIn();
    // 48 distinct corridor names in DKI Jakarta's 2023 table (despite "41" in its title).
    QCOMPARE(speeds.corridorCount(), 48);
    QCOMPARE(speeds.freeFlowKmh(RoadClass::Primary), 45.0);
    QCOMPARE(speeds.hourFactor(7), 0.5);
    QVERIFY(speeds.isPeakHour(7));
    QVERIFY(speeds.isPeakHour(17));
    QVERIFY(!speeds.isPeakHour(9));
    QVERIFY(!speeds.isPeakHour(12));
    QVERIFY(speeds.corridorAppliesTo(RoadClass::Primary));
    QVERIFY(!speeds.corridorAppliesTo(RoadClass::Residential));
    QVERIFY(!speeds.corridorAppliesTo(RoadClass::Motorway));
    // Hayam Wuruk is the slowest corridor: 20.82 km/h, the mean of its twelve months in 2023.
    const std::optional<double> hayamWuruk = speeds.corridorPeakKmh(QStringLiteral("Jalan Hayam Wuruk"));
    QVERIFY(hayamWuruk);
    QVERIFY2(std::abs(*hayamWuruk - 20.8233) < 1e-3, qPrintable(QString::number(*hayamWuruk)));
    for (int c = 0; c < kRoadClassCount; ++c) {
        const auto roadClass = RoadClass(c);
        QCOMPARE(speeds.freeFlowKmh(roadClass) > 0.0, isDrivable(roadClass));
    }
}

void TestTravelSpeeds::corridorKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("Jl. Jend.") << "Jl. Jend. Sudirman"
                               << "jenderal sudirman";
    QTest::newRow("upper case Jalan") << "JALAN M.H. THAMRIN"
                                      << "mh thamrin";
    QTest::newRow("corridor named Jalan") << "Jalan Panjang"
                                          << "panjang";
    QTest::newRow("old spelling") << "Soekanto"
                                  << "sukanto";
    QTest::newRow("accents") << "Jl. Pramukà"
                             << "pramuka";
}

void TestTravelSpeeds::corridorKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(TravelSpeeds::corridorKey(name), key);
}

void TestTravelSpeeds::builtInMatching_data()
{
    QTest::addColumn<QString>("road");
    QTest::addColumn<QString>("corridor"); // empty: no match
    QTest::newRow("title initials") << "Jl. M.H. Thamrin"
                                    << "thamrin";
    QTest::newRow("package spelling") << "MH Thamrin"
                                      << "thamrin";
    QTest::newRow("rank and initial") << "Jalan Letjen S. Parman"
                                      << "s parman";
    QTest::newRow("rank") << "Letjen Suprapto"
                          << "suprapto";
    QTest::newRow("carriageway") << "Lenteng Agung Barat"
                                 << "lenteng agung";
    QTest::newRow("Raya first") << "Jalan Raya Pasar Minggu"
                                << "pasar minggu";
    QTest::newRow("Raya last") << "Pasar Minggu Raya"
                               << "pasar minggu";
    QTest::newRow("corridor with Raya") << "Bogor Raya"
                                        << "raya bogor";
    QTest::newRow("sultan") << "Sultan Iskandar Muda"
                            << "iskandar muda";
    QTest::newRow("flyover") << "Daan Mogot Flyover"
                             << "daan mogot";
    QTest::newRow("alias RS") << "RS Soekanto"
                              << "sukanto";
    QTest::newRow("alias Cawang") << "Mayjen Sutoyo"
                                  << "cawang sutoyo";
    QTest::newRow("Cempaka Putih Raya") << "Cempaka Putih Raya"
                                        << "cempaka putih";
    QTest::newRow("numbered side street") << "Tebet Barat 10"
                                          << "";
    QTest::newRow("other part of town") << "Cempaka Putih Tengah"
                                        << "";
    QTest::newRow("other road with the name in it") << "Jalan Daman Daan Mogot 1"
                                                    << "";
    QTest::newRow("Pasar Senen is not Senen") << "Pasar Senen"
                                              << "";
    QTest::newRow("unnamed") << ""
                             << "";
    QTest::newRow("only qualifiers") << "Jalan Raya"
                                     << "";
}

void TestTravelSpeeds::builtInMatching()
{
    QFETCH(QString, road);
    QFETCH(QString, corridor);
    const std::optional<QString> match = TravelSpeeds::builtIn().matchingCorridor(road);
    QCOMPARE(match.value_or(QString()), corridor);
    QCOMPARE(TravelSpeeds::builtIn().corridorPeakKmh(road).has_value(), !corridor.isEmpty());
}

void TestTravelSpeeds::sudirmanStyleMatching()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("speeds.ini")), sampleIni()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("corridors.csv")), kSampleCsv));
    QString error;
    const std::optional<TravelSpeeds> speeds =
        TravelSpeeds::fromFile(dir.filePath(QStringLiteral("speeds.ini")), &error);
    QVERIFY2(speeds, qPrintable(error));
    QCOMPARE(speeds->corridorCount(), 3);
    QCOMPARE(speeds->corridorKeys(),
             QStringList({QStringLiteral("cawang sutoyo"), QStringLiteral("sudirman"), QStringLiteral("thamrin")}));
    for (const char *road : {"Jalan Jenderal Sudirman", "Jl. Jend. Sudirman", "SUDIRMAN", "Jend. Sudirman Raya"})
        QCOMPARE(speeds->matchingCorridor(QString::fromUtf8(road)).value_or(QString()), QStringLiteral("sudirman"));
    QVERIFY(!speeds->matchingCorridor(QStringLiteral("Sudirman Central Business District")));
    QVERIFY(!speeds->matchingCorridor(QStringLiteral("Jalan Jenderal Gatot Subroto")));
    // The quoted name with a comma is one corridor; punctuation separates words like a space.
    QCOMPARE(speeds->matchingCorridor(QStringLiteral("Cawang Sutoyo")).value_or(QString()),
             QStringLiteral("cawang sutoyo"));
}

void TestTravelSpeeds::corridorCsv()
{
    QString error;
    const std::optional<QHash<QString, double>> table = TravelSpeeds::readCorridorCsv(kSampleCsv, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), 3);
    // Decimal commas, the mean over the months, the BOM not part of the first column's name.
    QCOMPARE(table->value(QStringLiteral("Thamrin")), 16.0);
    QCOMPARE(table->value(QStringLiteral("Sudirman")), 50.0);
    QCOMPARE(table->value(QStringLiteral("Cawang, Sutoyo")), 22.25);

    // The shipped table.
    QFile shipped(QStringLiteral(":/routing/jakarta-corridor-peak-speed-2023.csv"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const std::optional<QHash<QString, double>> jakarta = TravelSpeeds::readCorridorCsv(shipped.readAll(), &error);
    QVERIFY2(jakarta, qPrintable(error));
    QCOMPARE(jakarta->size(), 48);
    for (auto it = jakarta->cbegin(); it != jakarta->cend(); ++it)
        QVERIFY2(it.value() > 10.0 && it.value() < 60.0, qPrintable(it.key()));
}

void TestTravelSpeeds::corridorCsvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // part of the error
    QTest::newRow("not a number") << QByteArray("periode_data,bulan,nama_jalan,kecepatan\n"
                                                "2023,1,Thamrin,\"15,5\"\n"
                                                "2023,2,Thamrin,cepat\n")
                                  << "line 3: the speed (kecepatan) 'cepat' of Thamrin";
    QTest::newRow("zero speed") << QByteArray("nama_jalan,kecepatan\nThamrin,\"0\"\n") << "line 2:";
    QTest::newRow("empty name") << QByteArray("nama_jalan,kecepatan\nThamrin,\"15,5\"\n\"\",\"12\"\n")
                                << "line 3: the corridor name (nama_jalan) is empty";
    QTest::newRow("missing column") << QByteArray("periode_data,bulan,jalan,kecepatan\n2023,1,Thamrin,\"15\"\n")
                                    << "line 1: the header has no column 'nama_jalan'";
    QTest::newRow("unquoted decimal comma")
        << QByteArray("nama_jalan,kecepatan\nThamrin,15,5\n") << "line 2: 3 fields where the header has 2";
    QTest::newRow("unclosed quote") << QByteArray("nama_jalan,kecepatan\n\"Thamrin,15\n") << "line 2:";
}

void TestTravelSpeeds::corridorCsvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!TravelSpeeds::readCorridorCsv(csv, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestTravelSpeeds::fileErrors_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // part of the error
    const QByteArray ini = sampleIni();
    QByteArray noPrimary = ini;
    noPrimary.replace("primary = 40\n", "");
    QTest::newRow("missing class") << noPrimary << kSampleCsv << "speeds.ini: [free_flow_kmh] has no value for primary";
    QByteArray badSpeed = ini;
    badSpeed.replace("primary = 40", "primary = fast");
    QTest::newRow("not a number") << badSpeed << kSampleCsv
                                  << "speeds.ini, line 7: [free_flow_kmh] primary: 'fast' is not a positive speed";
    QByteArray negative = ini;
    negative.replace("residential = 20", "residential = -20");
    QTest::newRow("negative") << negative << kSampleCsv << "residential: '-20' is not a positive speed";
    QByteArray typo = ini;
    typo.replace("tertiary = 30", "tertiery = 30");
    QTest::newRow("unknown class") << typo << kSampleCsv << "[free_flow_kmh] tertiery: not an OpenStreetMap road class";
    QByteArray footway = ini;
    footway.replace("road = 20\n", "road = 20\nfootway = 5\n");
    QTest::newRow("not for vehicles") << footway << kSampleCsv << "footway: footway is not a road vehicles drive on";
    QByteArray noHour = ini;
    noHour.replace("\n7 = 1.0\n", "\n");
    QTest::newRow("missing hour") << noHour << kSampleCsv << "speeds.ini: [hour_factor] has no value for 7";
    QByteArray badHour = ini;
    badHour.replace("\n7 = 1.0\n", "\n25 = 1.0\n");
    QTest::newRow("hour 25") << badHour << kSampleCsv << "[hour_factor] 25: not an hour of the day";
    QByteArray noRelief = ini;
    noRelief.replace("congestion_relief = 0.5\n", "");
    QTest::newRow("missing relief") << noRelief << kSampleCsv << "[motorcycle] has no value for congestion_relief";
    QByteArray badRelief = ini;
    badRelief.replace("congestion_relief = 0.5", "congestion_relief = 1.5");
    QTest::newRow("relief out of range") << badRelief << kSampleCsv << "congestion_relief: '1.5' is not a share";
    QByteArray section = ini;
    section.replace("[urgent]", "[urgnt]");
    QTest::newRow("unknown section") << section << kSampleCsv << "unknown section [urgnt]";
    QByteArray twice = ini;
    twice.replace("factor = 1.5\n", "factor = 1.5\nfactor = 2\n");
    QTest::newRow("given twice") << twice << kSampleCsv << "[urgent] factor is given twice";
    QByteArray noEquals = ini;
    noEquals.replace("factor = 1.5", "factor 1.5");
    QTest::newRow("no equals sign") << noEquals << kSampleCsv << "expected \"key = value\"";
    QByteArray peak = ini;
    peak.replace("peak_hours = 8-9", "peak_hours = 9-6");
    QTest::newRow("bad peak hours") << peak << kSampleCsv << "peak_hours: '9-6' is not a range of hours";
    QByteArray classes = ini;
    classes.replace("road_classes = primary", "road_classes = primery");
    QTest::newRow("bad corridor class") << classes << kSampleCsv << "road_classes: 'primery' is not a road class";
    QTest::newRow("missing corridor file")
        << sampleIni("nowhere.csv") << kSampleCsv << "[corridors] file: cannot read the corridor table";
    QTest::newRow("bad corridor row") << ini << QByteArray("nama_jalan,kecepatan\nThamrin,\"15,5\"\nSudirman,\"x\"\n")
                                      << "corridors.csv: line 3: the speed (kecepatan) 'x' of Sudirman";
    QTest::newRow("alias of no corridor") << ini + "[corridor_aliases]\nSenayan = Bundaran Senayan\n"
                                          << kSampleCsv << "[corridor_aliases] Senayan: no corridor of this name";
}

void TestTravelSpeeds::fileErrors()
{
    QFETCH(QByteArray, ini);
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("speeds.ini")), ini));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("corridors.csv")), csv));
    QString error;
    QVERIFY(!TravelSpeeds::fromFile(dir.filePath(QStringLiteral("speeds.ini")), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // A file that is not there is named with its path.
    const QString missing = dir.filePath(QStringLiteral("absent.ini"));
    QVERIFY(!TravelSpeeds::fromFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void TestTravelSpeeds::speeds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("speeds.ini")), sampleIni()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("corridors.csv")), kSampleCsv));
    QString error;
    const std::optional<TravelSpeeds> loaded =
        TravelSpeeds::fromFile(dir.filePath(QStringLiteral("speeds.ini")), &error);
    QVERIFY2(loaded, qPrintable(error));
    const TravelSpeeds &s = *loaded;
    const QString plain = QStringLiteral("Jalan Kramat");
    const QString thamrin = QStringLiteral("Jl. M.H. Thamrin");
    const QString sudirman = QStringLiteral("Jalan Jenderal Sudirman");
    const auto car = [&](RoadClass c, const QString &name, int hour) {
        return s.speedKmh(c, name, hour, Vehicle::Car, false);
    };

    // Class defaults: free flow × hour factor.
    QCOMPARE(car(RoadClass::Primary, plain, 12), 40.0);
    QCOMPARE(car(RoadClass::Primary, plain, 8), 20.0);
    // A motorcycle loses only half of the slowdown; urgent driving gains 1.5×.
    QCOMPARE(s.speedKmh(RoadClass::Primary, plain, 8, Vehicle::Motorcycle, false), 30.0);
    QCOMPARE(s.speedKmh(RoadClass::Primary, plain, 8, Vehicle::Car, true), 30.0);
    QCOMPARE(s.speedKmh(RoadClass::Primary, plain, 8, Vehicle::Motorcycle, true), 45.0);

    // A corridor drives at its measured 16 km/h at peak; off peak that scaled by 1.0 / 0.5, within free flow.
    QCOMPARE(car(RoadClass::Primary, thamrin, 8), 16.0);
    QCOMPARE(car(RoadClass::Primary, thamrin, 12), 32.0);
    QCOMPARE(s.speedKmh(RoadClass::Primary, thamrin, 8, Vehicle::Motorcycle, false), 28.0); // 40 − 0.5 × 24
    // Measured faster than the class's free flow: the measurement wins, and off peak is no slower than peak.
    QCOMPARE(car(RoadClass::Primary, sudirman, 8), 50.0);
    QCOMPARE(car(RoadClass::Primary, sudirman, 12), 50.0);
    // Corridor speeds only on the configured classes: a residential street of the same name keeps its default.
    QCOMPARE(car(RoadClass::Residential, thamrin, 8), 10.0);
    // The overload with the corridor looked up already agrees.
    QCOMPARE(s.speedKmh(RoadClass::Primary, std::optional<double>(16.0), 8, Vehicle::Car, false), 16.0);
    QCOMPARE(s.speedKmh(RoadClass::Primary, std::optional<double>(), 8, Vehicle::Car, false), 20.0);

    // Who may drive where.
    QCOMPARE(s.speedKmh(RoadClass::Motorway, plain, 12, Vehicle::Motorcycle, true), 0.0);
    QCOMPARE(s.speedKmh(RoadClass::MotorwayLink, plain, 12, Vehicle::Motorcycle, true), 0.0);
    QCOMPARE(s.speedKmh(RoadClass::Motorway, plain, 12, Vehicle::Car, false), 80.0);
    QCOMPARE(s.speedKmh(RoadClass::Footway, plain, 12, Vehicle::Car, false), 0.0);
    QVERIFY(!TravelSpeeds::mayDrive(RoadClass::Motorway, Vehicle::Motorcycle));
    QVERIFY(TravelSpeeds::mayDrive(RoadClass::Trunk, Vehicle::Motorcycle));
    QVERIFY(!TravelSpeeds::mayDrive(RoadClass::Steps, Vehicle::Car));
}

void TestTravelSpeeds::hourWibConversion()
{
    QCOMPARE(hourWib(0), 7);                  // 1970-01-01 00:00 UTC
    QCOMPARE(hourWib(17LL * 3600 * 1000), 0); // 17:00 UTC is midnight in Jakarta
    QCOMPARE(hourWib(17LL * 3600 * 1000 - 1), 23);
    QCOMPARE(hourWib(-3600LL * 1000), 6);  // before the epoch
    QCOMPARE(hourWib(1700000000000LL), 5); // 2023-11-14 22:13 UTC = 05:13 WIB
}

QTEST_GUILESS_MAIN(TestTravelSpeeds)
#include "tst_travelspeeds.moc"
