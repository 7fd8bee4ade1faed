#include "dashboardstats.h"

namespace lintas::analytics {
} // namespace lintas::analytics
