#include "geo/geolog.h"

namespace lintas::geo {

Q_LOGGING_CATEGORY(lcGeo, "lintas.geo")

} // namespace lintas::geo
