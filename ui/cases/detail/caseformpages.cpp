// CaseForm, continued: the page of each kind, group by group (see the layout in caseform.h).
#include "caseform.h"

#include <QGroupBox>

#include "casedetailtext.h"
#include "caseformsupport.h"
#include "core/accidents.h"

namespace lintas {

using namespace caseformsupport;

void CaseForm::buildViolation()
{
    QGroupBox *offender = group(Column::Left, [] { return tr("Offender"); });
    addRow(offender, {lineField(casefield::kOffenderName, [] { return tr("&Name"); })});
    addRow(offender, {lineField(
                         casefield::kOffenderNik, [] { return tr("NI&K"); }, LineKind::Digits)});
    addRow(offender, {lineField(casefield::kOffenderAddress, [] { return tr("Address"); })});
    addRow(offender, {lineField(
                          casefield::kSimNumber, [] { return tr("SIM number"); }, LineKind::Digits),
                      choiceField(
                          casefield::kSimClass, [] { return tr("class"); },
                          [] {
                              QList<casedetail::Choice> classes;
                              for (const QString &simClass : casedetail::simClasses())
                                  classes.append({simClass, simClass});
                              return classes;
                          },
                          true)});

    QGroupBox *vehicle = group(Column::Left, [] { return tr("Vehicle"); });
    addRow(vehicle, {lineField(
                        casefield::kPlate, [] { return tr("&Plate"); }, LineKind::Plate)});
    addRow(vehicle, {choiceField(
                        casefield::kVehicleKind, [] { return tr("Kind"); }, &casedetail::vehicleKinds)});
    addRow(vehicle, {lineField(casefield::kVehicleMake, [] { return tr("Make"); }),
                     lineField(casefield::kVehicleColour, [] { return tr("colour"); })});
    addRow(vehicle, {lineField(casefield::kStnkNumber, [] { return tr("STNK number"); })});

    QGroupBox *officer = group(Column::Left, [] { return tr("Officer"); });
    addRow(officer, {lineField(
                        casefield::kOfficerNrp, [] { return tr("NRP"); }, LineKind::Digits)});
    addRow(officer, {lineField(casefield::kOfficerName, [] { return tr("Name"); })});
    addRow(officer, {lineField(casefield::kOfficerUnit, [] { return tr("Unit"); })});

    QGroupBox *where = group(Column::Right, [] { return tr("Place and time"); });
    addRow(where, {timeField(casefield::kOccurredAt, [] { return tr("&When"); })});
    addRow(where, {lineField(casefield::kPlace, [] { return tr("Pl&ace"); })});
    addRow(where, {coordinatesField()});
    addRow(where, {stationField()});

    QGroupBox *charges = group(Column::Right, [] { return tr("Charges"); });
    addRow(charges, {articlesField()}, true);
    addRow(charges, {choiceField(
                        casefield::kOutcome, [] { return tr("Outcome"); }, &casedetail::outcomes)});
    addRow(charges, {checksField(
                        casefield::kSeized, [] { return tr("Seized"); }, &casedetail::seizedItems, 3)});

    QGroupBox *story = group(Column::Bottom, [] { return tr("Narrative"); });
    addRow(story, {textField(casefield::kNarrative, [] { return tr("What happened"); })}, true);
}

void CaseForm::buildEtle()
{
    QGroupBox *capture = group(Column::Left, [] { return tr("Capture"); });
    addRow(capture, {lineField(casefield::kCameraId, [] { return tr("Camera"); })});
    addRow(capture, {timeField(casefield::kOccurredAt, [] { return tr("Captured at"); })});
    addRow(capture, {lineField(casefield::kPlace, [] { return tr("Pl&ace"); })});
    addRow(capture, {coordinatesField()});
    addRow(capture, {stationField()});
    addRow(capture, {imageField()});

    QGroupBox *vehicle = group(Column::Left, [] { return tr("Vehicle"); });
    addRow(vehicle, {lineField(casefield::kPlateRead, [] { return tr("Plate as read"); })});
    addRow(vehicle, {lineField(
                        casefield::kPlate, [] { return tr("&Plate"); }, LineKind::Plate)});
    addRow(vehicle, {choiceField(
                        casefield::kVehicleKind, [] { return tr("Kind"); }, &casedetail::vehicleKinds)});
    addRow(vehicle, {lineField(casefield::kVehicleMake, [] { return tr("Make"); }),
                     lineField(casefield::kVehicleColour, [] { return tr("colour"); })});
    addRow(vehicle, {numberField(
                         casefield::kSpeedKmh, [] { return tr("Speed"); }, [] { return tr(" km/h"); }),
                     numberField(
                         casefield::kSpeedLimitKmh, [] { return tr("limit"); }, [] { return tr(" km/h"); })});

    QGroupBox *charges = group(Column::Right, [] { return tr("Charges"); });
    addRow(charges, {articlesField()}, true);

    QGroupBox *owner = group(Column::Right, [] { return tr("Registered owner"); });
    addRow(owner, {lineField(casefield::kOwnerName, [] { return tr("Name"); })});
    addRow(owner, {lineField(
                      casefield::kOwnerNik, [] { return tr("NIK"); }, LineKind::Digits)});
    addRow(owner, {lineField(casefield::kOwnerAddress, [] { return tr("Address"); })});

    QGroupBox *driver = group(Column::Right, [] { return tr("Driver (when the owner names another)"); });
    addRow(driver, {lineField(casefield::kDriverName, [] { return tr("Name"); })});
    addRow(driver, {lineField(
                       casefield::kDriverNik, [] { return tr("NIK"); }, LineKind::Digits)});

    QGroupBox *officer = group(Column::Left, [] { return tr("Verifying officer"); });
    addRow(officer, {lineField(
                        casefield::kOfficerNrp, [] { return tr("NRP"); }, LineKind::Digits)});
    addRow(officer, {lineField(casefield::kOfficerName, [] { return tr("Name"); })});

    QGroupBox *story = group(Column::Bottom, [] { return tr("Narrative"); });
    addRow(story, {textField(casefield::kNarrative, [] { return tr("Notes on the capture"); })}, true);
}

void CaseForm::buildAccident()
{
    QGroupBox *accident = group(Column::Left, [] { return tr("Accident"); });
    addRow(accident, {incidentField()});
    addRow(accident, {timeField(casefield::kOccurredAt, [] { return tr("&When"); })});
    addRow(accident, {lineField(casefield::kPlace, [] { return tr("Pl&ace"); })});
    addRow(accident, {coordinatesField()});
    addRow(accident, {stationField()});
    addRow(accident, {choiceField(
                          casefield::kRoadCondition, [] { return tr("Road"); }, &casedetail::roadConditions),
                      choiceField(
                          casefield::kWeather, [] { return tr("weather"); }, &casedetail::weathers)});
    addRow(accident, {choiceField(
                         casefield::kCollisionType, [] { return tr("Collision"); },
                         [] {
                             QList<casedetail::Choice> types;
                             for (CollisionType type : allCollisionTypes())
                                 types.append({toString(type), displayName(type)});
                             return types;
                         })});
    addRow(accident, {moneyField(casefield::kMaterialLoss, [] { return tr("Material loss"); })});

    QGroupBox *causes = group(Column::Left, [] { return tr("Causes"); });
    addRow(causes,
           {checksField(
               casefield::kCauses, [] { return tr("Factors"); },
               [] {
                   QList<casedetail::Choice> codes;
                   for (const QString &code : accidentCauseCodes())
                       codes.append({code, causeDisplayName(code)});
                   return codes;
               },
               2)},
           true);

    QGroupBox *officer = group(Column::Left, [] { return tr("Investigator"); });
    addRow(officer, {lineField(
                        casefield::kOfficerNrp, [] { return tr("NRP"); }, LineKind::Digits)});
    addRow(officer, {lineField(casefield::kOfficerName, [] { return tr("Name"); })});
    addRow(officer, {lineField(casefield::kOfficerUnit, [] { return tr("Unit"); })});

    QGroupBox *vehicles = group(Column::Right, [] { return tr("Vehicles and drivers"); });
    addRow(vehicles,
           {partiesField(
               casefield::kVehicles, [] { return tr("Vehicles"); }, 0)},
           true);
    QGroupBox *victims = group(Column::Right, [] { return tr("Victims"); });
    addRow(victims,
           {partiesField(
               casefield::kVictims, [] { return tr("Victims"); }, 1)},
           true);
    QGroupBox *severity = group(Column::Right, [] { return tr("Severity and articles"); });
    addRow(severity, {adviceField()}, true);

    QGroupBox *story = group(Column::Bottom, [] { return tr("Narrative"); });
    addRow(story, {textField(casefield::kNarrative, [] { return tr("How it happened"); })}, true);
    refreshAccidentAdvice();
}

void CaseForm::buildWatch()
{
    QGroupBox *vehicle = group(Column::Left, [] { return tr("Vehicle"); });
    addRow(vehicle, {lineField(
                        casefield::kPlate, [] { return tr("&Plate"); }, LineKind::Plate)});
    addRow(vehicle, {choiceField(
                        casefield::kVehicleKind, [] { return tr("Kind"); }, &casedetail::vehicleKinds)});
    addRow(vehicle, {lineField(casefield::kVehicleMake, [] { return tr("Make"); }),
                     lineField(casefield::kVehicleColour, [] { return tr("colour"); })});
    addRow(vehicle, {lineField(casefield::kFrameNumber, [] { return tr("Frame number"); })});
    addRow(vehicle, {lineField(casefield::kEngineNumber, [] { return tr("Engine number"); })});

    QGroupBox *report = group(Column::Right, [] { return tr("Report"); });
    addRow(report, {lineField(casefield::kPoliceReport, [] { return tr("Police report (LP)"); })});
    addRow(report, {lineField(casefield::kReporterName, [] { return tr("Reporter"); })});
    addRow(report, {lineField(casefield::kReporterPhone, [] { return tr("Reporter's phone"); })});
    addRow(report, {timeField(casefield::kOccurredAt, [] { return tr("Stolen at"); })});
    addRow(report, {lineField(casefield::kPlace, [] { return tr("Pl&ace"); })});
    addRow(report, {stationField()});

    QGroupBox *story = group(Column::Bottom, [] { return tr("Narrative"); });
    addRow(story, {textField(casefield::kNarrative, [] { return tr("What was reported"); })}, true);
}

} // namespace lintas
