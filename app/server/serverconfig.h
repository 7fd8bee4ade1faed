#pragma once

#include <QCoreApplication>
#include <QString>

namespace lintas::server {

// A host and port as written on the command line and in the config file: "127.0.0.1:7443", "[::1]:7443",
// "localhost:7443". Port 0 asks the system for a free port (tests).
struct ListenAddress
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7443;

    QString toString() const; // brackets around an IPv6 literal
    // Accepts an IP literal or "localhost" (taken as 127.0.0.1); false with a message naming the text otherwise.
    static bool parse(const QString &text, ListenAddress *out, QString *error);
    bool isLoopback() const;
};

// The server's settings, kept in DATA/lintas-server.conf (INI through QSettings):
//
//   [server]
//   listen=127.0.0.1:7443
//   db=sqlite:lintas-server.db       relative paths are relative to the config file's folder
//   region=PMJ                       the Polda of accounts scoped above any Polda (Korlantas)
//   cert=server.pem
//   key=server.key
//   ca=ca.pem                        what desks trust; the server itself does not read it
//   insecure_loopback=false          plain TCP, refused on anything but loopback
//   session_hours=12                 how long a session token stays valid (checked here; the storage still issues
//                                    tokens for its fixed 12 h until ServerStore takes a lifetime)
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(lintas::server::ServerConfig)

public:
    static constexpr const char *kFileName = "lintas-server.conf";

    QString file; // where it was read from or will be written to
    ListenAddress listen;
    QString db;
    QString region = QStringLiteral("PMJ");
    QString certificate;
    QString privateKey;
    QString caCertificate;
    bool insecureLoopback = false;
    int sessionHours = 12;

    // Paths in the result are absolute (resolved against the file's folder). False with a message naming
    // the file and the key when the file is missing or a value is invalid.
    static bool load(const QString &file, ServerConfig *out, QString *error);
    // Writes every key, paths inside the file's folder relative to it, so the folder can move as a whole.
    bool save(QString *error) const;

    // "sqlite:PATH" with a relative PATH resolved against base; other URLs unchanged.
    static QString resolveDatabaseUrl(const QString &url, const QString &base);
};

} // namespace lintas::server
