#pragma once

#include <QDateTime>
#include <QString>

#include "core/articles.h"
#include "core/casefold.h"

namespace lintas {

// Who prints, when, and the catalogue the suggestions of an accident are cited from.
struct CasePrintOptions
{
    QString user;
    QDateTime printedAt;
    ArticleCatalogue catalogue = ArticleCatalogue::builtIn();
};

// A case record on paper, in the interface language: the letterhead and the station, number, kind, state and
// version; every field with its label; the charges as charged (citation, offence, maximum fine) or, for an
// accident, the Pasal 229 severity and the suggested articles; victims and vehicles; versions; the timeline;
// attachments and voids. Every page ends "Printed <time> by <user> — page n of m".
namespace caseprint {

// The record as HTML (what the PDF lays out).
QString html(const CaseFile &file, const CasePrintOptions &options);
// Writes an A4 PDF; false with *error naming the file and what failed.
bool toPdf(const CaseFile &file, const QString &path, const CasePrintOptions &options, QString *error = nullptr);

} // namespace caseprint
} // namespace lintas
