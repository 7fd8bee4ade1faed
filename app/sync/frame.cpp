#include "frame.h"

#include <limits>

namespace lintas::sync {
namespace {

constexpr std::size_t kLengthBytes = 4;
// Consumed bytes are dropped from the front of the buffer once they are both many and most of it: the
// common case (whole frames per read) then costs one clear(), and a slow trickle never copies per byte.
constexpr std::size_t kCompactAfterBytes = 64 * 1024;
// After a large frame the buffer is given back, so that a server with many sessions does not keep megabytes
// per session that once received a big batch.
constexpr std::size_t kKeepCapacityBytes = 1024 * 1024;

std::uint32_t readBigEndian32(const char *bytes)
{
    const auto byte = [bytes](int i) { return std::uint32_t(static_cast<unsigned char>(bytes[i])); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

void writeBigEndian32(char *bytes, std::uint32_t value)
{
    bytes[0] = static_cast<char>((value >> 24) & 0xff);
    bytes[1] = static_cast<char>((value >> 16) & 0xff);
    bytes[2] = static_cast<char>((value >> 8) & 0xff);
    bytes[3] = static_cast<char>(value & 0xff);
}

} // namespace

std::string encodeFrame(wire::MessageType type, std::uint64_t corrId, const google::protobuf::MessageLite &body)
{
    wire::Envelope envelope;
    envelope.set_type(type);
    envelope.set_corr_id(corrId);
    envelope.set_body(body.SerializeAsString());

    // A frame over the limit is a bug of the sender (batches are bounded well below it); the receiver refuses
    // it, so it is still encoded faithfully here rather than truncated.
    const std::size_t size = envelope.ByteSizeLong();
    std::string frame(kLengthBytes + size, '\0');
    writeBigEndian32(frame.data(), static_cast<std::uint32_t>(size));
    envelope.SerializeWithCachedSizesToArray(reinterpret_cast<std::uint8_t *>(frame.data() + kLengthBytes));
    return frame;
}

void FrameReader::append(std::string_view bytes)
{
    if (m_offset == m_buffer.size()) {
        if (m_buffer.capacity() > kKeepCapacityBytes)
            m_buffer = std::string();
        else
            m_buffer.clear();
        m_offset = 0;
    } else if (m_offset >= kCompactAfterBytes && m_offset * 2 >= m_buffer.size()) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

std::uint32_t FrameReader::announcedLength() const
{
    if (buffered() < kLengthBytes)
        return 0;
    return readBigEndian32(m_buffer.data() + m_offset);
}

FrameReader::Result FrameReader::next(wire::Envelope *envelope)
{
    if (buffered() < kLengthBytes)
        return Result::NeedMore;
    // Checked before waiting for (and so buffering) the body: an oversize announcement is refused at once.
    const std::size_t length = readBigEndian32(m_buffer.data() + m_offset);
    if (length > m_max)
        return Result::TooLarge;
    if (buffered() - kLengthBytes < length)
        return Result::NeedMore;

    // A bad frame stays at the head, so every later call answers the same: the stream cannot be trusted
    // past it.
    const char *body = m_buffer.data() + m_offset + kLengthBytes;
    if (length > std::size_t(std::numeric_limits<int>::max()) ||
        !envelope->ParseFromArray(body, static_cast<int>(length)))
        return Result::Malformed;
    m_offset += kLengthBytes + length;
    return Result::Frame;
}

const char *messageTypeName(wire::MessageType type)
{
    switch (type) {
    case wire::MESSAGE_TYPE_UNSPECIFIED:
        return "UNSPECIFIED";
    case wire::HELLO:
        return "HELLO";
    case wire::WELCOME:
        return "WELCOME";
    case wire::PUSH:
        return "PUSH";
    case wire::PUSH_ACK:
        return "PUSH_ACK";
    case wire::CHANGES:
        return "CHANGES";
    case wire::CHANGES_ACK:
        return "CHANGES_ACK";
    case wire::POSITION:
        return "POSITION";
    case wire::PING:
        return "PING";
    case wire::PONG:
        return "PONG";
    case wire::ERROR:
        return "ERROR";
    case wire::BYE:
        return "BYE";
    case wire::RESYNC_REQUIRED:
        return "RESYNC_REQUIRED";
    default:
        break;
    }
    return "UNKNOWN"; // proto3 enums are open: a newer peer may send a type this build does not know
}

} // namespace lintas::sync
