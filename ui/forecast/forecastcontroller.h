#pragma once

#include <QObject>

#include "supervision/supervisioncontext.h"

class QMenu;

namespace lintas {

// The hotspot forecast on the map: trains on the store's history on a worker thread, hands the map a heat layer
// for "now" or "the next 3 hours", and suggests where the available units should stand (greedy maximum coverage
// within each unit's travel time). Its menu ("Hotspot forecast") goes into the Analysis menu.
class ForecastController : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, Now, Next3Hours };

    ForecastController(const SupervisionContext &context, QObject *parent = nullptr);
    ~ForecastController() override;

    QMenu *menu() const { return m_menu; }
    void setMode(Mode mode);

private:
    SupervisionContext m_context;
    QMenu *m_menu = nullptr;
};

} // namespace lintas
