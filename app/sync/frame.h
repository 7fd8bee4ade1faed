#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lintas.pb.h"

namespace lintas::sync {

inline constexpr std::uint32_t kProtocolVersion = 1;
inline constexpr std::size_t kMaxFrameBytes = 4 * 1024 * 1024; // the Envelope, without the 4-byte length

// One frame: 4-byte big-endian length, then the serialised Envelope {type, corr_id, body}.
std::string encodeFrame(wire::MessageType type, std::uint64_t corrId, const google::protobuf::MessageLite &body);

// Reads frames out of a byte stream that arrives in arbitrary slices. The length is checked against the
// limit before any buffer of that size is allocated.
//
//   FrameReader reader;
//   reader.append(bytes);
//   wire::Envelope envelope;
//   while (reader.next(&envelope) == FrameReader::Result::Frame) handle(envelope);
class FrameReader
{
public:
    enum class Result
    {
        NeedMore,  // not a whole frame yet
        Frame,     // *envelope holds the next message
        TooLarge,  // the announced length exceeds kMaxFrameBytes: close the connection
        Malformed, // the frame does not decode as an Envelope: close the connection
    };

    explicit FrameReader(std::size_t maxFrameBytes = kMaxFrameBytes) : m_max(maxFrameBytes) {}

    void append(std::string_view bytes);
    Result next(wire::Envelope *envelope);
    std::size_t buffered() const { return m_buffer.size() - m_offset; }
    // The length the frame at the head announces (0 before its 4 bytes arrived), for "frame too large (N
    // bytes)" messages.
    std::uint32_t announcedLength() const;

private:
    std::size_t m_max;
    std::string m_buffer;
    std::size_t m_offset = 0;
};

// Parses an envelope's body as T; false when it does not decode.
template <typename T> bool parseBody(const wire::Envelope &envelope, T *message)
{
    return message->ParseFromString(envelope.body());
}

const char *messageTypeName(wire::MessageType type); // "HELLO", … for logs and errors

} // namespace lintas::sync
