#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/articles.h"
#include "core/cases.h"
#include "core/change.h"

namespace lintas {

// What the store checks in a case or an article change made on this desk, before it logs it (Store::commitLocal).
// A case change: only the fields its kind takes, the fold's rules (wouldApply), a submission (leaving the initial
// state) only with complete and valid data (validateCase), a correction that breaks no field it touches, and an
// attachment within kMaxAttachmentBytes whose bytes hash to its sha256. An article change: a well-formed code
// filed under its own record, and fields of the right types. Each check returns the translated reason for
// refusing the change, naming it, or an empty string.
class CaseChecks
{
    Q_DECLARE_TR_FUNCTIONS(lintas::CaseChecks)

public:
    // The data fields a kind of case takes (casefield names).
    static QStringList fieldsOf(CaseKind kind);
    // "TLG", "ETLE", "LAKA", "BOLO": how a kind's case numbers begin.
    static QString numberPrefix(CaseKind kind);

    // existing: every change of the case the log holds; storedName: the case's number as the store knows it;
    // catalogue: asked for only when a submission or a correction is checked.
    static QString checkCase(const Change &change, const ChangeList &existing, const QString &storedName,
                             const std::function<const ArticleCatalogue &()> &catalogue);
    // storedName: the article's code as the store knows it (for a change that does not repeat it).
    static QString checkArticle(const Change &change, const QString &storedName);
};

} // namespace lintas
