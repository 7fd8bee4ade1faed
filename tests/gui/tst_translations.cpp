// The Indonesian file must cover every string of the sources: run lupdate over the sources into a
// scratch copy and look for anything unfinished, obsolete or vanished.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // "" when finished
    int numerusForms = 0;
    int emptyForms = 0;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && !inTranslation)
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                entry = Entry{context, {}, {}, 0, 0};
            else if (xml.name() == QLatin1String("source"))
                entry.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                inTranslation = true;
            } else if (xml.name() == QLatin1String("numerusform")) {
                ++entry.numerusForms;
                if (xml.readElementText().isEmpty())
                    ++entry.emptyForms;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inTranslation = false;
            else if (xml.name() == QLatin1String("message"))
                entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// What lupdate makes of the file with the sources as they are now.
QString refreshed(const QString &tsFile, QTemporaryDir &dir, QString *error)
{
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QFile::remove(copy);
    if (!QFile::copy(tsFile, copy)) {
        *error = QStringLiteral("cannot copy %1").arg(tsFile);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString root = QStringLiteral(LINTAS_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    // The same sources and options as the update_translations target (translations/CMakeLists.txt).
    // -I app: the cross-layer includes ("geo/mappackage.h") resolve, so contexts declared in headers
    // (Q_DECLARE_TR_FUNCTIONS(lintas::geo::MapPackage)) come out as the build's lupdate run sees them.
    QStringList arguments{QStringLiteral("-I"),        QStringLiteral("app"),         QStringLiteral("-locations"),
                          QStringLiteral("none"),      QStringLiteral("ui"),          QStringLiteral("app/core"),
                          QStringLiteral("app/store"), QStringLiteral("app/sync"),      QStringLiteral("app/analytics"), QStringLiteral("app/main.cpp")};
    // app/geo without its importers (their messages are lintas-mapkit's, in English).
    const QDir geo(root + QStringLiteral("/app/geo"));
    for (const QString &name : geo.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files))
        arguments << QStringLiteral("app/geo/") + name;
    arguments << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(LINTAS_LUPDATE), arguments);
    if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: %1 %2")
                     .arg(lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAllStandardError()));
        return {};
    }
    return copy;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indonesianIsComplete();
    void englishHasItsPluralForms();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::indonesianIsComplete()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString copy = refreshed(QStringLiteral(LINTAS_TS_ID), m_dir, &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QStringList problems;
    for (const Entry &entry : entries) {
        if (!entry.type.isEmpty())
            problems << QStringLiteral("%1 [%2]: %3").arg(entry.type, entry.context, entry.source);
        else if (entry.emptyForms > 0)
            problems << QStringLiteral("empty plural form [%1]: %2").arg(entry.context, entry.source);
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("lintas_id.ts is not up to date with the sources (%1 entries); run the "
                                        "update_translations target and translate:\n  %2")
                             .arg(problems.size())
                             .arg(problems.mid(0, 40).join(QStringLiteral("\n  ")))));
}

void TestTranslations::englishHasItsPluralForms()
{
    // English is the source language: only the plural forms need writing out ("1 change", "2 changes").
    QString error;
    const QList<Entry> entries = readTs(QStringLiteral(LINTAS_TS_EN), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int plurals = 0;
    for (const Entry &entry : entries) {
        if (!entry.source.contains(QLatin1String("%n")) || entry.numerusForms == 0)
            continue;
        ++plurals;
        QVERIFY2(entry.numerusForms == 2 && entry.emptyForms == 0,
                 qPrintable(QStringLiteral("[%1] %2").arg(entry.context, entry.source)));
        QVERIFY2(entry.type.isEmpty(), qPrintable(QStringLiteral("unfinished: %1").arg(entry.source)));
    }
    QVERIFY(plurals >= 2);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
