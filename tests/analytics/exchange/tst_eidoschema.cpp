// The EIDO export against the NENA-STA-021 JSON schema (EmergencyIncidentDataObjectType), validated by Ajv through
// validate-eido.mjs; and a broken EIDO (no $id) rejected, so that the validator is seen to check.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/exchange/eidowriter.h"
#include "analytics/exchange/exchangereader.h"
#include "exchangefixture.h"

using namespace lintas;
using namespace lintas::test;

class TestEidoSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_source;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // Runs the validator; its exit code, and its output in *output.
    int validate(const QStringList &files, QString *output)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *output = QStringLiteral("node is not installed");
            return -1;
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        // The schema compiled once by the fixture (analytics.exchange.eido_validator_setup).
        process.start(node, QStringList{QStringLiteral(LINTAS_EIDO_VALIDATOR), QStringLiteral("--modules"),
                                        QStringLiteral(LINTAS_EIDO_MODULES), QStringLiteral("--standalone"),
                                        QStringLiteral(LINTAS_EIDO_COMPILED)} +
                                files);
        if (!process.waitForFinished(90000)) {
            *output = QStringLiteral("the validator did not finish: ") + process.errorString();
            return -1;
        }
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

    // One run of the validator for every file (compiling the schema is what takes the time): the exports are
    // valid, the broken ones are not.
    void exportsAreValidAndBrokenOnesAreNot()
    {
        const ExchangeReader reader(m_source.path);
        const QList<ExchangeIncident> all = reader.incidents({QDate(2026, 11, 26), QDate(2026, 11, 27), QString()});
        QCOMPARE(all.size(), 3);
        const auto record = reader.incident(m_source.accident);
        QVERIFY(record);
        const QString many = write(QStringLiteral("incidents.json"), EidoWriter().document(all));
        const QString one = write(QStringLiteral("accident.json"), EidoWriter().document({*record}));

        // No $id: a required property.
        QJsonObject eido = EidoWriter().eido(*record);
        eido.remove(QStringLiteral("$id"));
        const QString noId = write(QStringLiteral("broken.json"), QJsonDocument(eido).toJson());
        // A wrong type deep inside: a priority that is not an integer.
        eido = EidoWriter().eido(*record);
        QJsonObject component = eido.value(QLatin1String("incidentComponent")).toObject();
        component.insert(QStringLiteral("incidentCommonPriorityNumber"), QStringLiteral("high"));
        eido.insert(QStringLiteral("incidentComponent"), component);
        const QString wrongType = write(QStringLiteral("wrongtype.json"), QJsonDocument(eido).toJson());
        QVERIFY(!many.isEmpty() && !one.isEmpty() && !noId.isEmpty() && !wrongType.isEmpty());

        QString output;
        QCOMPARE(validate({many, one, noId, wrongType}, &output), 1);
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto linesOf = [&](const QString &file) {
            QStringList found;
            for (const QString &line : lines)
                if (line.startsWith(file + QLatin1Char(' ')))
                    found << line.mid(file.size() + 1);
            return found;
        };
        QCOMPARE(linesOf(many), (QStringList{QStringLiteral("[0]: valid"), QStringLiteral("[1]: valid"),
                                             QStringLiteral("[2]: valid")}));
        QCOMPARE(linesOf(one), QStringList{QStringLiteral("[0]: valid")});
        QVERIFY2(linesOf(noId).join(QLatin1Char('\n')).contains(QLatin1String("must have required property '$id'")),
                 qPrintable(output));
        QVERIFY2(linesOf(wrongType)
                     .join(QLatin1Char('\n'))
                     .contains(QLatin1String("/incidentComponent/incidentCommonPriorityNumber")),
                 qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestEidoSchema)
#include "tst_eidoschema.moc"
