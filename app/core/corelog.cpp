#include "corelog.h"

namespace lintas {

Q_LOGGING_CATEGORY(lcCore, "lintas.core")

} // namespace lintas
