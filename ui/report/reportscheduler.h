#pragma once

#include <QObject>

#include "supervision/supervisioncontext.h"

namespace lintas {

// Writes the previous day's report for the desk's Polda (PDF in both languages and CSV) automatically once a day
// at the configured hour (settings), on a worker thread, and tells the supervisor it is ready.
class ReportScheduler : public QObject
{
    Q_OBJECT
public:
    ReportScheduler(const SupervisionContext &context, QObject *parent = nullptr);
    ~ReportScheduler() override;

    void start();

private:
    SupervisionContext m_context;
};

} // namespace lintas
