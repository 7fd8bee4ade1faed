#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

namespace lintas::geo {

// Why an import failed, precise enough to fix the input: the file, the record (1-based, as GIS tools number
// features) and what is wrong with it.
struct ImportError
{
    QString file;      // file name as given by the user
    qint64 record = 0; // 0: the problem is not in one record (header, missing field, …)
    QString what;

    // "roads.shp: record 1204: the shape cannot be read (the file ends early)".
    QString toString() const;
};

// Records done and records in total, called now and then while a file is read (total may be 0 if unknown).
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace lintas::geo
