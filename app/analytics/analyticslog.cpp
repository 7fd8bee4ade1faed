#include "analytics/analyticslog.h"

namespace lintas::analytics {

Q_LOGGING_CATEGORY(lcAnalytics, "lintas.analytics")

} // namespace lintas::analytics
