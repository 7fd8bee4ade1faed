#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

// Runs the built lintas-server (LINTAS_SERVER_BINARY, set by tests/server/CMakeLists.txt) as an operator or a
// service manager would.
namespace servertest {

inline QString serverBinary()
{
    return QStringLiteral(LINTAS_SERVER_BINARY);
}

struct CommandResult
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

// One command, to its end (bounded), with optional standard input.
inline CommandResult run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 90000)
{
    QProcess process;
    process.start(serverBinary(), arguments);
    CommandResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// `lintas-server serve` in the background: start() waits for its "listening on HOST:PORT" line.
class ServeProcess
{
public:
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments, QString *error)
    {
        // The server's log goes to the test's own output: visible in ctest's log, and no pipe fills up.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(serverBinary(), QStringList{QStringLiteral("serve")} + arguments);
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+):(\\d+)"));
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(m_out));
            if (match.hasMatch()) {
                m_port = match.captured(2).toUShort();
                return true;
            }
            if (m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("lintas-server serve ended (exit %1): %2%3")
                             .arg(m_process.exitCode())
                             .arg(QString::fromUtf8(m_out), QString::fromUtf8(m_process.readAllStandardError()));
                return false;
            }
        }
        *error = QStringLiteral("no \"listening on\" line within 60 s: ") + QString::fromUtf8(m_out);
        return false;
    }

    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }

    // SIGTERM, then the exit code (-1 when it had to be killed or crashed).
    int stop(int timeoutMs = 15000)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    quint16 m_port = 0;
};

} // namespace servertest
