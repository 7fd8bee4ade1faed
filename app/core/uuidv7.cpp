#include "uuidv7.h"

#include <algorithm>
#include <array>
#include <mutex>

#include <QDateTime>
#include <QRandomGenerator>

namespace lintas {
namespace {

// RFC 9562 method 1 with a 42-bit counter: 12 bits in rand_a and the top 30 of rand_b's 62 bits.
// Started at a random value in its lower half so it has room to count up within one millisecond.
constexpr int kCounterLowBits = 30;
constexpr quint64 kCounterMax = (quint64(1) << 42) - 1;

std::mutex g_mutex;
qint64 g_lastMs = -1;
quint64 g_counter = 0;
qint64 g_highestNowMs = -1; // newUuidV7 never goes back with the wall clock

QUuid build(qint64 ms, quint16 randA, quint64 randB)
{
    std::array<uchar, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = uchar(quint64(ms) >> (40 - 8 * i));
    b[6] = uchar(0x70 | ((randA >> 8) & 0x0f));
    b[7] = uchar(randA & 0xff);
    b[8] = uchar(0x80 | ((randB >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        b[size_t(i)] = uchar(randB >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
}

QUuid makeLocked(qint64 unixMs)
{
    if (unixMs == g_lastMs && g_counter < kCounterMax) {
        ++g_counter;
    } else {
        g_lastMs = unixMs;
        g_counter = QRandomGenerator::global()->generate64() & (kCounterMax >> 1);
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 randB = ((g_counter & ((quint64(1) << kCounterLowBits) - 1)) << 32) | (random & 0xffffffffu);
    return build(unixMs, quint16(g_counter >> kCounterLowBits), randB);
}

} // namespace

QUuid uuidV7At(qint64 unixMs)
{
    std::lock_guard lock(g_mutex);
    return makeLocked(unixMs);
}

QUuid newUuidV7()
{
    std::lock_guard lock(g_mutex);
    g_highestNowMs = std::max(QDateTime::currentMSecsSinceEpoch(), g_highestNowMs);
    return makeLocked(g_highestNowMs);
}

qint64 uuidV7Millis(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | uchar(bytes[i]);
    return ms;
}

} // namespace lintas
