#include "tlsconfig.h"

#include <QCoreApplication>
#include <QFile>

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/verify_context.hpp>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace lintas::sync {
namespace {

namespace ssl = boost::asio::ssl;

constexpr int kSha256Bytes = 32;

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

bool fail(std::string *error, const QString &message)
{
    if (error)
        *error = message.toStdString();
    return false;
}

QByteArray fingerprintOf(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!certificate || X509_digest(certificate, EVP_sha256(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

void requireTls12(ssl::context &context)
{
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_compression);
}

// The client's trust rule, called by OpenSSL for every certificate of the chain: the chain verified against
// the CA file (preverified), or the leaf is the pinned one. The leaf is the chain's target certificate, known
// at every depth, so a pin match accepts the whole chain and a mismatch never lets an untrusted chain through.
class PeerVerifier
{
public:
    PeerVerifier(QByteArray pin, std::shared_ptr<PeerCertificateCapture> capture)
        : m_pin(std::move(pin)), m_capture(std::move(capture))
    {
    }

    bool operator()(bool preverified, ssl::verify_context &context) const
    {
        X509_STORE_CTX *store = context.native_handle();
        const QByteArray leaf = fingerprintOf(X509_STORE_CTX_get0_cert(store));
        if (m_capture)
            m_capture->leafSha256 = leaf;
        if (!m_pin.isEmpty() && leaf == m_pin) {
            if (m_capture) {
                m_capture->pinMatched = true;
                m_capture->failure.clear();
            }
            return true;
        }
        if (!preverified && m_capture && m_capture->failure.empty())
            m_capture->failure = X509_verify_cert_error_string(X509_STORE_CTX_get_error(store));
        return preverified;
    }

private:
    QByteArray m_pin;
    std::shared_ptr<PeerCertificateCapture> m_capture;
};

bool checkPin(const QByteArray &pin, std::string *error)
{
    if (!pin.isEmpty() && pin.size() != kSha256Bytes)
        return fail(error, QCoreApplication::translate("TlsConfig", "The pinned fingerprint has %1 bytes; a SHA-256 "
                                                                    "fingerprint has 32.")
                               .arg(pin.size()));
    return true;
}

} // namespace

bool configureClientContext(ssl::context &context, const TlsClientConfig &config, std::string *error)
{
    if (!checkPin(config.pinnedSha256, error))
        return false;
    requireTls12(context);
    boost::system::error_code ec;
    if (!config.caFile.isEmpty()) {
        if (!QFile::exists(config.caFile))
            return fail(error,
                        QCoreApplication::translate("TlsConfig", "CA file %1 does not exist.").arg(config.caFile));
        context.load_verify_file(nativePath(config.caFile), ec);
        if (ec)
            return fail(error, QCoreApplication::translate("TlsConfig", "CA file %1 cannot be read: %2")
                                   .arg(config.caFile, QString::fromStdString(ec.message())));
    }
    context.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert, ec);
    context.set_verify_callback(PeerVerifier(config.pinnedSha256, nullptr), ec);
    if (ec)
        return fail(error, QCoreApplication::translate("TlsConfig", "TLS set-up failed: %1")
                               .arg(QString::fromStdString(ec.message())));
    return true;
}

bool configureServerContext(ssl::context &context, const QString &certificateFile, const QString &privateKeyFile,
                            std::string *error)
{
    requireTls12(context);
    boost::system::error_code ec;
    if (!QFile::exists(certificateFile))
        return fail(
            error,
            QCoreApplication::translate("TlsConfig", "Certificate file %1 does not exist.").arg(certificateFile));
    context.use_certificate_chain_file(nativePath(certificateFile), ec);
    if (ec)
        return fail(error, QCoreApplication::translate("TlsConfig", "Certificate file %1 cannot be used: %2")
                               .arg(certificateFile, QString::fromStdString(ec.message())));
    if (!QFile::exists(privateKeyFile))
        return fail(
            error, QCoreApplication::translate("TlsConfig", "Private key file %1 does not exist.").arg(privateKeyFile));
    context.use_private_key_file(nativePath(privateKeyFile), ssl::context::pem, ec);
    if (ec)
        return fail(error, QCoreApplication::translate("TlsConfig", "Private key file %1 cannot be used: %2")
                               .arg(privateKeyFile, QString::fromStdString(ec.message())));
    if (SSL_CTX_check_private_key(context.native_handle()) != 1)
        return fail(error,
                    QCoreApplication::translate("TlsConfig", "Private key file %1 does not match certificate %2.")
                        .arg(privateKeyFile, certificateFile));
    return true;
}

bool prepareClientStream(ssl::stream<boost::asio::ip::tcp::socket> &stream, const TlsClientConfig &config,
                         const std::string &host, std::shared_ptr<PeerCertificateCapture> capture, std::string *error)
{
    if (!checkPin(config.pinnedSha256, error))
        return false;
    SSL *handle = stream.native_handle();
    const std::string name = config.serverName.isEmpty() ? host : config.serverName.toStdString();
    if (!name.empty()) {
        X509_VERIFY_PARAM *param = SSL_get0_param(handle);
        boost::system::error_code ec;
        boost::asio::ip::make_address(name, ec);
        bool ok = true;
        if (!ec) {
            // An IP address is checked against the certificate's IP entries and never sent as SNI (RFC 6066).
            ok = X509_VERIFY_PARAM_set1_ip_asc(param, name.c_str()) == 1;
        } else {
            X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            ok = X509_VERIFY_PARAM_set1_host(param, name.c_str(), name.size()) == 1 &&
                 SSL_ctrl(handle, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                          const_cast<char *>(name.c_str())) == 1; // SSL_set_tlsext_host_name, minus its C cast
        }
        if (!ok)
            return fail(error, QCoreApplication::translate("TlsConfig", "Server name '%1' cannot be used for TLS.")
                                   .arg(QString::fromStdString(name)));
    }
    boost::system::error_code ec;
    stream.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert, ec);
    stream.set_verify_callback(PeerVerifier(config.pinnedSha256, std::move(capture)), ec);
    if (ec)
        return fail(error, QCoreApplication::translate("TlsConfig", "TLS set-up failed: %1")
                               .arg(QString::fromStdString(ec.message())));
    return true;
}

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray parseFingerprint(const QString &text)
{
    // Accepts what an operator is likely to paste: "AB:CD:…", plain hex, or openssl's
    // "sha256 Fingerprint=AB:CD:…".
    QString hex = text.mid(text.lastIndexOf(QLatin1Char('=')) + 1).trimmed();
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 2 * kSha256Bytes)
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!(c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QByteArray certificateFingerprintOfFile(const QString &pemFile, std::string *error)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QCoreApplication::translate("TlsConfig", "Certificate file %1 cannot be read: %2")
                        .arg(pemFile, file.errorString()));
        return {};
    }
    const QByteArray pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *certificate = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    const QByteArray fingerprint = fingerprintOf(certificate);
    X509_free(certificate);
    BIO_free(bio);
    if (fingerprint.isEmpty())
        fail(error, QCoreApplication::translate("TlsConfig", "%1 holds no PEM certificate.").arg(pemFile));
    return fingerprint;
}

} // namespace lintas::sync
