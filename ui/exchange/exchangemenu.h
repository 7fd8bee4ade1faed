#pragma once

#include <QObject>

#include "supervision/supervisioncontext.h"

class QMenu;

namespace lintas {

// "Data exchange": export incidents (with units and timeline) as NENA EIDO JSON and import them; export a road
// closure or hazard as a CAP 1.2 alert; export incidents and cases as GeoJSON and CSV. Its menu goes into the
// Analysis menu.
class ExchangeMenu : public QObject
{
    Q_OBJECT
public:
    ExchangeMenu(const SupervisionContext &context, QObject *parent = nullptr);
    ~ExchangeMenu() override;

    QMenu *menu() const { return m_menu; }

private:
    SupervisionContext m_context;
    QMenu *m_menu = nullptr;
};

} // namespace lintas
