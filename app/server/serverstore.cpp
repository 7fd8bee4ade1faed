#include "serverstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include "sqlserverstore.h"

namespace lintas::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerStore", text);
}

const QLatin1String kSqliteScheme("sqlite:");

bool isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
}

// `sqlite:PATH` (also `sqlite:///abs/path`) or `postgresql://user:password@host:port/database`.
std::optional<SqlTarget> parseUrl(const QString &url, QString *error)
{
    SqlTarget target;
    target.displayUrl = ServerStore::displayUrl(url);
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (url.startsWith(kSqliteScheme)) {
        QString path = url.mid(kSqliteScheme.size());
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return refuse(tr("database URL '%1' names no file (expected sqlite:PATH)").arg(url));
        target.backend = SqlBackend::Sqlite;
        target.database = QFileInfo(path).absoluteFilePath();
        return target;
    }
    if (isPostgresUrl(url)) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString database = parsed.path().mid(1);
        if (!parsed.isValid())
            return refuse(tr("database URL '%1' is not a valid URL: %2")
                              .arg(target.displayUrl, parsed.errorString().remove(parsed.password())));
        if (parsed.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/')))
            return refuse(tr("database URL '%1' needs a host and one database name "
                             "(postgresql://user:password@host:port/database)")
                              .arg(target.displayUrl));
        if (parsed.hasQuery() || parsed.hasFragment())
            return refuse(tr("database URL '%1' has options, which are not supported").arg(target.displayUrl));
        target.backend = SqlBackend::Postgresql;
        target.host = parsed.host();
        target.port = parsed.port(5432);
        target.user = parsed.userName(QUrl::FullyDecoded);
        target.password = parsed.password(QUrl::FullyDecoded);
        target.database = database;
        return target;
    }
    return refuse(tr("unsupported database URL '%1' (expected sqlite:PATH or "
                     "postgresql://user:password@host:port/database)")
                      .arg(target.displayUrl));
}

} // namespace

QString ServerStore::displayUrl(const QString &url)
{
    if (!isPostgresUrl(url))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid()) // cannot tell the password apart: show only the scheme
        return url.left(url.indexOf(QLatin1String("://")) + 3) + QStringLiteral("…");
    return parsed.toDisplayString(QUrl::RemovePassword);
}

std::unique_ptr<ServerStore> ServerStore::open(const QString &url, QString *error)
{
    const std::optional<SqlTarget> target = parseUrl(url, error);
    if (!target)
        return nullptr;
    return SqlServerStore::connect(*target, error);
}

bool ServerStore::restore(const QString &backupFile, const QString &targetUrl, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QFileInfo(backupFile).isFile())
        return refuse(tr("backup file %1 does not exist").arg(backupFile));
    const std::optional<SqlTarget> target = parseUrl(targetUrl, error);
    if (!target)
        return false;

    SqlTarget source;
    source.backend = SqlBackend::Sqlite;
    source.database = QFileInfo(backupFile).absoluteFilePath();
    source.displayUrl = source.database;
    source.standaloneFile = true;
    std::unique_ptr<SqlServerStore> backup = SqlServerStore::connect(source, error);
    if (!backup)
        return false;
    std::unique_ptr<SqlServerStore> store = SqlServerStore::connect(*target, error);
    if (!store || !store->initialize(error))
        return false;
    return store->loadBackup(*backup, error);
}

} // namespace lintas::server
