#include "actiontext.h"

#include <QAction>
#include <QKeySequence>
#include <QStringList>

namespace lintas {

void describeAction(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    QString plain = tip.isEmpty() ? text : tip;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(keys.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, keys.join(QStringLiteral(", "))));
    action->setStatusTip(plain);
}

} // namespace lintas
