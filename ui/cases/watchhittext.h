#pragma once

#include <QDateTime>
#include <QString>

#include "store/casereader.h"

namespace lintas {

// A watch-list hit in words (context "WatchHitText"): the same sentence on the alert card, in the tray message
// and in the session's list of alerts.
namespace watchhittext {

// "ETLE capture", "violation", "accident report", "incident" for WatchHit::sourceKind.
QString sourceKind(const QString &kind);
// "Watch list: B 1234 XYZ (BOLO-PMJ-20261120-00002, reported stolen) seen in ETLE capture ETLE-… at Jalan
// Sudirman, 28 Nov 09:14:03 WIB"
QString watchHitSentence(const WatchHit &hit);

} // namespace watchhittext
} // namespace lintas
