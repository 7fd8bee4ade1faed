#pragma once

#include <string>

#include <QByteArray>
#include <QString>

#include <boost/asio/ssl/context.hpp>

namespace lintas::sync {

// How a desk decides to trust the server (DESIGN.md section 5): the agency CA file, or a SHA-256
// fingerprint of the server certificate that the operator accepted once. With neither, nothing is trusted.
struct TlsClientConfig
{
    QString caFile;            // PEM; the server's chain must verify against it
    QByteArray pinnedSha256;   // 32 bytes; when set, a leaf certificate with this fingerprint is trusted
    QString serverName;        // for SNI and host name verification against the CA path; empty = host
};

// TLS 1.2 or newer, peer verification on. Returns false with a message naming the file when it cannot be read.
bool configureClientContext(boost::asio::ssl::context &context, const TlsClientConfig &config, std::string *error);
bool configureServerContext(boost::asio::ssl::context &context, const QString &certificateFile,
                            const QString &privateKeyFile, std::string *error);

// "AB:CD:…" (32 pairs), as shown to the operator and written to the desk's settings.
QString formatFingerprint(const QByteArray &sha256);
QByteArray parseFingerprint(const QString &text); // empty when the text is not 32 hex pairs
QByteArray certificateFingerprintOfFile(const QString &pemFile, std::string *error);

} // namespace lintas::sync
