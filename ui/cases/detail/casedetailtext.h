#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include "core/casefold.h"
#include "core/cases.h"

namespace lintas::casedetail {

// The words one case's editor and record use for codes, steps and history, translated when asked for
// (context "CaseDetail"), so a language switch shows on the next refresh.

// A code and the words shown for it, in the order a list offers them.
using Choice = QPair<QString, QString>;
QList<Choice> vehicleKinds();     // r2, r4, bus, truck, other
QList<Choice> outcomes();         // tilang, teguran
QList<Choice> seizedItems();      // sim, stnk, vehicle
QList<Choice> roadConditions();   // dry, wet, damaged, under_works
QList<Choice> weathers();         // clear, rain, heavy_rain, fog
QList<Choice> victimConditions(); // md, lb, lr
QStringList simClasses();         // A, B1, … (as printed on the licence)
// The words for a code of one of the lists above; the code itself when unknown.
QString choiceText(const QList<Choice> &choices, const QString &code);

// The button that moves a case to `to` ("Verify", "Reject…", "Send notice", …); "…" when it asks for more.
QString moveVerb(CaseKind kind, CaseState to);
QString moveToolTip(CaseKind kind, CaseState to);
// Whether the step asks the user for something first (a reason, the owner, the driver).
bool moveAsks(CaseState to);

// One timeline entry in words: "Submitted (draft → submitted)", "Note: …", "Attached photo.jpg (120 KB)".
QString eventText(const CaseEvent &event);
// A stored value as a person reads it: lists joined, victims and vehicles one per line, money in rupiah.
QString valueText(const QString &field, const QVariant &value);

// "Rp500.000" in the interface language's grouping.
QString rupiah(qint64 amount);
// "1.2 MB", "340 KB", "900 bytes".
QString byteSize(qint64 bytes);
// "8012 6112 8000 073": a payment code in groups of 4-4-4-3 as bank apps print it.
QString groupedPaymentCode(const QString &code);
// "Confirmation due 5 Dec 2026 — 3 days left", "… — last day", "Confirmation overdue by 2 days".
QString deadlineLine(const QDateTime &noticeSentAt, const QDateTime &now);
// "28-11-2026 14:05 WIB"; empty for an invalid time.
QString wibTime(const QDateTime &at);

} // namespace lintas::casedetail
