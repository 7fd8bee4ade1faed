#pragma once

#include <QLoggingCategory>

namespace lintas::geo {

// The one logging category of the geo layer ("lintas.geo").
Q_DECLARE_LOGGING_CATEGORY(lcGeo)

} // namespace lintas::geo
