#pragma once

#include <QByteArray>
#include <QString>

namespace lintas::server {

// Password hashes and session tokens. Passwords are hashed with Argon2id (libsodium's crypto_pwhash_str, the
// "interactive" cost: about 64 MiB and a tenth of a second per hash, which makes guessing from a stolen
// database slow). Session tokens are 256 random bits; only their SHA-256 digest is stored, so a copy of the
// database does not let anyone ride a live session.
class Passwords
{
public:
    static constexpr qint64 kSessionLifetimeMs = 12LL * 60 * 60 * 1000;

    // Initialises libsodium once per process (safe from any thread). False when it cannot start.
    static bool ready();

    // An encoded Argon2id hash ("$argon2id$v=19$m=…"), or an empty string with *error set.
    static QString hash(const QString &password, QString *error);
    // Whether password matches the encoded hash; false for a malformed hash.
    static bool verify(const QString &encodedHash, const QString &password);
    // Spends the same effort as verify() on a hash that matches nothing, so that an unknown user name takes as
    // long to refuse as a wrong password.
    static void verifyDummy(const QString &password);

    // A fresh session token (URL-safe base64 of 32 random bytes) and the digest stored for it (hex SHA-256).
    static QString newToken();
    static QString tokenDigest(const QString &token);
};

} // namespace lintas::server
