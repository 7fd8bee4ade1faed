#pragma once

#include <QLoggingCategory>

namespace lintas {

// The one logging category of the core layer ("lintas.core").
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace lintas
