// The simulator's live ETLE captures: the same captures for the same seed however time is stepped, one every
// 30–90 simulated seconds from the fixed cameras, plates of a real TNKB shape, speeds over the camera's limit,
// data a verifying officer can submit as it is, and the watch-listed plate early and about one time in 15.

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include "core/articles.h"
#include "core/casefactory.h"
#include "core/cases.h"
#include "core/casevalidation.h"
#include "core/changefactory.h"
#include "core/plates.h"
#include "core/stations.h"
#include "core/validators.h"
#include "field/etlecapturegenerator.h"

using namespace lintas;
using namespace lintas::field;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

qint64 start()
{
    return QDateTime(QDate(2026, 11, 28), QTime(1, 30), Qt::UTC).toMSecsSinceEpoch(); // 08:30 WIB
}

QList<EtleCapture> generate(quint64 seed, qint64 span, qint64 step, double speedup = 1.0)
{
    EtleCaptureOptions options;
    options.seed = seed;
    options.startMs = start();
    options.speedup = speedup;
    EtleCaptureGenerator generator(options);
    QList<EtleCapture> out;
    for (qint64 t = start() + step; t <= start() + span; t += step)
        out += generator.advanceTo(t);
    return out;
}

QString describe(const EtleCapture &c)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(c.camera.id, c.at.toString(Qt::ISODateWithMs), c.plate)
        .arg(int(c.kind))
        .arg(c.speedKmh);
}

} // namespace

class TestEtleCaptureGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameCaptures()
    {
        const QList<EtleCapture> fine = generate(11, 6 * kHour, kSecond);
        const QList<EtleCapture> coarse = generate(11, 6 * kHour, 8 * kMinute);
        QVERIFY(fine.size() > 100);
        QCOMPARE(coarse.size(), fine.size());
        for (qsizetype i = 0; i < fine.size(); ++i)
            QCOMPARE(describe(coarse.at(i)), describe(fine.at(i)));

        const QList<EtleCapture> other = generate(12, 6 * kHour, kSecond);
        QStringList a, b;
        for (const EtleCapture &c : fine)
            a.append(describe(c));
        for (const EtleCapture &c : other)
            b.append(describe(c));
        QVERIFY(a != b);
    }

    void oneEveryThirtyToNinetySimulatedSeconds_data()
    {
        QTest::addColumn<double>("speedup");
        QTest::newRow("real time") << 1.0;
        QTest::newRow("demo speed 4") << 4.0;
    }

    void oneEveryThirtyToNinetySimulatedSeconds()
    {
        QFETCH(double, speedup);
        const QList<EtleCapture> captures = generate(3, qint64(4 * kHour / speedup), kSecond, speedup);
        QVERIFY(captures.size() > 50);
        qint64 previous = start();
        qint64 shortest = std::numeric_limits<qint64>::max(), longest = 0;
        for (const EtleCapture &capture : captures) {
            const qint64 gap = capture.at.toMSecsSinceEpoch() - previous;
            shortest = std::min(shortest, gap);
            longest = std::max(longest, gap);
            previous = capture.at.toMSecsSinceEpoch();
        }
        QVERIFY2(shortest >= qint64(30 * kSecond / speedup) - 1, qPrintable(QString::number(shortest)));
        QVERIFY2(longest <= qint64(90 * kSecond / speedup) + 1, qPrintable(QString::number(longest)));
        // About one a minute of simulated time.
        const double perSimulatedMinute = captures.size() / (4.0 * 60);
        QVERIFY2(perSimulatedMinute > 0.8 && perSimulatedMinute < 1.3, qPrintable(QString::number(perSimulatedMinute)));
    }

    void camerasArePlacesOfTheRegion()
    {
        const StationDirectory &stations = StationDirectory::builtIn();
        QSet<QString> ids;
        for (const EtleCamera &camera : etleCameras()) {
            QVERIFY2(QRegularExpression(QStringLiteral("^ETLE-PMJ-\\d{3}$")).match(camera.id).hasMatch(),
                     qPrintable(camera.id));
            QVERIFY(!ids.contains(camera.id));
            ids.insert(camera.id);
            QVERIFY(validateCoordinate(camera.latitude, camera.longitude).isOk());
            const auto polres = stations.byCode(camera.stationCode);
            QVERIFY2(polres && polres->level == StationLevel::Polres && polres->parentCode == QLatin1String("PMJ"),
                     qPrintable(camera.stationCode));
            QVERIFY(camera.speedLimitKmh > 0 || camera.redLight);
        }
        QVERIFY(ids.size() >= 5);
    }

    void platesHaveTheShapeOfATnkbPlate()
    {
        const QList<EtleCapture> captures = generate(5, 24 * kHour, kMinute);
        QVERIFY(captures.size() > 900);
        QSet<QString> plates;
        int jakarta = 0;
        for (const EtleCapture &capture : captures) {
            QVERIFY2(validatePlate(capture.plate).isOk(),
                     qPrintable(capture.plate + QLatin1String(": ") + validatePlate(capture.plate).message));
            QCOMPARE(normalizePlate(capture.plate), capture.plate);
            QCOMPARE(plateKey(capture.plateRead), plateKey(capture.plate));
            QVERIFY(looksLikePlateKey(plateKey(capture.plate)));
            QVERIFY(!capture.plateRead.contains(QLatin1Char(' ')));
            QVERIFY(QStringList({"r2", "r4", "bus", "truck"}).contains(capture.vehicleKind));
            plates.insert(capture.plate);
            jakarta += capture.plate.startsWith(QLatin1String("B ")) ? 1 : 0;
        }
        // Mostly Jakarta's own plates, and hardly a vehicle twice (but the watched one).
        QVERIFY2(jakarta > captures.size() * 3 / 4, qPrintable(QString::number(jakarta)));
        QVERIFY(plates.size() > captures.size() * 9 / 10);
    }

    void speedAndRedLightCaptures()
    {
        const QList<EtleCapture> captures = generate(8, 12 * kHour, kMinute);
        int speed = 0, redLight = 0;
        QSet<QString> cameras;
        for (const EtleCapture &capture : captures) {
            cameras.insert(capture.camera.id);
            const QVariantMap data = capture.caseData();
            QCOMPARE(data.value(QLatin1String(casefield::kCameraId)).toString(), capture.camera.id);
            QCOMPARE(data.value(QLatin1String(casefield::kPlace)).toString(), capture.camera.place);
            const QString occurred = data.value(QLatin1String(casefield::kOccurredAt)).toString();
            QVERIFY2(occurred.endsWith(QLatin1String("+07:00")), qPrintable(occurred));
            QCOMPARE(QDateTime::fromString(occurred, Qt::ISODate).toSecsSinceEpoch(), capture.at.toSecsSinceEpoch());
            if (capture.kind == CaptureKind::Speed) {
                ++speed;
                QVERIFY(capture.camera.speedLimitKmh > 0);
                QVERIFY(capture.speedKmh > capture.camera.speedLimitKmh);
                QCOMPARE(capture.articles(), QStringList{QStringLiteral("287(5)")});
                QCOMPARE(data.value(QLatin1String(casefield::kSpeedKmh)).toInt(), capture.speedKmh);
                QCOMPARE(data.value(QLatin1String(casefield::kSpeedLimitKmh)).toInt(), capture.camera.speedLimitKmh);
            } else {
                ++redLight;
                QVERIFY(capture.camera.redLight);
                QCOMPARE(capture.articles(), QStringList{QStringLiteral("287(2)")});
                QVERIFY(!data.contains(QLatin1String(casefield::kSpeedKmh)));
            }
        }
        QVERIFY(speed > captures.size() / 4);
        QVERIFY(redLight > captures.size() / 10);
        QCOMPARE(cameras.size(), etleCameras().size());
    }

    void captureDataPassesTheVerifyingOfficersCheck()
    {
        // What the simulator commits: the capture's data with the charges; a verifying officer adds nothing to
        // make it submittable.
        HybridClock clock;
        ChangeFactory changes(QStringLiteral("test"), QStringLiteral("etle-center"), &clock);
        CaseFactory cases(&changes);
        const ArticleCatalogue &catalogue = ArticleCatalogue::builtIn();
        for (const EtleCapture &capture : generate(9, 2 * kHour, kMinute)) {
            QVariantMap data = capture.caseData();
            const QVariantMap charges = cases.chargeFields(capture.articles(), catalogue);
            for (auto it = charges.cbegin(); it != charges.cend(); ++it)
                data.insert(it.key(), it.value());
            QVERIFY(data.value(QLatin1String(casefield::kFine)).toLongLong() > 0);
            for (const FieldProblem &problem : validateCase(CaseKind::Etle, data, catalogue, capture.at.addSecs(60)))
                QVERIFY2(problem.warning, qPrintable(problem.field + QLatin1String(": ") + problem.message));
        }
    }

    void watchedPlateAppearsEarlyAndNowAndThen()
    {
        EtleCaptureOptions options;
        options.seed = 21;
        options.startMs = start();
        EtleCaptureGenerator generator(options);
        const QList<EtleCapture> captures = generator.advanceTo(start() + 48 * kHour);
        QVERIFY(captures.size() > 1500);
        const QString watchedKey = plateKey(options.watchedPlate);
        // The third capture is the stolen car, so a demo sees the alert within minutes.
        QVERIFY(captures.at(2).watched);
        int watched = 0;
        for (const EtleCapture &capture : captures) {
            QCOMPARE(capture.watched, plateKey(capture.plate) == watchedKey);
            if (!capture.watched)
                continue;
            ++watched;
            QCOMPARE(capture.plate, QStringLiteral("B 4821 KJT"));
            QVERIFY(findPlateKeys(capture.caseData().value(QLatin1String(casefield::kNarrative)).toString())
                        .contains(watchedKey));
        }
        const double share = double(watched) / double(captures.size());
        QVERIFY2(share > 1.0 / 25 && share < 1.0 / 10, qPrintable(QString::number(share)));
    }

    void watchedPlateIsConfigurable()
    {
        EtleCaptureOptions options;
        options.seed = 2;
        options.startMs = start();
        options.watchedPlate = QStringLiteral("b1234xyz");
        options.watchedOneIn = 1; // every capture
        EtleCaptureGenerator generator(options);
        const QList<EtleCapture> captures = generator.advanceTo(start() + 10 * kMinute);
        QVERIFY(!captures.isEmpty());
        for (const EtleCapture &capture : captures) {
            QVERIFY(capture.watched);
            QCOMPARE(capture.plate, QStringLiteral("B 1234 XYZ"));
            QCOMPARE(capture.plateRead, QStringLiteral("B1234XYZ"));
        }
    }
};

QTEST_GUILESS_MAIN(TestEtleCaptureGenerator)
#include "tst_etlecapturegenerator.moc"
