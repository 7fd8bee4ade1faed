#pragma once

#include <QLoggingCategory>

namespace lintas {

// The one logging category of the store layer ("lintas.store").
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace lintas
