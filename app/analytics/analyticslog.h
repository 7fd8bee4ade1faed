#pragma once

#include <QLoggingCategory>

namespace lintas::analytics {

// The one logging category of the analytics layer ("lintas.analytics").
Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)

} // namespace lintas::analytics
