#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace lintas {

Language *Language::instance()
{
    static Language *language = new Language; // as long-lived as the translators it installs
    return language;
}

QString Language::defaultFor(const QLocale &locale)
{
    return locale.language() == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

QString Language::nativeName(const QString &code)
{
    // Names of languages are written in the language itself and never translated.
    if (code == QLatin1String("id"))
        return QStringLiteral("Bahasa Indonesia");
    return QStringLiteral("English");
}

bool Language::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    auto *app = QCoreApplication::instance();
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_code = code;
    QLocale::setDefault(code == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));

    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt;
        QCoreApplication::installTranslator(m_qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/lintas_%1.qm").arg(code))) {
        m_app = own;
        QCoreApplication::installTranslator(m_app);
    } else {
        delete own;
        // English is the source language: without its file only plural forms differ. Tell the
        // widgets anyway so they redraw in the source language.
        if (app) {
            QEvent event(QEvent::LanguageChange);
            QCoreApplication::sendEvent(app, &event);
        }
    }
    Q_EMIT changed(code);
    return true;
}

} // namespace lintas
