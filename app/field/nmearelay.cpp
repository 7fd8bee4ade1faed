#include "field/nmearelay.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <QDateTime>
#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace lintas::field {

namespace {

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;
constexpr qsizetype kCompactAfter = 64 * 1024;

// The sentences Qt Positioning reads a position, a time or a course from.
bool isPositionSentence(const QByteArray &line)
{
    const qsizetype comma = line.indexOf(',');
    const QByteArray address = line.mid(1, comma < 0 ? -1 : comma - 1);
    if (address.size() < 5)
        return false;
    const QByteArray type = address.right(3);
    return type == "RMC" || type == "GGA" || type == "GLL" || type == "VTG";
}

speed_t baudConstant(int baud)
{
    switch (baud) {
    case 4800:
        return B4800;
    case 9600:
        return B9600;
    case 19200:
        return B19200;
    case 38400:
        return B38400;
    case 57600:
        return B57600;
    case 115200:
        return B115200;
    default:
        return B0;
    }
}

} // namespace

// Qt Positioning's NMEA source, with every sentence checked before Qt parses it.
class CheckedNmeaSource : public QNmeaPositionInfoSource
{
public:
    CheckedNmeaSource(UpdateMode mode, NmeaRelay *relay) : QNmeaPositionInfoSource(mode, relay), m_relay(relay) {}

protected:
    bool parsePosInfoFromNmeaData(const char *data, int size, QGeoPositionInfo *posInfo, bool *hasFix) override
    {
        const QByteArray line = QByteArray(data, size).trimmed();
        if (line.isEmpty())
            return false;
        // Replaying, Qt reads one sentence past each fix and parses it again to start the next fix: the same
        // line, which is reported once.
        const qint64 lineNumber = m_relay->m_lines->lineNumber();
        const bool again = lineNumber == m_lastLine && line == m_lastSentence;
        m_lastLine = lineNumber;
        m_lastSentence = line;
        const QString problem = checkNmeaSentence(line);
        if (!problem.isEmpty()) {
            if (!again)
                m_relay->reportProblem(line, problem);
            return false;
        }
        const bool parsed = QNmeaPositionInfoSource::parsePosInfoFromNmeaData(data, size, posInfo, hasFix);
        if (!parsed && !again && isPositionSentence(line))
            m_relay->reportProblem(line, NmeaRelay::tr("the %1 sentence has missing or unreadable fields")
                                             .arg(QString::fromLatin1(line.mid(3, 3))));
        if (parsed)
            m_relay->sentenceParsed(*posInfo);
        return parsed;
    }

private:
    NmeaRelay *m_relay;
    qint64 m_lastLine = -1;
    QByteArray m_lastSentence;
};

quint8 nmeaChecksum(const QByteArray &sentenceBody)
{
    quint8 sum = 0;
    for (const char c : sentenceBody)
        sum ^= quint8(c);
    return sum;
}

