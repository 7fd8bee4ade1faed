#include "reportscheduler.h"

namespace lintas {

ReportScheduler::ReportScheduler(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

ReportScheduler::~ReportScheduler() = default;

void ReportScheduler::start() {}

} // namespace lintas
