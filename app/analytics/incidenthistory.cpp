#include "incidenthistory.h"

namespace lintas::analytics {
} // namespace lintas::analytics
