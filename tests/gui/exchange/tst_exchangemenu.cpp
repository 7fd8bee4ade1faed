// The "Data exchange" menu: its actions and when they are enabled; an import of a malformed EIDO shows the error
// naming the EIDO and the field and changes nothing; a good import commits through the store service and a second
// one adds nothing; exports through the same code paths as the actions (without their file dialogs).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "analytics/exchange/eidoids.h"
#include "cases/casedesk.h"
#include "core/roles.h"
#include "exchange/exchangemenu.h"
#include "exchange/exchangescopedialog.h"
#include "exchange/incidentchooserdialog.h"
#include "guitestsupport.h"
#include "language.h"
#include "store/storereader.h"

using namespace lintas;

class Tst_exchangemenu : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QList<QUuid> m_incidents;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<ExchangeMenu> m_menu;

    SupervisionContext context() const
    {
        SupervisionContext context;
        context.desk = m_desk.get();
        return context;
    }

    // Runs `start` and waits for the menu's finished(); its (ok, message).
    std::pair<bool, QString> run(const std::function<void()> &start)
    {
        QSignalSpy finished(m_menu.get(), &ExchangeMenu::finished);
        start();
        if (!finished.wait(30000))
            return {false, QStringLiteral("no answer")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    int incidentCount() const { return StoreReader(m_path).incidentCount(); }

    ExchangeScope today() const
    {
        const QDate date = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(kExchangeWibOffsetSeconds)).date();
        return ExchangeScope{date.addDays(-1), date, QString()};
    }

    void shoot(QWidget *widget, const QString &name)
    {
        // For a person checking the dialogs' looks: LINTAS_SCREENSHOT_DIR names where the pictures go.
        const QString dir = qEnvironmentVariable("LINTAS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->adjustSize();
        widget->grab().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase() { Language::instance()->setLanguage(QStringLiteral("en")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        test::isolate(*m_dir);
        m_path = m_dir->filePath(QStringLiteral("desk.lintas"));
        m_incidents.clear();
        QVERIFY(test::seedFixture(m_path, nullptr, &m_incidents));
        m_clock = std::make_unique<HybridClock>();
        m_factory = std::make_unique<ChangeFactory>(test::kSite, test::kActor, m_clock.get());
        m_service = std::make_unique<StoreService>(m_path, test::kSite);
        QVERIFY(test::startService(*m_service));
        m_desk = std::make_unique<CaseDesk>(m_service.get(), m_factory.get(), m_path);
        m_menu = std::make_unique<ExchangeMenu>(context());
        m_menu->setShowsMessages(false); // the tests that look at the message boxes answer them
    }

    void cleanup()
    {
        MessageBox::setResponder({});
        m_menu.reset();
        m_desk.reset();
        if (m_service)
            m_service->stop();
        m_service.reset();
        m_factory.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void actions()
    {
        QVERIFY(!m_menu->menu()->title().isEmpty());
        const QStringList names{QStringLiteral("exportEidoAction"), QStringLiteral("importEidoAction"),
                                QStringLiteral("exportCapAction"), QStringLiteral("exportIncidentsAction"),
                                QStringLiteral("exportCasesAction")};
        QCOMPARE(m_menu->actions().size(), names.size());
        for (const QString &name : names) {
            QAction *action = m_menu->action(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY(!action->text().isEmpty());
            QVERIFY(action->isEnabled());
            QVERIFY(m_menu->menu()->actions().contains(action));
        }
        // An auditor may export but not import.
        m_desk->setActor(Actor{QStringLiteral("79120001"), Role::Auditor, QStringLiteral("PMJ")});
        QVERIFY(!m_menu->action(QStringLiteral("importEidoAction"))->isEnabled());
        QVERIFY(m_menu->action(QStringLiteral("exportEidoAction"))->isEnabled());
        m_desk->setActor(std::nullopt);
        QVERIFY(m_menu->action(QStringLiteral("importEidoAction"))->isEnabled());

        // Without a desk there is nothing to read or write.
        ExchangeMenu bare{SupervisionContext()};
        for (QAction *action : bare.actions())
            QVERIFY(!action->isEnabled());
    }

    void malformedImportChangesNothing()
    {
        const QString exported = m_dir->filePath(QStringLiteral("export.json"));
        auto [ok, message] = run([&] { m_menu->exportEido(QUuid(), today(), exported); });
        QVERIFY2(ok, qPrintable(message));
        QJsonArray eidos = QJsonDocument::fromJson(read(exported)).array();
        QCOMPARE(eidos.size(), 2);

        // The first EIDO of the file as a new incident (good), the second with a latitude that is no number.
        QJsonObject first = eidos.at(0).toObject();
        first.insert(QStringLiteral("$id"), eidoid::incident(QUuid::createUuid()));
        first.remove(QStringLiteral("notesComponent"));
        eidos.replace(0, first);
        QJsonObject second = eidos.at(1).toObject();
        const QString secondId = second.value(QLatin1String("$id")).toString();
        QJsonArray locations = second.value(QLatin1String("locationComponent")).toArray();
        QJsonObject location = locations.at(0).toObject();
        location.insert(QStringLiteral("locationByValue"),
                        location.value(QLatin1String("locationByValue"))
                            .toString()
                            .replace(QStringLiteral("<gml:pos>-"), QStringLiteral("<gml:pos>abc -")));
        locations.replace(0, location);
        second.insert(QStringLiteral("locationComponent"), locations);
        eidos.replace(1, second);
        const QString broken = write(QStringLiteral("broken.json"), QJsonDocument(eidos).toJson());

        test::MessageBoxAnswerer answerer(QMessageBox::Ok);
        m_menu->setShowsMessages(true);
        const int before = incidentCount();
        std::tie(ok, message) = run([&] { m_menu->importEido(broken); });
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("EIDO 2 (%1): locationComponent[0].locationByValue: latitude 'abc' "
                                                 "is not a number")
                                      .arg(secondId)),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("broken.json")));
        QVERIFY(message.contains(QLatin1String("Nothing was imported.")));
        QCOMPARE(answerer.asked.size(), 1);
        QVERIFY(answerer.asked.first().kind == MessageBox::Kind::Critical);
        QCOMPARE(answerer.asked.first().text, message);
        QCOMPARE(incidentCount(), before);
        QVERIFY(m_menu->action(QStringLiteral("importEidoAction"))->isEnabled());

        // Not JSON at all.
        const QString garbage = write(QStringLiteral("garbage.json"), "this is not json");
        std::tie(ok, message) = run([&] { m_menu->importEido(garbage); });
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("not JSON")), qPrintable(message));
        QCOMPARE(incidentCount(), before);
    }

    void goodImportOnceThenNothing()
    {
        const QString exported = m_dir->filePath(QStringLiteral("one.json"));
        auto [ok, message] = run([&] { m_menu->exportEido(m_incidents.first(), {}, exported); });
        QVERIFY2(ok, qPrintable(message));
        QJsonObject eido = QJsonDocument::fromJson(read(exported)).object();
        QVERIFY(!eido.isEmpty());

        // Into its own store: already present.
        std::tie(ok, message) = run([&] { m_menu->importEido(exported); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("already present")), qPrintable(message));

        // As a new incident from another system (its own $id): imported once, then already present.
        eido.insert(QStringLiteral("$id"), QStringLiteral("urn:emergency:uid:incidentid:cad-4711:partner.example"));
        QJsonObject component = eido.value(QLatin1String("incidentComponent")).toObject();
        component.insert(QStringLiteral("internalIncidentId"), QStringLiteral("JAKPUS-20261127-0900"));
        eido.insert(QStringLiteral("incidentComponent"), component);
        const QString foreign = write(QStringLiteral("foreign.json"), QJsonDocument(eido).toJson());
        const int before = incidentCount();
        std::tie(ok, message) = run([&] { m_menu->importEido(foreign); });
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(incidentCount(), before + 1);
        std::tie(ok, message) = run([&] { m_menu->importEido(foreign); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("JAKPUS-20261127-0900")), qPrintable(message));
        QCOMPARE(incidentCount(), before + 1);
    }

    void exports()
    {
        const QString geojson = m_dir->filePath(QStringLiteral("incidents.geojson"));
        auto [ok, message] = run([&] { m_menu->exportIncidents(today(), false, geojson); });
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(QJsonDocument::fromJson(read(geojson)).object().value(QLatin1String("features")).toArray().size(), 2);
        const QString csv = m_dir->filePath(QStringLiteral("cases.csv"));
        std::tie(ok, message) = run([&] { m_menu->exportCases(today(), true, csv); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(read(csv).startsWith("number,kind,state"));

        // The fixture's incidents are a jam and a breakdown: no closure or hazard, so no alert, and the reason.
        const QString cap = m_dir->filePath(QStringLiteral("cap.xml"));
        std::tie(ok, message) = run([&] { m_menu->exportCap(m_incidents.first(), cap); });
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("blocks no lane")), qPrintable(message));
        QVERIFY(!QFile::exists(cap));

        // A lane blocked makes it a closure to announce.
        const Incident jam = *StoreReader(m_path).incident(m_incidents.first());
        QString error;
        QVERIFY2(test::commit(*m_service,
                              {m_factory->setIncidentFields(
                                  jam.id, {{QStringLiteral("lanes_blocked"), 1}, {QStringLiteral("lanes_total"), 3}})},
                              &error),
                 qPrintable(error));
        std::tie(ok, message) = run([&] { m_menu->exportCap(m_incidents.first(), cap); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(read(cap).contains("<status>Actual</status>"));

        // A file that cannot be written is named.
        std::tie(ok, message) =
            run([&] { m_menu->exportIncidents(today(), true, m_dir->filePath(QStringLiteral("no/such/dir/x.csv"))); });
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("x.csv")), qPrintable(message));
    }

    void dialogs()
    {
        ExchangeScopeDialog scope(QStringLiteral("Export incidents as EIDO"), ExchangeScopeDialog::Format::None,
                                  QStringLiteral("JAKPUS-20261127-0042"), QDate(2026, 11, 27));
        QVERIFY(scope.selectedIncidentOnly());
        QCOMPARE(scope.scope().from, QDate(2026, 11, 27));
        shoot(&scope, QStringLiteral("scope-eido.png"));
        ExchangeScopeDialog formats(QStringLiteral("Export cases"), ExchangeScopeDialog::Format::GeoJson, QString(),
                                    QDate(2026, 11, 27));
        QVERIFY(!formats.selectedIncidentOnly());
        QVERIFY(!formats.csv());
        shoot(&formats, QStringLiteral("scope-cases.png"));

        QList<Incident> open = StoreReader(m_path).openIncidents();
        QCOMPARE(open.size(), 2);
        open[1].lanesBlocked = 1;
        open[1].lanesTotal = 2;
        IncidentChooserDialog chooser(open, open[1].id);
        QCOMPARE(chooser.chosen(), open[1].id);
        const auto *list = chooser.findChild<QListWidget *>(QStringLiteral("incidentList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        // The alertable one first, the other greyed out with the reason.
        QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!list->item(1)->toolTip().isEmpty());
        shoot(&chooser, QStringLiteral("chooser.png"));
    }
};

QTEST_MAIN(Tst_exchangemenu)
#include "tst_exchangemenu.moc"
