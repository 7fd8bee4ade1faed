// Framing: a 4-byte big-endian length and one Envelope, read back from a stream that arrives in any slicing;
// oversize lengths are refused before anything of that size is allocated.

#include <atomic>
#include <cstdlib>
#include <new>
#include <random>

#include <QTest>

#include "sync/frame.h"

using namespace lintas;
using namespace lintas::sync;

// Records the largest single allocation while a test asks for it, to prove that an announced length is never
// allocated before it is checked.
namespace {
std::atomic<bool> g_trackAllocations{false};
std::atomic<std::size_t> g_largestAllocation{0};
} // namespace

void *operator new(std::size_t size)
{
    if (g_trackAllocations.load(std::memory_order_relaxed)) {
        std::size_t seen = g_largestAllocation.load(std::memory_order_relaxed);
        while (size > seen && !g_largestAllocation.compare_exchange_weak(seen, size)) {
        }
    }
    if (void *memory = std::malloc(size ? size : 1))
        return memory;
    throw std::bad_alloc();
}
void operator delete(void *memory) noexcept
{
    std::free(memory);
}
void operator delete(void *memory, std::size_t) noexcept
{
    std::free(memory);
}

namespace {

std::string ping(std::uint64_t corrId, qint64 atMs)
{
    wire::Ping message;
    message.set_at_ms(atMs);
    return encodeFrame(wire::PING, corrId, message);
}

std::string lengthPrefix(std::uint32_t length)
{
    std::string bytes(4, '\0');
    bytes[0] = static_cast<char>(length >> 24);
    bytes[1] = static_cast<char>((length >> 16) & 0xff);
    bytes[2] = static_cast<char>((length >> 8) & 0xff);
    bytes[3] = static_cast<char>(length & 0xff);
    return bytes;
}

// Frames of assorted types and sizes, with their corr ids 1..count.
std::string assortedFrames(int count)
{
    std::string stream;
    for (int i = 1; i <= count; ++i) {
        if (i % 3 == 0) {
            wire::Bye bye;
            bye.set_reason(std::string(std::size_t(i * 7), 'x'));
            stream += encodeFrame(wire::BYE, std::uint64_t(i), bye);
        } else if (i % 3 == 1) {
            stream += ping(std::uint64_t(i), i * 1000);
        } else {
            stream += encodeFrame(wire::CHANGES_ACK, std::uint64_t(i), wire::ChangesAck());
        }
    }
    return stream;
}

} // namespace

class TestFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const std::string frame = ping(42, 1732700000123);
        // The length prefix is big-endian and counts the envelope only.
        QCOMPARE(frame.size(), std::size_t(4 + (std::uint8_t(frame[2]) << 8 | std::uint8_t(frame[3]))));
        QCOMPARE(frame[0], '\0');

        FrameReader reader;
        reader.append(frame);
        wire::Envelope envelope;
        QCOMPARE(reader.next(&envelope), FrameReader::Result::Frame);
        QCOMPARE(envelope.type(), wire::PING);
        QCOMPARE(envelope.corr_id(), std::uint64_t(42));
        wire::Ping body;
        QVERIFY(parseBody(envelope, &body));
        QCOMPARE(body.at_ms(), qint64(1732700000123));
        QCOMPARE(reader.next(&envelope), FrameReader::Result::NeedMore);
        QCOMPARE(reader.buffered(), std::size_t(0));
    }

    void byteByByte()
    {
        const std::string stream = assortedFrames(30);
        FrameReader reader;
        std::uint64_t expected = 1;
        wire::Envelope envelope;
        for (const char byte : stream) {
            reader.append(std::string_view(&byte, 1));
            FrameReader::Result result;
            while ((result = reader.next(&envelope)) == FrameReader::Result::Frame) {
                QCOMPARE(envelope.corr_id(), expected);
                ++expected;
            }
            QCOMPARE(result, FrameReader::Result::NeedMore);
        }
        QCOMPARE(expected, std::uint64_t(31));
        QCOMPARE(reader.buffered(), std::size_t(0));
    }

    void randomSlices()
    {
        const std::string stream = assortedFrames(500);
        const auto seed = std::random_device()();
        qInfo("seed %u", seed);
        std::mt19937 random(seed);
        FrameReader reader;
        std::uint64_t expected = 1;
        wire::Envelope envelope;
        for (std::size_t at = 0; at < stream.size();) {
            const std::size_t slice = std::min<std::size_t>(stream.size() - at, random() % 700 + 1);
            reader.append(std::string_view(stream).substr(at, slice));
            at += slice;
            while (reader.next(&envelope) == FrameReader::Result::Frame) {
                QCOMPARE(envelope.corr_id(), expected);
                ++expected;
            }
        }
        QCOMPARE(expected, std::uint64_t(501));
        QCOMPARE(reader.buffered(), std::size_t(0));
    }

    void manyFramesInOneBuffer()
    {
        FrameReader reader;
        reader.append(assortedFrames(2000));
        wire::Envelope envelope;
        std::uint64_t expected = 1;
        while (reader.next(&envelope) == FrameReader::Result::Frame) {
            QCOMPARE(envelope.corr_id(), expected);
            if (expected % 3 == 0) {
                wire::Bye bye;
                QVERIFY(parseBody(envelope, &bye));
                QCOMPARE(bye.reason().size(), std::size_t(expected * 7));
            }
            ++expected;
        }
        QCOMPARE(expected, std::uint64_t(2001));
        QCOMPARE(reader.buffered(), std::size_t(0));
    }

    void keepsTailAcrossAppends()
    {
        // Half a frame left over after whole ones must survive the buffer being compacted.
        const std::string frames = assortedFrames(4000);
        FrameReader reader;
        const std::size_t half = frames.size() / 2;
        reader.append(std::string_view(frames).substr(0, half));
        wire::Envelope envelope;
        std::uint64_t expected = 1;
        while (reader.next(&envelope) == FrameReader::Result::Frame)
            ++expected;
        QVERIFY(reader.buffered() > 0 || expected > 1);
        reader.append(std::string_view(frames).substr(half));
        while (reader.next(&envelope) == FrameReader::Result::Frame) {
            QCOMPARE(envelope.corr_id(), expected);
            ++expected;
        }
        QCOMPARE(expected, std::uint64_t(4001));
    }

    void oversizeRefusedBeforeAllocation_data()
    {
        QTest::addColumn<quint32>("length");
        QTest::newRow("limit + 1") << quint32(kMaxFrameBytes + 1);
        QTest::newRow("1 GiB") << quint32(1u << 30);
        QTest::newRow("4 GiB - 1") << quint32(0xffffffffu);
    }

    void oversizeRefusedBeforeAllocation()
    {
        QFETCH(quint32, length);
        FrameReader reader;
        wire::Envelope envelope;
        g_largestAllocation = 0;
        g_trackAllocations = true;
        reader.append(lengthPrefix(length));
        const FrameReader::Result result = reader.next(&envelope);
        g_trackAllocations = false;
        // Refused on the 4 bytes alone, without waiting for (or reserving room for) the body.
        QCOMPARE(result, FrameReader::Result::TooLarge);
        QCOMPARE(reader.announcedLength(), length);
        QVERIFY2(g_largestAllocation < 4096, qPrintable(QString::number(g_largestAllocation)));
        // And it stays refused: the stream cannot be trusted past it.
        reader.append(std::string(100, 'x'));
        QCOMPARE(reader.next(&envelope), FrameReader::Result::TooLarge);
    }

    void limitIsInclusive()
    {
        FrameReader reader(16);
        wire::Bye bye;
        bye.set_reason("abc");
        const std::string small = encodeFrame(wire::BYE, 1, bye); // well under 16 bytes of envelope
        QVERIFY(small.size() - 4 <= 16);
        std::string exact = lengthPrefix(16) + std::string("\x1a\x0e", 2) + std::string(14, 'a'); // body: 14 bytes
        reader.append(small);
        reader.append(exact);
        wire::Envelope envelope;
        QCOMPARE(reader.next(&envelope), FrameReader::Result::Frame);
        QCOMPARE(reader.next(&envelope), FrameReader::Result::Frame);
        QCOMPARE(envelope.body(), std::string(14, 'a'));
        reader.append(lengthPrefix(17));
        QCOMPARE(reader.next(&envelope), FrameReader::Result::TooLarge);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        QTest::newRow("unterminated varint") << QByteArray("\xff\xff\xff", 3);
        QTest::newRow("wire type 7") << QByteArray("\x0f\x01", 2);
        QTest::newRow("body longer than the frame") << QByteArray("\x1a\x05"
                                                                  "a",
                                                                  3);
        QTest::newRow("field number 0") << QByteArray("\x00\x01", 2);
    }

    void malformed()
    {
        QFETCH(QByteArray, envelope);
        FrameReader reader;
        reader.append(ping(1, 1));
        reader.append(lengthPrefix(quint32(envelope.size())) + envelope.toStdString());
        reader.append(ping(2, 2));
        wire::Envelope out;
        QCOMPARE(reader.next(&out), FrameReader::Result::Frame);
        QCOMPARE(reader.next(&out), FrameReader::Result::Malformed);
        QCOMPARE(reader.next(&out), FrameReader::Result::Malformed); // nothing after it is read
    }

    void zeroLength()
    {
        // An empty envelope is valid protobuf: a frame of type UNSPECIFIED that the session refuses as unexpected.
        FrameReader reader;
        reader.append(lengthPrefix(0));
        reader.append(ping(7, 7));
        wire::Envelope envelope;
        envelope.set_corr_id(99);
        QCOMPARE(reader.next(&envelope), FrameReader::Result::Frame);
        QCOMPARE(envelope.type(), wire::MESSAGE_TYPE_UNSPECIFIED);
        QCOMPARE(envelope.corr_id(), std::uint64_t(0));
        QVERIFY(envelope.body().empty());
        QCOMPARE(reader.next(&envelope), FrameReader::Result::Frame);
        QCOMPARE(envelope.corr_id(), std::uint64_t(7));
    }

    void partialLengthNeedsMore()
    {
        FrameReader reader;
        reader.append(std::string("\x00\x00", 2));
        wire::Envelope envelope;
        QCOMPARE(reader.next(&envelope), FrameReader::Result::NeedMore);
        QCOMPARE(reader.announcedLength(), quint32(0));
        QCOMPARE(reader.buffered(), std::size_t(2));
    }

    void bodyThatIsNotTheMessage()
    {
        wire::Envelope envelope;
        envelope.set_type(wire::HELLO);
        envelope.set_body(std::string("\xff\xff", 2));
        wire::Hello hello;
        QVERIFY(!parseBody(envelope, &hello));
    }

    void messageTypeNames()
    {
        QCOMPARE(messageTypeName(wire::HELLO), "HELLO");
        QCOMPARE(messageTypeName(wire::PUSH_ACK), "PUSH_ACK");
        QCOMPARE(messageTypeName(wire::RESYNC_REQUIRED), "RESYNC_REQUIRED");
        QCOMPARE(messageTypeName(wire::ERROR), "ERROR");
        for (int type = wire::MessageType_MIN; type <= wire::MessageType_MAX; ++type)
            QVERIFY(QByteArray(messageTypeName(static_cast<wire::MessageType>(type))) != "UNKNOWN");
        QCOMPARE(messageTypeName(static_cast<wire::MessageType>(4242)), "UNKNOWN");
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"
