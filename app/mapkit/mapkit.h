#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lintas {

// The lintas-mapkit command line:
//   lintas-mapkit import [--roads] PATH... [--sectors PATH] [--landmarks CSV] [--name NAME] -o FILE.lintasmap
//       (inputs by extension: .osm.pbf/.osm[.gz|.bz2] with libosmium, .shp with shapelib, .geojson/.json)
//   lintas-mapkit info FILE.lintasmap
// Returns the process exit code: 0 on success, 1 when the work failed, 2 on a usage error. Every failure
// prints one message naming what went wrong to stderr.
class Mapkit
{
    Q_DECLARE_TR_FUNCTIONS(lintas::Mapkit)

public:
    static int run(const QStringList &arguments);

private:
    static int import(const QStringList &arguments);
    static int info(const QStringList &arguments);
};

} // namespace lintas
