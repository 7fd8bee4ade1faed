// libFuzzer target: arbitrary bytes through FrameReader, every envelope's body parsed as every message type,
// and every change or position in them through fromWire; a change that fromWire accepts must also give a
// chain body that parses back to the same bytes (what `audit verify` relies on).

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <QString>

#include <google/protobuf/stubs/logging.h>

#include "sync/chain.h"
#include "sync/frame.h"
#include "sync/wire.h"

using namespace lintas;
using namespace lintas::sync;

namespace {

void checkChanges(const google::protobuf::RepeatedPtrField<wire::ChangeRecord> &records)
{
    for (const wire::ChangeRecord &record : records) {
        Change change;
        QString error;
        if (!fromWire(record, &change, &error))
            continue;
        // Server sequences are assigned by the server and stay far below 2^63.
        const quint64 serverSeq = record.server_seq() >> 1;
        const QByteArray body = chainBody(change, serverSeq, fromStd(record.site_id()));
        quint64 seq = 0;
        if (!parseChainBody(body, nullptr, &seq, nullptr, &error) || seq != serverSeq)
            std::abort(); // an accepted change whose stored body would not verify
        (void)chainHash(QByteArray::fromStdString(record.hash()), body);
    }
}

void parseEverything(const wire::Envelope &envelope)
{
    (void)messageTypeName(envelope.type());

    wire::Hello hello;
    wire::Welcome welcome;
    wire::PushAck pushAck;
    wire::ChangesAck changesAck;
    wire::Ping ping;
    wire::Pong pong;
    wire::Error error;
    wire::Bye bye;
    wire::ResyncRequired resync;
    (void)parseBody(envelope, &hello);
    (void)parseBody(envelope, &welcome);
    (void)parseBody(envelope, &pushAck);
    (void)parseBody(envelope, &changesAck);
    (void)parseBody(envelope, &ping);
    (void)parseBody(envelope, &pong);
    (void)parseBody(envelope, &error);
    (void)parseBody(envelope, &bye);
    (void)parseBody(envelope, &resync);

    wire::Push push;
    if (parseBody(envelope, &push))
        checkChanges(push.changes());
    wire::Changes changes;
    if (parseBody(envelope, &changes))
        checkChanges(changes.changes());
    wire::Positions positions;
    if (parseBody(envelope, &positions)) {
        for (const wire::Position &position : positions.positions()) {
            UnitPosition out;
            QString message;
            (void)fromWire(position, &out, &message);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Invalid UTF-8 in a string field is refused (the parse fails) and logged; the log is noise here.
    google::protobuf::SetLogHandler(nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    // The first byte picks where the stream is cut in two, so split frames are exercised as well.
    const std::size_t cut = size == 0 ? 0 : std::size_t(data[0]) * size / 256;

    FrameReader reader;
    wire::Envelope envelope;
    reader.append(bytes.substr(0, cut));
    while (reader.next(&envelope) == FrameReader::Result::Frame)
        parseEverything(envelope);
    reader.append(bytes.substr(cut));
    FrameReader::Result result;
    while ((result = reader.next(&envelope)) == FrameReader::Result::Frame)
        parseEverything(envelope);
    if (result == FrameReader::Result::TooLarge && reader.announcedLength() <= kMaxFrameBytes)
        std::abort();
    return 0;
}
