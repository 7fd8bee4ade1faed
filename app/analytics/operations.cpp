#include "operations.h"

namespace lintas::analytics {
} // namespace lintas::analytics
