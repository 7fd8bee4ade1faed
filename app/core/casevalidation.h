#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include "articles.h"
#include "cases.h"

namespace lintas {

// One wrong field of a case: the field name (casefield; "victims[2].condition" inside a list) and a translated
// sentence naming what is wrong (context "CaseValidation"): "NIK must have 16 digits; it has 15".
struct FieldProblem
{
    QString field;
    QString message;
    bool warning = false; // a warning does not stop a submission
};

// Checks a case's data as it would be submitted. Required per kind:
//   violation  offender_name, offender_nik (validateNik), plate (validatePlate), vehicle_kind, officer_nrp
//              (validateNrp), occurred_at, place, at least one article (known to the catalogue, not retired),
//              outcome; sim_class from the known classes when given
//   etle       camera_id, captured time (occurred_at), plate (or plate_read), at least one article; owner_nik
//              valid when given; speed_kmh > speed_limit_kmh when the charge is 287(5)
//   violation and etle: every known code of "articles" among the articles as charged ("charged") and every
//              charged one among "articles" (errors on "articles"); "fine" equal to the sum of the charged
//              maximum fines (totalChargedFine; error on "fine")
//   accident   occurred_at, place, collision_type, every victim's condition md|lb|lr, material_loss ≥ 0
//   watch      plate, vehicle_kind, police_report
// Every kind: latitude/longitude valid when given (validateCoordinate), occurred_at not in the future by more
// than 5 minutes relative to `now`.
QList<FieldProblem> validateCase(CaseKind kind, const QVariantMap &data, const ArticleCatalogue &catalogue,
                                 const QDateTime &now);

// "offender_nik" → "Offender's NIK" (translated, context "CaseValidation"), for messages and the editor.
QString caseFieldLabel(const QString &field);

} // namespace lintas
