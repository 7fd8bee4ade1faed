#pragma once

#include <functional>

#include <QString>
#include <QStringList>

namespace lintas::bench {

// One line of output (DESIGN.md section 8). baseline and ratio only where a reference ran beside it in the
// same process; ratio > 1 means Lintas is faster or smaller.
struct Measurement
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = -1; // < 0: none
    bool higherIsBetter = true;
};

// Prints one JSON object on its own line.
void report(const Measurement &measurement);

// A suite runs its measurements, reports each, and returns the process exit code.
using Suite = std::function<int(const QStringList &arguments)>;

// Each suite's file registers itself here (see main.cpp).
int runStoreSuite(const QStringList &arguments);
int runStartupSuite(const QStringList &arguments);
int runMapSuite(const QStringList &arguments);
int runSyncSuite(const QStringList &arguments);
int runRouteSuite(const QStringList &arguments);
int runCasesSuite(const QStringList &arguments);
int runReportSuite(const QStringList &arguments);

// The cases suite's cached store of 1,000,000 cases in dataDir (or the temp folder), built first when missing;
// its path, or empty with *error set.
QString ensureCaseStore(const QString &dataDir, QString *error);

} // namespace lintas::bench
