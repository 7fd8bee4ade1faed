#include "server/serverconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <boost/asio/ip/address.hpp>

namespace lintas::server {

namespace {

const QString kSqlitePrefix = QStringLiteral("sqlite:");

QString absoluteIn(const QString &base, const QString &path)
{
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

// Paths inside the config's folder are written relative to it; others stay absolute.
QString relativeIfInside(const QString &base, const QString &path)
{
    if (path.isEmpty())
        return path;
    const QString relative = QDir(base).relativeFilePath(QFileInfo(path).absoluteFilePath());
    return relative.startsWith(QStringLiteral("..")) ? QFileInfo(path).absoluteFilePath() : relative;
}

} // namespace

QString ListenAddress::toString() const
{
    const bool ipv6 = host.contains(u':');
    return (ipv6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

bool ListenAddress::parse(const QString &text, ListenAddress *out, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = ServerConfig::tr("\"%1\" is not a listen address (%2); write HOST:PORT, e.g. 127.0.0.1:7443")
                         .arg(text, why);
        return false;
    };
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return fail(ServerConfig::tr("an IPv6 address needs brackets and a port: [::1]:7443"));
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0)
            return fail(ServerConfig::tr("no port"));
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(ServerConfig::tr("the port must be a number from 0 to 65535"));
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    boost::system::error_code parseError;
    const auto address = boost::asio::ip::make_address(host.toStdString(), parseError);
    if (parseError)
        return fail(ServerConfig::tr("\"%1\" is not an IP address").arg(host));
    out->host = QString::fromStdString(address.to_string());
    out->port = quint16(port);
    return true;
}

bool ListenAddress::isLoopback() const
{
    boost::system::error_code parseError;
    const auto address = boost::asio::ip::make_address(host.toStdString(), parseError);
    return !parseError && address.is_loopback();
}

QString ServerConfig::resolveDatabaseUrl(const QString &url, const QString &base)
{
    if (!url.startsWith(kSqlitePrefix))
        return url;
    return kSqlitePrefix + absoluteIn(base, url.mid(kSqlitePrefix.size()));
}

bool ServerConfig::load(const QString &path, ServerConfig *out, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = tr("cannot read the config file %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              info.exists() ? tr("permission denied or not a file") : tr("no such file"));
        return false;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("cannot parse the config file %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString base = info.absolutePath();
    const auto invalid = [&](const QString &key, const QString &why) {
        if (error)
            *error = tr("%1: server/%2: %3").arg(QDir::toNativeSeparators(path), key, why);
        return false;
    };

    ServerConfig config;
    config.file = info.absoluteFilePath();
    settings.beginGroup(QStringLiteral("server"));
    QString listenError;
    const QString listenText = settings.value(QStringLiteral("listen"), config.listen.toString()).toString();
    if (!ListenAddress::parse(listenText, &config.listen, &listenError))
        return invalid(QStringLiteral("listen"), listenError);
    config.db = resolveDatabaseUrl(settings.value(QStringLiteral("db")).toString(), base);
    if (config.db.isEmpty())
        return invalid(QStringLiteral("db"), tr("missing; write sqlite:PATH or postgresql://…"));
    config.region = settings.value(QStringLiteral("region"), config.region).toString();
    config.certificate = absoluteIn(base, settings.value(QStringLiteral("cert")).toString());
    config.privateKey = absoluteIn(base, settings.value(QStringLiteral("key")).toString());
    config.caCertificate = absoluteIn(base, settings.value(QStringLiteral("ca")).toString());
    const QString insecure = settings.value(QStringLiteral("insecure_loopback"), QStringLiteral("false")).toString();
    if (insecure != u"true" && insecure != u"false")
        return invalid(QStringLiteral("insecure_loopback"), tr("\"%1\" is not true or false").arg(insecure));
    config.insecureLoopback = insecure == u"true";
    bool hoursOk = false;
    config.sessionHours = settings.value(QStringLiteral("session_hours"), config.sessionHours).toInt(&hoursOk);
    if (!hoursOk || config.sessionHours < 1 || config.sessionHours > 24 * 30)
        return invalid(QStringLiteral("session_hours"), tr("must be a number of hours from 1 to 720"));
    settings.endGroup();
    *out = config;
    return true;
}

bool ServerConfig::save(QString *error) const
{
    const QString base = QFileInfo(file).absolutePath();
    QString databaseUrl = db;
    if (databaseUrl.startsWith(kSqlitePrefix))
        databaseUrl = kSqlitePrefix + relativeIfInside(base, databaseUrl.mid(kSqlitePrefix.size()));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("server"));
        settings.setValue(QStringLiteral("listen"), listen.toString());
        settings.setValue(QStringLiteral("db"), databaseUrl);
        settings.setValue(QStringLiteral("region"), region);
        settings.setValue(QStringLiteral("cert"), relativeIfInside(base, certificate));
        settings.setValue(QStringLiteral("key"), relativeIfInside(base, privateKey));
        settings.setValue(QStringLiteral("ca"), relativeIfInside(base, caCertificate));
        settings.setValue(QStringLiteral("insecure_loopback"),
                          insecureLoopback ? QStringLiteral("true") : QStringLiteral("false"));
        settings.setValue(QStringLiteral("session_hours"), sessionHours);
        settings.endGroup();
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            if (error)
                *error = tr("cannot write the config file %1").arg(QDir::toNativeSeparators(file));
            return false;
        }
    }
    // The database URL may hold a PostgreSQL password: readable by the owner only.
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace lintas::server
