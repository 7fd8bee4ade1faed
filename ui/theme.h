#pragma once

#include <QColor>
#include <QObject>
#include <QString>

#include "core/incident.h"
#include "core/unit.h"

namespace lintas {

// Light for the day shift, dark for the night shift. The palette, a small style sheet and the status
// colours the item models paint with all come from here, so both themes stay readable.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Light,
        Dark
    };
    Q_ENUM(Mode)

    static Theme *instance();

    Mode mode() const { return m_mode; }
    bool isDark() const { return m_mode == Mode::Dark; }
    // Applies the palette and style sheet to the whole application.
    void apply(Mode mode);

    static QString toString(Mode mode); // "light", "dark" (settings)
    static Mode modeFromString(const QString &text);

    // Strong colours for text and badges; tints for row backgrounds.
    QColor priorityColor(Priority priority) const;
    QColor priorityTint(Priority priority) const;
    QColor unitStatusColor(UnitStatus status) const;
    QColor incidentStatusColor(IncidentStatus status) const;
    QColor errorColor() const;
    QColor warningColor() const;

Q_SIGNALS:
    void changed(lintas::Theme::Mode mode);

private:
    Theme() = default;
    Mode m_mode = Mode::Light;
};

} // namespace lintas
