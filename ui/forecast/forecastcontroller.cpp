#include "forecastcontroller.h"

#include <QMenu>

namespace lintas {

ForecastController::ForecastController(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_menu(new QMenu)
{
}

ForecastController::~ForecastController() { delete m_menu; }

void ForecastController::setMode(Mode) {}

} // namespace lintas
