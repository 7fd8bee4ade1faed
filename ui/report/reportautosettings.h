#pragma once

#include <QString>

namespace lintas {

// When and where the automatic previous-day report is written (QSettings "report/autoHour", "report/folder").
struct ReportAutoSettings
{
    static constexpr int kDefaultHour = 6; // WIB: before the morning briefing

    int hour = kDefaultHour; // 0–23, WIB
    QString folder;

    static ReportAutoSettings load();
    static QString defaultFolder(); // <application data>/reports
    void save() const;
};

} // namespace lintas
