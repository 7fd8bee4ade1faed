#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/change.h"
#include "eidoreader.h"

namespace lintas {

class ChangeFactory;
class StoreReader;

// What importing a file of EIDOs would change, before anything is committed:
//
//   worker thread:  EidoReader::read(file) ──► EidoImport::lookUp(incidents, StoreReader) ─┐
//   factory's thread (the GUI's):  EidoImport::plan(incidents, state, factory) ◄──────────┘ ──► one commit
//
// An incident not in the store yet is created with its own id and number (a Create with the plain fields, the
// status reached by legal moves from "reported", its notes); an incident already present gets only the notes
// it lacks. Notes keep their own ids (the change's op id), so importing the same file again adds nothing.
struct EidoImportPlan
{
    ChangeList changes;
    int incidentsAdded = 0;
    int notesAdded = 0;
    QStringList alreadyPresent; // numbers (or EIDO ids) of incidents the store held already

    bool isEmpty() const { return changes.isEmpty(); }
    // "2 incidents and 5 notes imported; already present: JAKPUS-20261127-0001", translated.
    QString summary() const;
};

// What the store holds of the incidents a file names: their numbers and the ids of their notes.
struct EidoStoreState
{
    QHash<QUuid, QString> incidents; // id → number
    QSet<QUuid> notes;
};

class EidoImport
{
public:
    // Reads the store the changes would go to (`reader` opened in the calling thread).
    static EidoStoreState lookUp(const QList<EidoIncident> &incidents, const StoreReader &reader);
    // The changes, stamped by `factory` (call it in the factory's thread).
    static EidoImportPlan plan(const QList<EidoIncident> &incidents, const EidoStoreState &state,
                               ChangeFactory &factory);
    // The statuses an incident passes through from "reported" to `to` by legal moves (shortest way; empty for
    // "reported").
    static QList<IncidentStatus> pathTo(IncidentStatus to);
};

} // namespace lintas
