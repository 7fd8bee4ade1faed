#pragma once

#include <QStringList>

namespace lintas::analyticscli {

// lintas-analytics report --store FILE --scope PMJ|JAKPUS [--day yyyy-MM-dd | --operation CODE]
//                         [--language id|en] [--csv]: the daily report as a text table or CSV on stdout.
int runReport(const QStringList &arguments);

} // namespace lintas::analyticscli
