#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lintas::server {

// A certificate and its private key, as two PEM files. Key files are written readable by the owner only.
struct CertificateFiles
{
    QString certificate;
    QString privateKey;
};

// The agency's private certificate authority and the server certificates it signs, made by `lintas-server
// init` with the OpenSSL 3 C API. Keys are EC P-256; the CA is valid 10 years, a server certificate 5.
// Desks trust the CA file (or pin the server certificate's SHA-256 fingerprint).
class Certificates
{
    Q_DECLARE_TR_FUNCTIONS(lintas::server::Certificates)

public:
    static constexpr int kCaValidityDays = 3653;
    static constexpr int kServerValidityDays = 1826;

    // A self-signed CA certificate (CA:TRUE, keyCertSign and cRLSign) named commonName.
    static bool createAuthority(const QString &commonName, const CertificateFiles &out, QString *error);
    // A server certificate signed by the CA, with a subjectAltName for every host (DNS names and IP literals),
    // extendedKeyUsage serverAuth. The first host is the subject's common name.
    static bool createServerCertificate(const CertificateFiles &authority, const QStringList &hosts,
                                        const CertificateFiles &out, QString *error);
    // Whether the pair loads, the key matches the certificate and (for a CA) the certificate may sign.
    static bool checkPair(const CertificateFiles &files, bool mustBeAuthority, QString *error);
};

} // namespace lintas::server
