#pragma once

#include <QString>

namespace lintas::field {

// What the gateway tells its operator: one line each, with the local time, flushed at once (the log of a
// long-running demo is read with tail -f). say() to stdout, warn() to stderr.
void say(const QString &line);
void warn(const QString &line);

} // namespace lintas::field
