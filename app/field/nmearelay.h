#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUuid>

#include "field/fieldsink.h"

class QGeoPositionInfo;
class QSocketNotifier;
class QTcpSocket;

namespace lintas::field {

class CheckedNmeaSource;

// Where a receiver's NMEA comes from: "FILE", "tcp:HOST:PORT" (a GPS-over-TCP bridge such as gpsd's NMEA port
// or a phone app), or "serial:DEVICE[@BAUD]" (a tty: USB receivers show up as /dev/ttyACM0 or /dev/ttyUSB0).
struct NmeaSourceSpec
{
    enum class Kind
    {
        File,
        Tcp,
        Serial
    };
    Kind kind = Kind::File;
    QString path; // file or device
    QString host;
    quint16 port = 0;
    int baud = 0; // 0: leave the tty's speed as it is

    QString describe() const; // as the user wrote it, for messages
};
// Nothing, with *error naming what is wrong, when the text is not one of the forms above.
std::optional<NmeaSourceSpec> parseNmeaSource(const QString &text, QString *error);

// The NMEA byte stream, handed to QNmeaPositionInfoSource one line at a time so that every sentence it parses
// is known by its line number. Sequential and unbuffered: QIODevice::readLine reaches readLineData directly.
class NmeaLineDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit NmeaLineDevice(QObject *parent = nullptr);

    void append(const QByteArray &bytes); // from the source; emits readyRead
    void finish();                        // the source has ended: a last line without a newline counts too
    bool isFinished() const { return m_finished; }
    bool isExhausted() const { return m_finished && m_pos >= m_buffer.size(); }
    qint64 lineNumber() const { return m_line; } // of the line handed out last, 1-based

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool canReadLine() const override;

Q_SIGNALS:
    void exhausted(); // the last byte of a finished source has been handed out

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 readLineData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void compact();
    void noteExhausted();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 0;
    bool m_midLine = false; // the last readLineData stopped before the end of its line
    bool m_finished = false;
    bool m_exhaustedSignalled = false;
};

// Reads a GPS receiver's NMEA 0183 through Qt Positioning and turns each fix into a position report of one
// unit. Files are replayed at the pace of their own timestamps (QNmeaPositionInfoSource::SimulationMode), with
// the times moved to the moment of the replay; live sources (TCP, serial) are read as they come
// (RealTimeMode). Every sentence that is not valid NMEA is reported with its line number: a missing '$', a
// checksum that does not match, characters NMEA does not allow, a position sentence that cannot be read.
class NmeaRelay : public QObject
{
    Q_OBJECT
public:
    NmeaRelay(QUuid unitId, QString callsign, QObject *parent = nullptr);
    ~NmeaRelay() override;

    // Opens the source and starts reading; false with *error naming the source when it cannot be opened.
    // A TCP source connects asynchronously: a refusal arrives as failed().
    bool start(const NmeaSourceSpec &source, QString *error);
    void stop();

    int fixCount() const { return m_fixes; }
    int problemCount() const { return m_problems; }
    const QString &sourceName() const { return m_sourceName; }

Q_SIGNALS:
    void fix(const lintas::field::UnitFix &fix);
    // A sentence that is not valid NMEA: the line it is on (1-based), the sentence, what is wrong (translated).
    void problem(qint64 line, const QString &sentence, const QString &message);
    void finished(); // end of the file, or the live source closed
    void failed(const QString &message);

private:
    friend class CheckedNmeaSource;
    void startSource(bool replay);
    void sentenceParsed(const QGeoPositionInfo &info);
    void reportProblem(const QByteArray &sentence, const QString &message);
    void positionUpdated(const QGeoPositionInfo &info);
    void sourceExhausted();
    void finishOnce();
    void readSerial();

    QUuid m_unitId;
    QString m_callsign;
    QString m_sourceName;
    bool m_replay = false;
    NmeaLineDevice *m_lines = nullptr;
    CheckedNmeaSource *m_source = nullptr;
    QPointer<QTcpSocket> m_socket;
    QSocketNotifier *m_serialNotifier = nullptr;
    int m_serialFd = -1;
    QTimer m_endTimer; // after the last line: waits for the last fix the replay still holds back
    int m_fixes = 0;
    int m_problems = 0;
    bool m_finished = false;
    qint64 m_replayOffsetMs = 0; // replay: wall clock minus the file's clock at the first fix
    bool m_haveOffset = false;
    QDateTime m_lastParsedTime; // the newest fix time parsed from the file
    QDateTime m_lastEmittedTime;
};

// The checksum NMEA 0183 puts after '*': XOR of every byte between '$' and '*'.
quint8 nmeaChecksum(const QByteArray &sentenceBody);
// What is wrong with one line of NMEA (an empty string when nothing is); blank lines are fine.
QString checkNmeaSentence(const QByteArray &line);

} // namespace lintas::field
