#pragma once

#include <QDateTime>

#include "store.h"

namespace lintas {

// Fills a fresh store with the Jakarta demo: the Polres of Polda Metro Jaya, about 40 patrol units
// and about 200 incidents over the 24 hours before `now`, all as changes through the reducer.
// The same seed and `now` give the same store.
struct DemoOptions
{
    quint32 seed = 20261127;
    QDateTime now;         // defaults to the current time
    int units = 40;
    int incidents = 200;
};

bool seedDemo(Store &store, const DemoOptions &options, QString *error);

} // namespace lintas
