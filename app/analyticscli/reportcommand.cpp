#include "reportcommand.h"

namespace lintas::analyticscli {

int runReport(const QStringList &) { return 2; }

} // namespace lintas::analyticscli
