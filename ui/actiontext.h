#pragma once

#include <QString>

class QAction;

namespace lintas {

// Sets an action's text and a tooltip that names its shortcuts, "Open map package… (Ctrl+O)", so every
// shortcut can be learned from the menus and tool bar (the desk is keyboard-first).
void describeAction(QAction *action, const QString &text, const QString &tip = {});

} // namespace lintas
