#pragma once

#include <QString>
#include <QStringList>

namespace lintas {

// Plate keys: the form every search and watch-list comparison uses. validators.h keeps the display form
// ("B 1234 XYZ", normalizePlate) and the validation.

// Upper-case letters and digits only: "b 1234-xyz" → "B1234XYZ". Empty when nothing is left.
QString plateKey(const QString &text);
// Whether a key has the shape of a TNKB plate: 1–2 letters, 1–4 digits, 0–3 letters.
bool looksLikePlateKey(const QString &key);
// Every plate-shaped word sequence in free text, as keys, in order, without duplicates ("mobil B 1234 XYZ
// menabrak ..." → ["B1234XYZ"]). Tolerates spaces, dots and dashes between the parts, and any letter case. Only
// region prefixes of the TNKB catalogue (plateRegion) count, so that "di 12" or "km 5" are not taken for plates.
// A suffix after a space that is a common short word (di, ke, dan, yg, ini, itu, dari, pada, jl, km, no) is the
// sentence going on: "B 1234 di jalan" → ["B1234"]; unless written in capitals in a text that is not all capitals
// ("mobil B 1234 DAN" → ["B1234DAN"]).
QStringList findPlateKeys(const QString &text);
// Keys one typing slip away from `key`: one character left out, one added (a letter or digit where the shape
// allows), two neighbours swapped, one replaced (a look-alike first: 0/O, 1/I, 5/S, 8/B, 2/Z, 6/G; then any
// character of the same class). Only plate-shaped results, `key` itself excluded, no duplicates.
QStringList plateTypoVariants(const QString &key);

} // namespace lintas
