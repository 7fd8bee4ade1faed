#pragma once

#include <memory>
#include <string>

#include <QByteArray>
#include <QString>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>

namespace lintas::sync {

// How a desk decides to trust the server (DESIGN.md section 5): the agency CA file, or a SHA-256
// fingerprint of the server certificate that the operator accepted once. With neither, nothing is trusted.
struct TlsClientConfig
{
    QString caFile;          // PEM; the server's chain must verify against it
    QByteArray pinnedSha256; // 32 bytes; when set, a leaf certificate with this fingerprint is trusted
    QString serverName;      // for SNI and host name verification against the CA path; empty = host
};

// TLS 1.2 or newer, peer verification on. Returns false with a message naming the file when it cannot be read.
// The context trusts the CA file (never the system's store) or the pinned leaf; host names are checked per
// connection by prepareClientStream.
bool configureClientContext(boost::asio::ssl::context &context, const TlsClientConfig &config, std::string *error);
bool configureServerContext(boost::asio::ssl::context &context, const QString &certificateFile,
                            const QString &privateKeyFile, std::string *error);

// What the server presented in one handshake, recorded while verifying, so that a client whose handshake
// failed can still show the operator the fingerprint to accept (SyncSession::certificateUntrusted).
struct PeerCertificateCapture
{
    QByteArray leafSha256; // the server's own certificate; empty when it presented none
    bool pinMatched = false;
    // The first verification error ("self-signed certificate", "hostname mismatch"); empty when trusted.
    std::string failure;
};

// Per connection, before async_handshake: SNI (for a host name, not an IP address), host name or IP check
// against config.serverName or else host (on the CA path; a pinned leaf is trusted whatever its names), and
// recording of the presented leaf into *capture (may be null). Returns false with a message when the
// stream cannot be set up.
bool prepareClientStream(boost::asio::ssl::stream<boost::asio::ip::tcp::socket> &stream, const TlsClientConfig &config,
                         const std::string &host, std::shared_ptr<PeerCertificateCapture> capture, std::string *error);

// "AB:CD:…" (32 pairs), as shown to the operator and written to the desk's settings.
QString formatFingerprint(const QByteArray &sha256);
QByteArray parseFingerprint(const QString &text); // empty when the text is not 32 hex pairs
QByteArray certificateFingerprintOfFile(const QString &pemFile, std::string *error);

} // namespace lintas::sync