QString checkNmeaSentence(const QByteArray &raw)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty())
        return {};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line[i]);
        if (c < 0x20 || c > 0x7e)
            return NmeaRelay::tr("byte 0x%1 at column %2 is not allowed in NMEA")
                .arg(c, 2, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    if (line[0] != '$')
        return NmeaRelay::tr("does not start with '$'");
    const qsizetype star = line.lastIndexOf('*');
    const qsizetype end = star < 0 ? line.size() : star;
    const qsizetype comma = line.indexOf(',');
    const qsizetype addressEnd = comma < 0 || comma > end ? end : comma;
    const QByteArray address = line.mid(1, addressEnd - 1);
    const bool addressOk = address.size() >= 2 && address.size() <= 6 &&
                           std::all_of(address.begin(), address.end(),
                                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    if (!addressOk)
        return NmeaRelay::tr("has no valid sentence type after '$'");
    if (star < 0)
        return NmeaRelay::tr("has no checksum (*hh at the end)");
    const QByteArray given = line.mid(star + 1);
    bool ok = false;
    const uint expected = given.toUInt(&ok, 16);
    if (given.size() != 2 || !ok)
        return NmeaRelay::tr("has a malformed checksum '*%1'").arg(QString::fromLatin1(given));
    const quint8 computed = nmeaChecksum(line.mid(1, star - 1));
    if (expected != computed)
        return NmeaRelay::tr("checksum mismatch: the sentence says %1, its content gives %2")
            .arg(QString::fromLatin1(given.toUpper()), QString::number(computed, 16).toUpper().rightJustified(2, u'0'));
    return {};
}

QString NmeaSourceSpec::describe() const
{
    switch (kind) {
    case Kind::File:
        return path;
    case Kind::Tcp:
        return QStringLiteral("tcp:%1:%2").arg(host).arg(port);
    case Kind::Serial:
        return baud > 0 ? QStringLiteral("serial:%1@%2").arg(path).arg(baud) : QStringLiteral("serial:%1").arg(path);
    }
    return path;
}

std::optional<NmeaSourceSpec> parseNmeaSource(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<NmeaSourceSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    NmeaSourceSpec spec;
    if (text.isEmpty())
        return fail(NmeaRelay::tr("--nmea needs a file, tcp:HOST:PORT or serial:DEVICE."));
    if (text.startsWith(QLatin1String("tcp:"))) {
        const QString rest = text.mid(4);
        const qsizetype colon = rest.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? rest.mid(colon + 1).toUInt(&ok) : 0;
        if (colon <= 0 || !ok || port == 0 || port > 65535)
            return fail(NmeaRelay::tr("'%1' is not tcp:HOST:PORT with a port from 1 to 65535.").arg(text));
        spec.kind = NmeaSourceSpec::Kind::Tcp;
        spec.host = rest.left(colon);
        if (spec.host.startsWith(u'[') && spec.host.endsWith(u']'))
            spec.host = spec.host.mid(1, spec.host.size() - 2);
        spec.port = quint16(port);
        return spec;
    }
    if (text.startsWith(QLatin1String("serial:"))) {
        QString device = text.mid(7);
        const qsizetype at = device.lastIndexOf(u'@');
        if (at >= 0) {
            bool ok = false;
            spec.baud = device.mid(at + 1).toInt(&ok);
            if (!ok || baudConstant(spec.baud) == B0)
                return fail(NmeaRelay::tr("'%1': the speed after '@' must be one of 4800, 9600, 19200, 38400, "
                                          "57600, 115200.")
                                .arg(text));
            device = device.left(at);
        }
        if (device.isEmpty())
            return fail(NmeaRelay::tr("'%1' names no device (serial:/dev/ttyACM0).").arg(text));
        spec.kind = NmeaSourceSpec::Kind::Serial;
        spec.path = device;
        return spec;
    }
    spec.kind = NmeaSourceSpec::Kind::File;
    spec.path = text;
    return spec;
}

// ---------------------------------------------------------------------------------------------------------------

NmeaLineDevice::NmeaLineDevice(QObject *parent) : QIODevice(parent)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void NmeaLineDevice::append(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_finished)
        return;
    m_buffer.append(bytes);
    Q_EMIT readyRead();
}

void NmeaLineDevice::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_pos < m_buffer.size())
        Q_EMIT readyRead(); // the last line, now complete
    else
        noteExhausted();
}

qint64 NmeaLineDevice::bytesAvailable() const
{
    return (m_buffer.size() - m_pos) + QIODevice::bytesAvailable();
}

bool NmeaLineDevice::canReadLine() const
{
    return m_buffer.indexOf('\n', m_pos) >= 0 || (m_finished && m_pos < m_buffer.size()) || QIODevice::canReadLine();
}

qint64 NmeaLineDevice::readData(char *data, qint64 maxSize)
{
    // Raw reads (Qt skips what is buffered when real-time updates start): keep the line count right.
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_pos);
    if (n <= 0)
        return m_finished ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_pos, size_t(n));
    const qint64 newlines = std::count(m_buffer.constBegin() + m_pos, m_buffer.constBegin() + m_pos + n, '\n');
    m_line += newlines;
    m_pos += n;
    m_midLine = data[n - 1] != '\n';
    compact();
    noteExhausted();
    return n;
}

