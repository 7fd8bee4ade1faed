#include "passwords.h"

#include <sodium.h>

#include <QCoreApplication>

namespace lintas::server {
namespace {

constexpr size_t kTokenBytes = 32;

} // namespace

bool Passwords::ready()
{
    // sodium_init is itself thread-safe and idempotent; the static keeps the answer.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

QString Passwords::hash(const QString &password, QString *error)
{
    if (!ready()) {
        if (error)
            *error = QCoreApplication::translate("Passwords", "the cryptography library (libsodium) did not start");
        return {};
    }
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(encoded, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        if (error)
            *error = QCoreApplication::translate("Passwords", "hashing the password ran out of memory");
        return {};
    }
    return QString::fromLatin1(encoded);
}

bool Passwords::verify(const QString &encodedHash, const QString &password)
{
    if (!ready())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    char encoded[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.cbegin(), stored.cend(), encoded);
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded, utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

void Passwords::verifyDummy(const QString &password)
{
    // Hashed once per process, with the same costs as a real account's hash.
    static const QString dummy = hash(QStringLiteral("no account has this password"), nullptr);
    verify(dummy, password);
}

QString Passwords::newToken()
{
    if (!ready())
        return {};
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), kTokenBytes);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Passwords::tokenDigest(const QString &token)
{
    ready();
    const QByteArray utf8 = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), crypto_hash_sha256_BYTES).toHex());
}

} // namespace lintas::server
