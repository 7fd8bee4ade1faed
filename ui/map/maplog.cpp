#include "map/maplog.h"

namespace lintas {

Q_LOGGING_CATEGORY(lcMap, "lintas.map")

} // namespace lintas
