#include "hlc.h"

#include <QDateTime>
#include <QStringList>

namespace lintas {

QString Hlc::toString() const
{
    return QStringLiteral("%1:%2").arg(ms()).arg(counter(), 4, 16, QLatin1Char('0'));
}

Hlc Hlc::fromString(const QString &text, bool *ok)
{
    const auto parts = text.split(QLatin1Char(':'));
    bool msOk = false, counterOk = false;
    qint64 ms = 0;
    uint counter = 0;
    if (parts.size() == 2) {
        ms = parts[0].toLongLong(&msOk);
        counter = parts[1].toUInt(&counterOk, 16);
    }
    const bool good = msOk && counterOk && ms >= 0 && counter <= 0xffff;
    if (ok)
        *ok = good;
    return good ? fromParts(ms, quint16(counter)) : Hlc();
}

HybridClock::HybridClock() : HybridClock([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

HybridClock::HybridClock(WallClock wallClock) : m_wall(std::move(wallClock)) {}

Hlc HybridClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.ms())
        m_last = Hlc::fromParts(wall, 0);
    else if (m_last.counter() < 0xffff)
        m_last = Hlc::fromParts(m_last.ms(), quint16(m_last.counter() + 1));
    else // counter exhausted within one millisecond: borrow the next millisecond
        m_last = Hlc::fromParts(m_last.ms() + 1, 0);
    return m_last;
}

Hlc HybridClock::merge(Hlc remote)
{
    const qint64 wall = m_wall();
    const qint64 ms = std::max({wall, m_last.ms(), remote.ms()});
    quint32 counter = 0;
    if (ms == m_last.ms() && ms == remote.ms())
        counter = std::max(m_last.counter(), remote.counter()) + 1u;
    else if (ms == m_last.ms())
        counter = m_last.counter() + 1u;
    else if (ms == remote.ms())
        counter = remote.counter() + 1u;
    m_last = counter > 0xffff ? Hlc::fromParts(ms + 1, 0) : Hlc::fromParts(ms, quint16(counter));
    return m_last;
}

void HybridClock::restore(Hlc last)
{
    if (last > m_last)
        m_last = last;
}

} // namespace lintas
