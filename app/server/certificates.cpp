#include "server/certificates.h"

#include <memory>

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace lintas::server {

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct BignumFree
{
    void operator()(BIGNUM *number) const { BN_free(number); }
};
struct ExtensionFree
{
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Certificate = std::unique_ptr<X509, X509Free>;

// The most recent OpenSSL error, for messages ("error:…:PEM routines::no start line").
QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return Certificates::tr("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Bio readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, Certificates::tr("cannot read %1: %2").arg(native(path), file.errorString()));
        return {};
    }
    const QByteArray pem = file.readAll();
    Bio bio(BIO_new(BIO_s_mem()));
    BIO_write(bio.get(), pem.constData(), int(pem.size()));
    return bio;
}

Certificate readCertificate(const QString &path, QString *error)
{
    Bio bio = readFile(path, error);
    if (!bio)
        return {};
    Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate)
        fail(error, Certificates::tr("%1 holds no PEM certificate: %2").arg(native(path), openSslError()));
    return certificate;
}

Key readKey(const QString &path, QString *error)
{
    Bio bio = readFile(path, error);
    if (!bio)
        return {};
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        fail(error, Certificates::tr("%1 holds no unencrypted PEM private key: %2").arg(native(path), openSslError()));
    return key;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// Private keys are created readable by the owner only (never world-readable, not even for a moment).
bool writeFile(const QString &path, const QByteArray &bytes, bool secret, QString *error)
{
    QFile file(path);
    const QFileDevice::Permissions permissions =
        secret ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
               : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions))
        return fail(error, Certificates::tr("cannot write %1: %2").arg(native(path), file.errorString()));
    if (!file.setPermissions(permissions) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(error, Certificates::tr("cannot write %1: %2").arg(native(path), file.errorString()));
    return true;
}

bool writePair(X509 *certificate, EVP_PKEY *key, const CertificateFiles &out, QString *error)
{
    Bio certificateBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certificateBio.get(), certificate) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return fail(error, Certificates::tr("cannot encode the certificate: %1").arg(openSslError()));
    return writeFile(out.privateKey, bioBytes(keyBio.get()), true, error) &&
           writeFile(out.certificate, bioBytes(certificateBio.get()), false, error);
}

Key newKey(QString *error)
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        fail(error, Certificates::tr("cannot generate an EC P-256 key: %1").arg(openSslError()));
    return key;
}

// A fresh certificate with a random 127-bit serial (positive, as RFC 5280 asks), valid from an hour ago
// (clocks of desks drift) for days.
Certificate newCertificate(EVP_PKEY *key, const QString &commonName, int days, QString *error)
{
    Certificate certificate(X509_new());
    std::unique_ptr<BIGNUM, BignumFree> serial(BN_new());
    if (!certificate || !serial || !X509_set_version(certificate.get(), 2) ||
        !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) ||
        !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), days, 0, nullptr) ||
        !X509_set_pubkey(certificate.get(), key)) {
        fail(error, Certificates::tr("cannot build a certificate: %1").arg(openSslError()));
        return {};
    }
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Lintas"), -1, -1,
                                    0) ||
        !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                    -1, -1, 0)) {
        fail(error, Certificates::tr("cannot name the certificate \"%1\": %2").arg(commonName, openSslError()));
        return {};
    }
    return certificate;
}

// Adds one extension in OpenSSL's config syntax ("critical,CA:TRUE"), with issuer and subject set in ctx.
bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value, QString *error)
{
    std::unique_ptr<X509_EXTENSION, ExtensionFree> extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    if (!extension || !X509_add_ext(certificate, extension.get(), -1))
        return fail(error, Certificates::tr("cannot add the extension %1=%2: %3")
                               .arg(QString::fromLatin1(OBJ_nid2sn(nid)), QString::fromLatin1(value), openSslError()));
    return true;
}

bool sign(X509 *certificate, EVP_PKEY *key, QString *error)
{
    if (!X509_sign(certificate, key, EVP_sha256()))
        return fail(error, Certificates::tr("cannot sign the certificate: %1").arg(openSslError()));
    return true;
}

bool isIpLiteral(const QString &host)
{
    ASN1_OCTET_STRING *ip = a2i_IPADDRESS(host.toLatin1().constData());
    ASN1_OCTET_STRING_free(ip);
    return ip != nullptr;
}

} // namespace

bool Certificates::createAuthority(const QString &commonName, const CertificateFiles &out, QString *error)
{
    Key key = newKey(error);
    if (!key)
        return false;
    Certificate certificate = newCertificate(key.get(), commonName, kCaValidityDays, error);
    if (!certificate)
        return false;
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get()));
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    // pathlen:0 — the agency CA signs server certificates only, never another CA.
    return addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0", error) &&
           addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign", error) &&
           addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash", error) &&
           sign(certificate.get(), key.get(), error) && writePair(certificate.get(), key.get(), out, error);
}

bool Certificates::createServerCertificate(const CertificateFiles &authority, const QStringList &hosts,
                                           const CertificateFiles &out, QString *error)
{
    if (hosts.isEmpty())
        return fail(error, tr("a server certificate needs at least one host name"));
    Certificate caCertificate = readCertificate(authority.certificate, error);
    if (!caCertificate)
        return false;
    Key caKey = readKey(authority.privateKey, error);
    if (!caKey)
        return false;
    Key key = newKey(error);
    if (!key)
        return false;
    Certificate certificate = newCertificate(key.get(), hosts.first(), kServerValidityDays, error);
    if (!certificate)
        return false;
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(caCertificate.get()));

    QStringList names;
    for (const QString &host : hosts) {
        const QString name = (isIpLiteral(host) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host;
        if (!names.contains(name))
            names << name;
    }
    const QByteArray alternativeNames = names.join(u',').toLatin1();
    X509V3_CTX context;
    X509V3_set_ctx(&context, caCertificate.get(), certificate.get(), nullptr, nullptr, 0);
    return addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE", error) &&
           addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature", error) &&
           addExtension(certificate.get(), &context, NID_ext_key_usage, "serverAuth", error) &&
           addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash", error) &&
           addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always", error) &&
           addExtension(certificate.get(), &context, NID_subject_alt_name, alternativeNames.constData(), error) &&
           sign(certificate.get(), caKey.get(), error) && writePair(certificate.get(), key.get(), out, error);
}

bool Certificates::checkPair(const CertificateFiles &files, bool mustBeAuthority, QString *error)
{
    Certificate certificate = readCertificate(files.certificate, error);
    if (!certificate)
        return false;
    Key key = readKey(files.privateKey, error);
    if (!key)
        return false;
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return fail(error, tr("the key %1 does not belong to the certificate %2")
                               .arg(native(files.privateKey), native(files.certificate)));
    }
    if (mustBeAuthority && X509_check_ca(certificate.get()) == 0)
        return fail(error, tr("%1 is not a certificate authority").arg(native(files.certificate)));
    return true;
}

} // namespace lintas::server
