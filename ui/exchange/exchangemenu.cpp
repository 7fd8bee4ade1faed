#include "exchangemenu.h"

#include <QMenu>

namespace lintas {

ExchangeMenu::ExchangeMenu(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_menu(new QMenu)
{
}

ExchangeMenu::~ExchangeMenu() { delete m_menu; }

} // namespace lintas
