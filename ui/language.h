#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace lintas {

// The language of the user interface, switched at run time. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget; each one retranslates itself (retranslateUi).
class Language : public QObject
{
    Q_OBJECT
public:
    static Language *instance();

    // "id" when the system locale is Indonesian, "en" otherwise.
    static QString defaultFor(const QLocale &locale);
    static QStringList available() { return {QStringLiteral("id"), QStringLiteral("en")}; }
    static QString nativeName(const QString &code); // "Bahasa Indonesia", "English"

    QString code() const { return m_code; }
    // Loads :/i18n/lintas_<code>.qm (and Qt's own strings where installed). False for an unknown code.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void changed(const QString &code);

private:
    Language() = default;
    QString m_code = QStringLiteral("en");
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace lintas