qint64 NmeaLineDevice::readLineData(char *data, qint64 maxSize)
{
    if (m_pos >= m_buffer.size() || maxSize <= 0)
        return m_finished ? -1 : 0;
    if (!m_midLine)
        ++m_line;
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    const qsizetype end = newline >= 0 ? newline + 1 : m_buffer.size();
    const qint64 n = std::min<qint64>(end - m_pos, maxSize);
    std::memcpy(data, m_buffer.constData() + m_pos, size_t(n));
    m_pos += n;
    // A line longer than the reader's buffer comes out in pieces; they keep the line's number.
    m_midLine = data[n - 1] != '\n' && m_pos < m_buffer.size();
    compact();
    noteExhausted();
    return n;
}

qint64 NmeaLineDevice::writeData(const char *, qint64)
{
    return -1;
}

void NmeaLineDevice::compact()
{
    if (m_pos > kCompactAfter && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

void NmeaLineDevice::noteExhausted()
{
    if (!m_exhaustedSignalled && isExhausted()) {
        m_exhaustedSignalled = true;
        Q_EMIT exhausted();
    }
}

// ---------------------------------------------------------------------------------------------------------------

NmeaRelay::NmeaRelay(QUuid unitId, QString callsign, QObject *parent)
    : QObject(parent), m_unitId(unitId), m_callsign(std::move(callsign))
{
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, &NmeaRelay::finishOnce);
}

NmeaRelay::~NmeaRelay()
{
    stop();
}

bool NmeaRelay::start(const NmeaSourceSpec &source, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_sourceName = source.describe();
    m_lines = new NmeaLineDevice(this);
    connect(m_lines, &NmeaLineDevice::exhausted, this, &NmeaRelay::sourceExhausted);

    switch (source.kind) {
    case NmeaSourceSpec::Kind::File: {
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot open the NMEA file %1: %2").arg(source.path, file.errorString()));
        if (file.size() > kMaxFileBytes)
            return fail(tr("The NMEA file %1 is larger than %2 MiB.").arg(source.path).arg(kMaxFileBytes >> 20));
        m_lines->append(file.readAll());
        m_lines->finish();
        startSource(true);
        return true;
    }
    case NmeaSourceSpec::Kind::Tcp: {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_lines->append(m_socket->readAll()); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { m_lines->finish(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
            if (code == QAbstractSocket::RemoteHostClosedError)
                return; // disconnected() ends the stream
            if (!m_finished)
                Q_EMIT failed(tr("Cannot read NMEA from %1: %2").arg(m_sourceName, m_socket->errorString()));
        });
        startSource(false);
        m_socket->connectToHost(source.host, source.port, QIODevice::ReadOnly);
        return true;
    }
    case NmeaSourceSpec::Kind::Serial: {
        // A tty, read without blocking as its bytes arrive; raw, so no line discipline eats characters.
        const QByteArray path = QFile::encodeName(source.path);
        m_serialFd = ::open(path.constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (m_serialFd < 0)
            return fail(tr("Cannot open the serial device %1: %2")
                            .arg(source.path, QString::fromLocal8Bit(std::strerror(errno))));
        termios tty{};
        if (::tcgetattr(m_serialFd, &tty) == 0) {
            ::cfmakeraw(&tty);
            if (source.baud > 0) {
                ::cfsetispeed(&tty, baudConstant(source.baud));
                ::cfsetospeed(&tty, baudConstant(source.baud));
            }
            tty.c_cflag |= CREAD | CLOCAL;
            ::tcsetattr(m_serialFd, TCSANOW, &tty);
        } // not a tty (a pipe, a FIFO): read it as it is
        m_serialNotifier = new QSocketNotifier(qintptr(m_serialFd), QSocketNotifier::Read, this);
        connect(m_serialNotifier, &QSocketNotifier::activated, this, &NmeaRelay::readSerial);
        startSource(false);
        return true;
    }
    }
    return fail(tr("Unknown NMEA source."));
}

void NmeaRelay::startSource(bool replay)
{
    m_replay = replay;
    m_source = new CheckedNmeaSource(
        replay ? QNmeaPositionInfoSource::SimulationMode : QNmeaPositionInfoSource::RealTimeMode, this);
    m_source->setDevice(m_lines);
    m_source->setUserEquivalentRangeError(5.1); // a typical receiver's; gives an accuracy from the HDOP
    m_source->setUpdateInterval(0);             // every fix
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &NmeaRelay::positionUpdated);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error code) {
        if (code == QGeoPositionInfoSource::AccessError)
            Q_EMIT failed(tr("Qt Positioning cannot read NMEA from %1.").arg(m_sourceName));
    });
    m_source->startUpdates();
}

