#include "geo/importers/landmarkcsvimporter.h"

#include <cmath>
#include <optional>

#include <QFile>
#include <QFileInfo>

namespace lintas::geo {

namespace {

// Splits one CSV text into records of fields; nullopt on an unterminated quote.
std::optional<QList<QStringList>> splitCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n') {
            if (any || !field.trimmed().isEmpty()) {
                fields.append(field);
                records.append(fields);
            }
            fields.clear();
            field.clear();
            any = false;
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (any || !field.trimmed().isEmpty()) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

} // namespace

bool LandmarkCsvImporter::read(const QString &path, QList<PlaceFeature> *places, ImportError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportError{QFileInfo(path).fileName(), 0, tr("cannot be read: %1").arg(file.errorString())};
        return false;
    }
    return readBytes(file.readAll(), QFileInfo(path).fileName(), places, error);
}

bool LandmarkCsvImporter::readBytes(const QByteArray &csv, const QString &fileName, QList<PlaceFeature> *places,
                                    ImportError *error)
{
    const auto records = splitCsv(QString::fromUtf8(csv));
    if (!records) {
        *error = ImportError{fileName, 0, tr("a quoted field is never closed")};
        return false;
    }
    if (records->isEmpty()) {
        *error = ImportError{fileName, 0, tr("the file is empty")};
        return false;
    }
    QStringList header;
    for (const QString &h : records->first())
        header.append(h.trimmed().toLower());
    const auto column = [&header](const char *name) { return int(header.indexOf(QLatin1StringView(name))); };
    const int nameCol = column("name");
    const int kindCol = column("kind");
    const int latCol = column("latitude");
    const int lonCol = column("longitude");
    const int sectorCol = column("kecamatan");
    if (nameCol < 0 || latCol < 0 || lonCol < 0) {
        *error = ImportError{fileName, 0, tr("the header needs the columns name, latitude and longitude")};
        return false;
    }

    QList<PlaceFeature> read;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &fields = records->at(r);
        const qint64 record = r;
        if (fields.size() != header.size()) {
            *error = ImportError{fileName, record,
                                 tr("%1 fields where the header has %2").arg(fields.size()).arg(header.size())};
            return false;
        }
        bool latOk = false;
        bool lonOk = false;
        const double lat = fields[latCol].trimmed().toDouble(&latOk);
        const double lon = fields[lonCol].trimmed().toDouble(&lonOk);
        if (!latOk || !lonOk || std::abs(lat) > 90.0 || std::abs(lon) > 180.0) {
            *error = ImportError{fileName, record,
                                 tr("\"%1, %2\" is not a latitude and longitude").arg(fields[latCol], fields[lonCol])};
            return false;
        }
        const QString name = fields[nameCol].trimmed();
        if (name.isEmpty()) {
            *error = ImportError{fileName, record, tr("the name is empty")};
            return false;
        }
        const QString kind = kindCol >= 0 ? fields[kindCol].trimmed() : QString();
        read.append(PlaceFeature{name, kind.isEmpty() ? QStringLiteral("landmark") : kind, GeoPoint{lat, lon},
                                 sectorCol >= 0 ? fields[sectorCol].trimmed() : QString()});
    }
    places->append(std::move(read));
    return true;
}

} // namespace lintas::geo
