#include "forecastevaluation.h"

namespace lintas::analytics {
} // namespace lintas::analytics
