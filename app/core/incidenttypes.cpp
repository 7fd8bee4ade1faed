#include "incidenttypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include "csvtable.h"
#include "corelog.h"

namespace lintas {

IncidentTypeCatalogue IncidentTypeCatalogue::fromCsv(const QByteArray &csv, QString *error)
{
    static const QStringList kColumns{
        QStringLiteral("code"), QStringLiteral("name_id"),          QStringLiteral("name_en"),
        QStringLiteral("key"),  QStringLiteral("default_priority"), QStringLiteral("icon"),
        QStringLiteral("color")};
    static const QRegularExpression kColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    static const QRegularExpression kCode(QStringLiteral("^[a-z0-9_]+$"));
    const auto fail = [error](int line, const QString &what) {
        if (error)
            *error = CsvTable::lineError(line, what);
        return IncidentTypeCatalogue();
    };

    const std::optional<CsvTable> table = CsvTable::parse(csv, kColumns, error);
    if (!table)
        return {};

    IncidentTypeCatalogue catalogue;
    QHash<QString, int> lineOfCode;
    QHash<QChar, QString> codeOfKey;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int line = table->lineOf(row);
        IncidentType type;
        type.code = table->value(row, QStringLiteral("code"));
        type.nameId = table->value(row, QStringLiteral("name_id"));
        type.nameEn = table->value(row, QStringLiteral("name_en"));
        type.icon = table->value(row, QStringLiteral("icon"));
        type.color = table->value(row, QStringLiteral("color"));

        // The code is stored in every incident and change, so it is kept to a plain identifier.
        if (!kCode.match(type.code).hasMatch())
            return fail(line, QCoreApplication::translate(
                                  "Catalogues", "code '%1' must be lower-case letters, digits and underscores")
                                  .arg(type.code));
        if (lineOfCode.contains(type.code))
            return fail(line, QCoreApplication::translate("Catalogues", "code '%1' is already used on line %2")
                                  .arg(type.code)
                                  .arg(lineOfCode.value(type.code)));
        if (type.nameId.isEmpty() || type.nameEn.isEmpty())
            return fail(line, QCoreApplication::translate("Catalogues", "the Indonesian or English name is empty"));

        const QString key = table->value(row, QStringLiteral("key"));
        if (key.size() != 1 || !key.front().isLetterOrNumber())
            return fail(line,
                        QCoreApplication::translate("Catalogues", "key '%1' must be one letter or digit").arg(key));
        type.key = key.front().toLower();
        if (codeOfKey.contains(type.key))
            return fail(line, QCoreApplication::translate("Catalogues", "key '%1' is already used by '%2'")
                                  .arg(key, codeOfKey.value(type.key)));

        const QString priority = table->value(row, QStringLiteral("default_priority")).toUpper();
        if (priority == QLatin1String("P1"))
            type.defaultPriority = Priority::P1;
        else if (priority == QLatin1String("P2"))
            type.defaultPriority = Priority::P2;
        else if (priority == QLatin1String("P3"))
            type.defaultPriority = Priority::P3;
        else if (priority == QLatin1String("P4"))
            type.defaultPriority = Priority::P4;
        else
            return fail(line, QCoreApplication::translate("Catalogues", "priority '%1' is not one of P1, P2, P3, P4")
                                  .arg(table->value(row, QStringLiteral("default_priority"))));

        if (!kColor.match(type.color).hasMatch())
            return fail(
                line,
                QCoreApplication::translate("Catalogues", "colour '%1' is not of the form #rrggbb").arg(type.color));

        lineOfCode.insert(type.code, line);
        codeOfKey.insert(type.key, type.code);
        catalogue.m_types.append(type);
    }
    if (error)
        error->clear();
    return catalogue;
}

const IncidentTypeCatalogue &IncidentTypeCatalogue::builtIn()
{
    static const IncidentTypeCatalogue catalogue = [] {
        const QString path = QStringLiteral(":/catalogues/incident-types.csv");
        QString error;
        const auto csv = CsvTable::readFile(path, &error);
        IncidentTypeCatalogue loaded = csv ? fromCsv(*csv, &error) : IncidentTypeCatalogue();
        if (!error.isEmpty())
            qCCritical(lcCore) << "built-in incident type catalogue" << path << "is unusable:" << error;
        return loaded;
    }();
    return catalogue;
}

std::optional<IncidentType> IncidentTypeCatalogue::byCode(const QString &code) const
{
    for (const IncidentType &type : m_types)
        if (type.code == code)
            return type;
    return std::nullopt;
}

std::optional<IncidentType> IncidentTypeCatalogue::byKey(QChar key) const
{
    const QChar wanted = key.toLower();
    for (const IncidentType &type : m_types)
        if (type.key == wanted)
            return type;
    return std::nullopt;
}

} // namespace lintas