void NmeaRelay::stop()
{
    m_endTimer.stop();
    if (m_source)
        m_source->stopUpdates();
    if (m_socket)
        m_socket->abort();
    if (m_serialNotifier) {
        m_serialNotifier->setEnabled(false);
        delete m_serialNotifier;
        m_serialNotifier = nullptr;
    }
    if (m_serialFd >= 0) {
        ::close(m_serialFd);
        m_serialFd = -1;
    }
}

void NmeaRelay::readSerial()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_serialFd, buffer, sizeof buffer);
        if (n > 0) {
            m_lines->append(QByteArray(buffer, qsizetype(n)));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // 0: end of input; EIO: the device (or the other end of a pseudo-terminal) went away.
        const QString why = n < 0 && errno != EIO ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
        m_serialNotifier->setEnabled(false);
        if (!why.isEmpty())
            Q_EMIT failed(tr("Cannot read NMEA from %1: %2").arg(m_sourceName, why));
        m_lines->finish();
        return;
    }
}

void NmeaRelay::sentenceParsed(const QGeoPositionInfo &info)
{
    QDateTime at = info.timestamp();
    if (!at.isValid() && info.timestamp().time().isValid() && m_lastParsedTime.isValid())
        at = QDateTime(m_lastParsedTime.date(), info.timestamp().time(), Qt::UTC);
    if (at.isValid() && at.date().isValid() && (!m_lastParsedTime.isValid() || at > m_lastParsedTime))
        m_lastParsedTime = at;
}

void NmeaRelay::reportProblem(const QByteArray &sentence, const QString &message)
{
    ++m_problems;
    Q_EMIT problem(m_lines->lineNumber(), QString::fromLatin1(sentence.left(120)), message);
}

void NmeaRelay::positionUpdated(const QGeoPositionInfo &info)
{
    if (!info.isValid() || m_finished)
        return;
    UnitFix fix;
    fix.unitId = m_unitId;
    fix.callsign = m_callsign;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    if (info.hasAttribute(QGeoPositionInfo::GroundSpeed))
        fix.speedKmh = info.attribute(QGeoPositionInfo::GroundSpeed) * 3.6;
    if (info.hasAttribute(QGeoPositionInfo::Direction))
        fix.headingDeg = info.attribute(QGeoPositionInfo::Direction);
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        fix.accuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    qint64 at = info.timestamp().toMSecsSinceEpoch();
    if (m_replay) {
        // A replay stands for the unit now: the file's spacing, today's clock.
        if (!m_haveOffset) {
            m_replayOffsetMs = QDateTime::currentMSecsSinceEpoch() - at;
            m_haveOffset = true;
        }
        at += m_replayOffsetMs;
    }
    fix.atMs = at;
    ++m_fixes;
    m_lastEmittedTime = info.timestamp();
    Q_EMIT this->fix(fix);
    if (m_replay && m_lines->isExhausted() && m_lastParsedTime.isValid() && info.timestamp() >= m_lastParsedTime)
        finishOnce();
}

void NmeaRelay::sourceExhausted()
{
    if (!m_replay) {
        // A live source closed: Qt holds its last fix back for a moment to merge sentences.
        m_endTimer.start(500);
        return;
    }
    // The replay still holds the last fix until its time comes: about the gap between the last two fixes.
    qint64 wait = 2000;
    if (m_lastParsedTime.isValid() && m_lastEmittedTime.isValid())
        wait += std::max<qint64>(0, m_lastEmittedTime.msecsTo(m_lastParsedTime));
    m_endTimer.start(int(std::clamp<qint64>(wait, 500, 120'000)));
}

void NmeaRelay::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    m_endTimer.stop();
    if (m_source)
        m_source->stopUpdates();
    Q_EMIT finished();
}

} // namespace lintas::field
