#include "reportautosettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace lintas {
namespace {

const QString kHourKey = QStringLiteral("report/autoHour");
const QString kFolderKey = QStringLiteral("report/folder");

} // namespace

ReportAutoSettings ReportAutoSettings::load()
{
    const QSettings settings;
    ReportAutoSettings loaded;
    bool ok = false;
    const int hour = settings.value(kHourKey, kDefaultHour).toInt(&ok);
    loaded.hour = ok && hour >= 0 && hour <= 23 ? hour : kDefaultHour;
    loaded.folder = settings.value(kFolderKey).toString();
    if (loaded.folder.trimmed().isEmpty())
        loaded.folder = defaultFolder();
    return loaded;
}

QString ReportAutoSettings::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/reports");
}

void ReportAutoSettings::save() const
{
    QSettings settings;
    settings.setValue(kHourKey, hour);
    settings.setValue(kFolderKey, folder);
}

} // namespace lintas
