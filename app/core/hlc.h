#pragma once

#include <functional>

#include <QString>
#include <QtGlobal>

namespace lintas {

// A hybrid logical clock reading: 48 bits of Unix milliseconds, 16 bits of counter.
// Packed into one integer so that comparing two readings is comparing two numbers.
class Hlc
{
public:
    constexpr Hlc() = default;
    constexpr static Hlc fromParts(qint64 ms, quint16 counter)
    {
        return Hlc((quint64(ms) & kMsMask) << 16 | counter);
    }
    constexpr static Hlc fromPacked(quint64 packed) { return Hlc(packed); }

    constexpr quint64 packed() const { return m_packed; }
    constexpr qint64 ms() const { return qint64(m_packed >> 16); }
    constexpr quint16 counter() const { return quint16(m_packed & 0xffff); }
    constexpr bool isNull() const { return m_packed == 0; }

    // "1732700000000:0003", readable in logs and stable to parse.
    QString toString() const;
    static Hlc fromString(const QString &text, bool *ok = nullptr);

    friend constexpr auto operator<=>(Hlc, Hlc) = default;

private:
    constexpr explicit Hlc(quint64 packed) : m_packed(packed) {}
    static constexpr quint64 kMsMask = (quint64(1) << 48) - 1;
    quint64 m_packed = 0;
};

// Issues readings that never go backwards, whatever the wall clock does, and that move past every
// remote reading merged into them. Not thread-safe: one clock per writer.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>;

    HybridClock();                             // the system clock
    explicit HybridClock(WallClock wallClock); // tests pass a clock they control

    Hlc now();
    // Call on receiving a remote reading; returns the reading to stamp the receipt with.
    Hlc merge(Hlc remote);
    Hlc last() const { return m_last; }
    // Continue after a reading persisted earlier (at start-up).
    void restore(Hlc last);

private:
    WallClock m_wall;
    Hlc m_last;
};

} // namespace lintas
