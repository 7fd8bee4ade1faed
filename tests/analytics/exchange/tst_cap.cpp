// The CAP 1.2 road alert: its fields, the time format the schema demands (offset, no fraction, no Z), both
// languages, which incidents are alertable; and xmllint against the OASIS schema, with broken alerts rejected so
// that the validator is seen to check.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "analytics/exchange/capalert.h"
#include "exchangefixture.h"

using namespace lintas;
using namespace lintas::test;

namespace {

// The alert's elements as path → texts ("alert/info/language" → ["id-ID", "en-US"]).
QMultiMap<QString, QString> elements(const QByteArray &xml)
{
    QMultiMap<QString, QString> out;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            path << reader.name().toString();
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            out.insert(path.join(QLatin1Char('/')), text.trimmed());
            path.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    return out;
}

QStringList values(const QMultiMap<QString, QString> &map, const QString &key)
{
    QStringList list = map.values(key);
    std::reverse(list.begin(), list.end()); // QMultiMap returns the newest first
    return list;
}

} // namespace

class TestCap : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_source;
    const QDateTime m_sent = QDateTime(QDate(2026, 11, 27), QTime(2, 30, 15, 250), Qt::UTC); // 09:30:15.250 WIB

    QByteArray alert(const QUuid &id) const
    {
        CapAlert::Options options;
        options.sent = m_sent;
        options.web = QStringLiteral("https://example.org/lalu-lintas");
        return CapAlert::xml(m_source.incident(id), options);
    }

    int xmllint(const QByteArray &xml, QString *output)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("alert-%1.xml").arg(QUuid::createUuid().toString(QUuid::Id128)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
            return -1;
        file.close();
        const QString program = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (program.isEmpty()) {
            *output = QStringLiteral("xmllint is not installed (Debian package libxml2-utils)");
            return -1;
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program,
                      {QStringLiteral("--noout"), QStringLiteral("--schema"), QStringLiteral(LINTAS_CAP_XSD), path});
        if (!process.waitForFinished(30000))
            return -1;
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_source.build(m_dir));
    }

    void accidentWithLanesBlocked()
    {
        const Incident incident = m_source.incident(m_source.accident);
        QVERIFY(CapAlert::isAlertable(incident));
        QVERIFY(CapAlert::refusal(incident).isEmpty());
        const auto e = elements(alert(m_source.accident));

        QCOMPARE(e.value(QStringLiteral("alert/identifier")), incident.number + QStringLiteral("-20261127T093015"));
        QCOMPARE(e.value(QStringLiteral("alert/sender")), QStringLiteral("lintas.pmj"));
        QCOMPARE(e.value(QStringLiteral("alert/sent")), QStringLiteral("2026-11-27T09:30:15+07:00"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d$"))
                    .match(e.value(QStringLiteral("alert/sent")))
                    .hasMatch());
        QCOMPARE(e.value(QStringLiteral("alert/status")), QStringLiteral("Actual"));
        QCOMPARE(e.value(QStringLiteral("alert/msgType")), QStringLiteral("Alert"));
        QCOMPARE(e.value(QStringLiteral("alert/scope")), QStringLiteral("Public"));
        QCOMPARE(e.value(QStringLiteral("alert/incidents")), incident.number);

        QCOMPARE(values(e, QStringLiteral("alert/info/language")),
                 (QStringList{QStringLiteral("id-ID"), QStringLiteral("en-US")}));
        QCOMPARE(values(e, QStringLiteral("alert/info/category")),
                 (QStringList{QStringLiteral("Transport"), QStringLiteral("Transport")}));
        QCOMPARE(values(e, QStringLiteral("alert/info/event")),
                 (QStringList{QStringLiteral("Kecelakaan lalu lintas"), QStringLiteral("Traffic accident")}));
        QCOMPARE(values(e, QStringLiteral("alert/info/urgency")),
                 (QStringList{QStringLiteral("Immediate"), QStringLiteral("Immediate")}));
        QCOMPARE(values(e, QStringLiteral("alert/info/severity")),
                 (QStringList{QStringLiteral("Severe"), QStringLiteral("Severe")}));
        // A unit is on scene: observed.
        QCOMPARE(values(e, QStringLiteral("alert/info/certainty")),
                 (QStringList{QStringLiteral("Observed"), QStringLiteral("Observed")}));
        QCOMPARE(
            values(e, QStringLiteral("alert/info/expires")),
            (QStringList{QStringLiteral("2026-11-27T12:30:15+07:00"), QStringLiteral("2026-11-27T12:30:15+07:00")}));
        const QStringList headlines = values(e, QStringLiteral("alert/info/headline"));
        QCOMPARE(headlines.value(0), QStringLiteral("Kecelakaan lalu lintas di Jl. Medan Merdeka Barat"));
        QCOMPARE(headlines.value(1), QStringLiteral("Traffic accident on Jl. Medan Merdeka Barat"));
        const QStringList descriptions = values(e, QStringLiteral("alert/info/description"));
        QVERIFY2(descriptions.value(0).contains(QLatin1String("2 dari 3 lajur tertutup")),
                 qPrintable(descriptions.value(0)));
        QVERIFY2(descriptions.value(1).contains(QLatin1String("2 of 3 lanes blocked")),
                 qPrintable(descriptions.value(1)));
        const QStringList instructions = values(e, QStringLiteral("alert/info/instruction"));
        QVERIFY(instructions.value(0).startsWith(QLatin1String("Hindari ruas jalan Jl. Medan Merdeka Barat")));
        QVERIFY(instructions.value(1).startsWith(QLatin1String("Avoid Jl. Medan Merdeka Barat")));
        QCOMPARE(values(e, QStringLiteral("alert/info/web")).size(), 2);
        QCOMPARE(values(e, QStringLiteral("alert/info/area/areaDesc")).value(0),
                 QStringLiteral("Jl. Medan Merdeka Barat, Gambir"));
        QCOMPARE(values(e, QStringLiteral("alert/info/area/circle")).value(0),
                 QStringLiteral("-6.175400,106.822200 0.5"));
        QCOMPARE(values(e, QStringLiteral("alert/info/senderName")).value(0),
                 QStringLiteral("Polres Metro Jakarta Pusat"));
    }

    void flood()
    {
        const auto e = elements(alert(m_source.flood));
        QCOMPARE(values(e, QStringLiteral("alert/info/event")),
                 (QStringList{QStringLiteral("Banjir"), QStringLiteral("Flooding")}));
        QCOMPARE(values(e, QStringLiteral("alert/info/severity")).value(0), QStringLiteral("Moderate"));
        // Nobody has seen it yet: likely.
        QCOMPARE(values(e, QStringLiteral("alert/info/certainty")).value(0), QStringLiteral("Likely"));
        QCOMPARE(values(e, QStringLiteral("alert/info/area/circle")).value(0),
                 QStringLiteral("-6.155300,106.740300 1.0"));
    }

    void notAlertable()
    {
        // A jam with no lane blocked is neither a closure nor a hazard.
        const Incident jam = m_source.incident(m_source.jam);
        QVERIFY(!CapAlert::isAlertable(jam));
        QVERIFY(CapAlert::refusal(jam).contains(jam.number));
    }

    void validAgainstTheSchema()
    {
        for (const QUuid &id : {m_source.accident, m_source.flood}) {
            QString output;
            QVERIFY2(xmllint(alert(id), &output) == 0, qPrintable(output));
            QVERIFY2(output.contains(QLatin1String("validates")), qPrintable(output));
        }
    }

    void brokenAlertsAreRejected()
    {
        QString output;
        QByteArray bogus = alert(m_source.accident);
        bogus.replace("<status>Actual</status>", "<status>Bogus</status>");
        QVERIFY(xmllint(bogus, &output) != 0);
        QVERIFY2(output.contains(QLatin1String("status")), qPrintable(output));

        // The schema's dateTime pattern refuses UTC written with a Z and fractions of a second.
        QByteArray zulu = alert(m_source.accident);
        zulu.replace("2026-11-27T09:30:15+07:00", "2026-11-27T02:30:15.250Z");
        QVERIFY(xmllint(zulu, &output) != 0);
        QVERIFY2(output.contains(QLatin1String("sent")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCap)
#include "tst_cap.moc"
