#pragma once

#include <QStringList>

namespace lintas::analyticscli {

// lintas-analytics evaluate --history FILE.csv [--cell-meters N] [--train-weeks N]: prints the table of hit rate
// and PAI per method and area fraction and a plain verdict. Exit code 0 when the file was evaluated (whatever the
// verdict), 1 on a bad file (the line and column named), 2 on bad options.
int runEvaluate(const QStringList &arguments);

} // namespace lintas::analyticscli
