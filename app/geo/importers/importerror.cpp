#include "geo/importers/importerror.h"

namespace lintas::geo {

QString ImportError::toString() const
{
    if (record > 0) {
        return QCoreApplication::translate("ImportError", "%1: record %2: %3").arg(file).arg(record).arg(what);
    }
    if (file.isEmpty())
        return what;
    return QCoreApplication::translate("ImportError", "%1: %2").arg(file, what);
}

} // namespace lintas::geo
