#include "hotspotforecast.h"

namespace lintas::analytics {
} // namespace lintas::analytics
