#include "uuidv7.h"

#include <array>
#include <mutex>

#include <QDateTime>
#include <QRandomGenerator>

namespace lintas {
namespace {

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

} // namespace

QUuid uuidV7At(qint64 unixMs)
{
    static std::mutex mutex;
    static qint64 lastMs = -1;
    static quint16 sequence = 0;
    std::lock_guard lock(mutex);
    if (unixMs == lastMs && sequence < 0x0fff) {
        ++sequence;
    } else {
        lastMs = unixMs;
        sequence = quint16(QRandomGenerator::global()->bounded(0x0800)); // leave room to count up
    }
    return build(unixMs, sequence, QRandomGenerator::global()->generate64());
}

QUuid newUuidV7()
{
    return uuidV7At(QDateTime::currentMSecsSinceEpoch());
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
