#include "timers/timertext.h"

#include <QCoreApplication>

#include "labels.h"

namespace lintas::timertext {
namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString clock(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(twoDigits(minutes), twoDigits(seconds % 60));
    return QStringLiteral("%1:%2").arg(twoDigits(minutes), twoDigits(seconds % 60));
}

QString span(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(twoDigits(minutes), twoDigits(seconds % 60));
    return QStringLiteral("%1:%2").arg(minutes).arg(twoDigits(seconds % 60));
}

QString limit(qint64 seconds)
{
    if (seconds % 60 != 0)
        return seconds < 60 ? QCoreApplication::translate("TimerText", "%1 s").arg(seconds) : span(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("TimerText", "%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("TimerText", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("TimerText", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString stageLimit(Priority priority, TimerStage stage, qint64 limitS)
{
    switch (stage) {
    case TimerStage::Dispatch:
        return QCoreApplication::translate("TimerText", "%1: a unit dispatched within %2")
            .arg(labels::priority(priority), limit(limitS));
    case TimerStage::OnScene:
        return QCoreApplication::translate("TimerText", "%1: on scene within %2")
            .arg(labels::priority(priority), limit(limitS));
    case TimerStage::Done:
        break;
    }
    return {};
}

QString explanation(Priority priority, const IncidentTimers &timers)
{
    if (timers.stage == TimerStage::Done || timers.limitS <= 0)
        return {};
    const QString what = stageLimit(priority, timers.stage, timers.limitS);
    if (timers.remainingS < 0)
        return QCoreApplication::translate("TimerText", "%1 — %2 over").arg(what, span(-timers.remainingS));
    return QCoreApplication::translate("TimerText", "%1 — %2 left").arg(what, span(timers.remainingS));
}

QColor levelColor(TimerLevel level)
{
    switch (level) {
    case TimerLevel::Normal:
        break;
    case TimerLevel::Amber:
        return {0xf0, 0xa2, 0x1e};
    case TimerLevel::Red:
        return {0xc6, 0x28, 0x28};
    }
    return {};
}

QColor levelInk(TimerLevel level)
{
    switch (level) {
    case TimerLevel::Normal:
        break;
    case TimerLevel::Amber:
        return {0x24, 0x18, 0x00};
    case TimerLevel::Red:
        return Qt::white;
    }
    return {};
}

} // namespace lintas::timertext
