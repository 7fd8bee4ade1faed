// lintas-bench SUITE [ARGS…] — prints one JSON object per measurement (DESIGN.md section 8).
// To add a suite: write `int runXSuite(const QStringList &)` in its own file, declare it in bench.h and add a
// line to kSuites below.

#include <cstdio>
#include <map>

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "bench.h"

namespace lintas::bench {

void report(const Measurement &m)
{
    QJsonObject line{
        {QStringLiteral("name"), m.name}, {QStringLiteral("value"), m.value}, {QStringLiteral("unit"), m.unit}};
    if (m.baseline >= 0) {
        line.insert(QStringLiteral("baseline"), m.baseline);
        const double ratio =
            m.higherIsBetter ? (m.baseline > 0 ? m.value / m.baseline : 0) : (m.value > 0 ? m.baseline / m.value : 0);
        line.insert(QStringLiteral("ratio"), std::round(ratio * 1000) / 1000);
    }
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace lintas::bench

int main(int argc, char **argv)
{
    // The map suite paints widgets; nothing here needs a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    using namespace lintas::bench;
    const std::map<QString, std::pair<Suite, const char *>> kSuites{
        {QStringLiteral("store"), {runStoreSuite, "committed changes per second through the store, vs raw SQLite"}},
        {QStringLiteral("map"), {runMapSuite, "map frames with 5,000 units and 20,000 incidents, vs QGraphicsScene"}},
        {QStringLiteral("sync"), {runSyncSuite, "catch-up of 100,000 changes, outbox push, fan-out to 20 desks"}},
        {QStringLiteral("startup"), {runStartupSuite, "start-up time and memory of lintas over 100,000 incidents"}},
        {QStringLiteral("route"), {runRouteSuite, "ranking 500 units by road travel time for 1,000 incidents, vs BGL Dijkstra"}},
        {QStringLiteral("cases"), {runCasesSuite, "case search, opening, settlement import and audit verification over 1,000,000 cases"}},
        {QStringLiteral("report"), {runReportSuite, "daily report, dashboard refresh and forecast over 1,000,000 incidents and 1,000,000 cases"}},
    };
    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty() || !kSuites.count(arguments.first())) {
        std::fprintf(stderr, "usage: lintas-bench SUITE [ARGS...]\n\nsuites:\n");
        for (const auto &[name, suite] : kSuites)
            std::fprintf(stderr, "  %-10s %s\n", qPrintable(name), suite.second);
        return arguments.isEmpty() ? 2 : 1;
    }
    const QString suite = arguments.takeFirst();
    return kSuites.at(suite).first(arguments);
}
