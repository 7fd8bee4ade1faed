#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace lintas {
namespace {

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1c, 0x1f, 0x24);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xb8));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xce));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa8));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1e, 0x21, 0x26);
    const QColor base(0x16, 0x18, 0x1c);
    const QColor text(0xe4, 0xe7, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1f, 0x24));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x91, 0x9b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x34));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0b, 0x0d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x71, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x71, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x71, 0x7a));
    return p;
}

QString styleSheet(Theme::Mode mode)
{
    QFile file(mode == Theme::Mode::Dark ? QStringLiteral(":/styles/dark.qss") : QStringLiteral(":/styles/light.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Theme *Theme::instance()
{
    static Theme *theme = new Theme; // lives as long as the process, like the application palette
    return theme;
}

void Theme::apply(Mode mode)
{
    m_mode = mode;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        // Fusion draws the same on every desktop and follows the palette fully, including dark.
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
        app->setStyleSheet(styleSheet(mode));
    }
    Q_EMIT changed(mode);
}

QString Theme::toString(Mode mode)
{
    return mode == Mode::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

Theme::Mode Theme::modeFromString(const QString &text)
{
    return text == QLatin1String("dark") ? Mode::Dark : Mode::Light;
}

QColor Theme::priorityColor(Priority priority) const
{
    const bool dark = isDark();
    switch (priority) {
    case Priority::P1:
        return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Priority::P2:
        return dark ? QColor(0xff, 0xa7, 0x4d) : QColor(0xa8, 0x4d, 0x00);
    case Priority::P3:
        return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1a, 0x5f, 0xb4);
    case Priority::P4:
        return dark ? QColor(0xa3, 0xa9, 0xb1) : QColor(0x6b, 0x72, 0x7b);
    }
    return {};
}

QColor Theme::priorityTint(Priority priority) const
{
    QColor tint = priorityColor(priority);
    // Enough colour to tell P1 from P4 at a glance, little enough that the text stays readable.
    switch (priority) {
    case Priority::P1:
        tint.setAlpha(isDark() ? 50 : 40);
        break;
    case Priority::P2:
        tint.setAlpha(isDark() ? 50 : 35);
        break;
    case Priority::P3:
        tint.setAlpha(isDark() ? 22 : 15);
        break;
    case Priority::P4:
        tint.setAlpha(0);
        break;
    }
    return tint;
}

QColor Theme::unitStatusColor(UnitStatus status) const
{
    const bool dark = isDark();
    switch (status) {
    case UnitStatus::Available:
        return dark ? QColor(0x5c, 0xd6, 0x7a) : QColor(0x1b, 0x7f, 0x3a);
    case UnitStatus::OnPatrol:
        return dark ? QColor(0x4d, 0xd0, 0xc8) : QColor(0x00, 0x79, 0x74);
    case UnitStatus::Dispatched:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xa6, 0x6a, 0x00);
    case UnitStatus::EnRoute:
        return dark ? QColor(0xff, 0x9a, 0x4d) : QColor(0xc4, 0x4f, 0x00);
    case UnitStatus::OnScene:
        return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case UnitStatus::Busy:
        return dark ? QColor(0xc3, 0x9b, 0xff) : QColor(0x6a, 0x3d, 0xb8);
    case UnitStatus::OutOfService:
        return dark ? QColor(0x8a, 0x91, 0x9b) : QColor(0x6b, 0x72, 0x7b);
    }
    return {};
}

QColor Theme::incidentStatusColor(IncidentStatus status) const
{
    switch (status) {
    case IncidentStatus::Reported:
        return priorityColor(Priority::P1);
    case IncidentStatus::Dispatched:
        return unitStatusColor(UnitStatus::Dispatched);
    case IncidentStatus::EnRoute:
        return unitStatusColor(UnitStatus::EnRoute);
    case IncidentStatus::OnScene:
        return unitStatusColor(UnitStatus::Busy);
    case IncidentStatus::Cleared:
        return unitStatusColor(UnitStatus::Available);
    case IncidentStatus::Closed:
        return unitStatusColor(UnitStatus::OutOfService);
    }
    return {};
}

QColor Theme::errorColor() const
{
    return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb3, 0x1b, 0x1b);
}

QColor Theme::warningColor() const
{
    return isDark() ? QColor(0xff, 0xc1, 0x4d) : QColor(0x8a, 0x5a, 0x00);
}

} // namespace lintas
