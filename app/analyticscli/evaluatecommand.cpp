#include "evaluatecommand.h"

namespace lintas::analyticscli {

int runEvaluate(const QStringList &) { return 2; }

} // namespace lintas::analyticscli
