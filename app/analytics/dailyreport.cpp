#include "dailyreport.h"

namespace lintas::analytics {
} // namespace lintas::analytics
