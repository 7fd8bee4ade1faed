#pragma once

// A tiny HTTP tile server on loopback for the tile tests: answers GET /z/x/y.png with a generated PNG in a
// colour derived from the tile, records every request (path and User-Agent), and can be told to answer
// slowly, with 404 or with a non-image for chosen zooms. One request per connection.

#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace lintas::test {

class TestTileServer
{
public:
    struct Request
    {
        QByteArray path;
        QByteArray userAgent;
    };

    TestTileServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort());
    }

    static QColor colorFor(int z, int x, int y) { return QColor((x * 37) % 256, (y * 53) % 256, (z * 17) % 256); }

    void setDelayMs(int ms) { m_delayMs = ms; }
    void setNotFoundZoom(int z) { m_notFoundZooms.insert(z); }
    void setGarbageZoom(int z) { m_garbageZooms.insert(z); }

    const QList<Request> &requests() const { return m_requests; }
    int hits() const { return int(m_requests.size()); }
    int maxConcurrent() const { return m_maxConcurrent; }

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            if (!buffer.contains("\r\n\r\n"))
                return;
            const QByteArray head = buffer.left(buffer.indexOf("\r\n\r\n"));
            m_buffers.remove(socket);
            const QList<QByteArray> lines = head.split('\n');
            Request request;
            request.path = lines.value(0).split(' ').value(1);
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    request.userAgent = line.mid(11).trimmed();
            }
            m_requests.append(request);
            ++m_concurrent;
            m_maxConcurrent = std::max(m_maxConcurrent, m_concurrent);
            QTimer::singleShot(m_delayMs, socket, [this, socket, path = request.path] { respond(socket, path); });
        });
    }

    void respond(QTcpSocket *socket, const QByteArray &path)
    {
        --m_concurrent;
        // "/z/x/y.png"
        const QList<QByteArray> parts = path.mid(1).replace(".png", "").split('/');
        const int z = parts.value(0).toInt();
        const int x = parts.value(1).toInt();
        const int y = parts.value(2).toInt();
        QByteArray status = "200 OK";
        QByteArray type = "image/png";
        QByteArray body;
        if (parts.size() != 3 || m_notFoundZooms.contains(z)) {
            status = "404 Not Found";
            type = "text/plain";
            body = "no such tile";
        } else if (m_garbageZooms.contains(z)) {
            type = "text/html";
            body = "<html><body>Rate limited</body></html>";
        } else {
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(colorFor(z, x, y));
            QBuffer buffer(&body);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QSet<int> m_notFoundZooms;
    QSet<int> m_garbageZooms;
    int m_delayMs = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};

} // namespace lintas::test
