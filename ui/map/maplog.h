#pragma once

#include <QLoggingCategory>

namespace lintas {

Q_DECLARE_LOGGING_CATEGORY(lcMap)

} // namespace lintas
