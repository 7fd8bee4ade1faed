#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "geo/mappackage.h"
#include "mapimportdialog.h"
#include "messagebox.h"

using namespace lintas;

// The "Import map data" dialog: an OpenStreetMap file becomes a package on the worker thread and can be
// opened; a broken file gives the importer's message in the dialog; the form refuses what it cannot build.
class TestMapImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void importsOsmAndOffersToOpenIt();
    void truncatedInputNamesTheFile();
    void formProblems_data();
    void formProblems();
    void replacingAskedFirst();

private:
    static bool runToEnd(MapImportDialog &dialog, bool *ok);
    QPushButton *button(MapImportDialog &dialog, const char *name) const;

    QTemporaryDir m_dir;
    QString m_osm;
    QList<MessageBox::Request> m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::No;
};

void TestMapImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_osm = QStringLiteral(LINTAS_OSM_FIXTURE);
    QVERIFY(QFile::exists(m_osm));
    MessageBox::setResponder([this](const MessageBox::Request &request) {
        m_questions.append(request);
        return m_answer;
    });
}

void TestMapImportDialog::cleanup()
{
    m_questions.clear();
}

bool TestMapImportDialog::runToEnd(MapImportDialog &dialog, bool *ok)
{
    QSignalSpy finished(&dialog, &MapImportDialog::importFinished);
    dialog.startImport();
    if (!dialog.isRunning())
        return false;
    if (!finished.wait(30000))
        return false;
    *ok = finished.first().first().toBool();
    return !dialog.isRunning();
}

QPushButton *TestMapImportDialog::button(MapImportDialog &dialog, const char *name) const
{
    return dialog.findChild<QPushButton *>(QLatin1StringView(name));
}

void TestMapImportDialog::importsOsmAndOffersToOpenIt()
{
    MapImportDialog dialog;
    dialog.show();
    dialog.setInputFiles({m_osm});
    // The package is suggested beside the input, named after it; here it goes to the temporary folder.
    QCOMPARE(QFileInfo(dialog.outputFile()).fileName(), QStringLiteral("bandung-small.lintasmap"));
    const QString out = m_dir.filePath(QStringLiteral("bandung"));
    dialog.setOutputFile(out);
    dialog.setPackageName(QStringLiteral("Bandung"));
    QVERIFY(!button(dialog, "openPackage")->isVisible());

    bool ok = false;
    QVERIFY(runToEnd(dialog, &ok));
    QVERIFY2(ok, qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("(roads: 6, places: 9, districts: 1)")),
             qPrintable(dialog.statusText()));
    QVERIFY(m_questions.isEmpty());

    geo::MapPackage package;
    QString error;
    QVERIFY2(package.open(out + QStringLiteral(".lintasmap"), &error), qPrintable(error));
    QCOMPARE(package.metadata().name, QStringLiteral("Bandung"));
    QCOMPARE(package.statistics().roads, 6);
    package.close();

    QPushButton *open = button(dialog, "openPackage");
    QVERIFY(open->isVisible());
    QSignalSpy ready(&dialog, &MapImportDialog::packageReady);
    open->click();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), out + QStringLiteral(".lintasmap"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestMapImportDialog::truncatedInputNamesTheFile()
{
    // An extract cut short, as a broken download leaves it.
    QFile source(m_osm);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString cut = m_dir.filePath(QStringLiteral("cut.osm"));
    QFile file(cut);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(source.readAll().left(3000));
    file.close();

    MapImportDialog dialog;
    dialog.setInputFiles({cut});
    const QString out = m_dir.filePath(QStringLiteral("cut.lintasmap"));
    dialog.setOutputFile(out);
    bool ok = true;
    QVERIFY(runToEnd(dialog, &ok));
    QVERIFY(!ok);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("cut.osm: the XML is malformed at line")),
             qPrintable(dialog.statusText()));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    QVERIFY(!button(dialog, "openPackage")->isVisible());
    QVERIFY(button(dialog, "import")->isEnabled()); // the form is usable again
}

void TestMapImportDialog::formProblems_data()
{
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << QStringList() << QStringLiteral("x.lintasmap") << "Add at least one file";
    QTest::newRow("missing input") << QStringList{QStringLiteral("/nowhere/bandung.osm.pbf")}
                                   << QStringLiteral("x.lintasmap")
                                   << "/nowhere/bandung.osm.pbf: the file does not exist";
    QTest::newRow("unknown format") << QStringList{QStringLiteral("roads.kml")} << QStringLiteral("x.lintasmap")
                                    << "roads.kml: unknown map data format";
}

void TestMapImportDialog::formProblems()
{
    QFETCH(QStringList, inputs);
    QFETCH(QString, output);
    QFETCH(QString, message);
    MapImportDialog dialog;
    dialog.setInputFiles(inputs);
    dialog.setOutputFile(m_dir.filePath(output));
    dialog.startImport();
    QVERIFY(!dialog.isRunning());
    QVERIFY2(dialog.statusText().startsWith(message), qPrintable(dialog.statusText()));
}

void TestMapImportDialog::replacingAskedFirst()
{
    const QString out = m_dir.filePath(QStringLiteral("existing.lintasmap"));
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();

    MapImportDialog dialog;
    dialog.setInputFiles({m_osm});
    dialog.setOutputFile(out);
    m_answer = QMessageBox::No;
    dialog.startImport();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().text.contains(QStringLiteral("existing.lintasmap")));
    QVERIFY(!dialog.isRunning());
    QCOMPARE(QFileInfo(out).size(), 7);

    m_answer = QMessageBox::Yes;
    bool ok = false;
    QVERIFY(runToEnd(dialog, &ok));
    QVERIFY2(ok, qPrintable(dialog.statusText()));
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(QFileInfo(out).size() > 7);
}

QTEST_MAIN(TestMapImportDialog)
#include "tst_mapimportdialog.moc"
