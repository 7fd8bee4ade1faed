#include "unitplacement.h"

namespace lintas::analytics {
} // namespace lintas::analytics
