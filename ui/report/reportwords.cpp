#include "reportwords.h"

#include <array>
#include <cmath>

#include <QLocale>

namespace lintas::reportwords {
namespace {

using analytics::ReportLanguage;

struct Phrase
{
    const char *id;
    const char *en;
};

// In the order of Word.
constexpr std::array kPhrases{
    Phrase{"KEPOLISIAN NEGARA REPUBLIK INDONESIA", "KEPOLISIAN NEGARA REPUBLIK INDONESIA"},
    Phrase{"ANEV HARIAN", "DAILY REPORT (ANEV HARIAN)"},
    Phrase{"ANEV OPERASI", "OPERATION REPORT (ANEV)"},
    Phrase{"Uraian", "Item"},
    Phrase{"H-1", "H-1"},
    Phrase{"Periode sebelumnya", "Previous period"},
    Phrase{"Tahun lalu", "Last year"},
    Phrase{"Perubahan", "Change"},
    Phrase{"Nihil", "None"},
    Phrase{"Tidak ada data", "No data"},
    Phrase{"Kecelakaan per rentang tiga jam (WIB)", "Accidents by three-hour band (WIB)"},
    Phrase{"Kejadian menurut jenis", "Incidents by type"},
    Phrase{"Pelanggaran menurut kendaraan", "Violations by vehicle"},
    Phrase{"R2", "R2"},
    Phrase{"R4", "R4"},
    Phrase{"Lainnya", "Other"},
    Phrase{"Dibuat %1", "Generated %1"},
    Phrase{"Halaman %1 dari %2", "Page %1 of %2"},
    Phrase{"mnt", "min"},
    Phrase{"Periode", "Period"},
    Phrase{"Wilayah", "Scope"},
};
static_assert(kPhrases.size() == std::size_t(Word::Scope) + 1, "one phrase per word");

QLocale localeOf(ReportLanguage language)
{
    return language == ReportLanguage::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace

QString word(Word word, ReportLanguage language)
{
    const Phrase &phrase = kPhrases[std::size_t(word)];
    return QString::fromUtf8(language == ReportLanguage::English ? phrase.en : phrase.id);
}

QString count(qint64 value, ReportLanguage language)
{
    return localeOf(language).toString(value);
}

QString rupiah(qint64 value, ReportLanguage language)
{
    const QString amount = count(value, language);
    return language == ReportLanguage::English ? QStringLiteral("IDR ") + amount : QStringLiteral("Rp ") + amount;
}

QString minutes(qint64 seconds, ReportLanguage language)
{
    return localeOf(language).toString(double(seconds) / 60.0, 'f', 1) + QLatin1Char(' ') +
           word(Word::Minutes, language);
}

QString figure(std::optional<qint64> value, analytics::ReportUnit unit, ReportLanguage language)
{
    if (!value)
        return QString::fromUtf16(kNoValue);
    switch (unit) {
    case analytics::ReportUnit::Rupiah:
        return rupiah(*value, language);
    case analytics::ReportUnit::Seconds:
        return minutes(*value, language);
    case analytics::ReportUnit::Count:
        break;
    }
    return count(*value, language);
}

QString percent(std::optional<double> value, ReportLanguage language)
{
    if (!value || !std::isfinite(*value))
        return QString::fromUtf16(kNoValue);
    const double rounded = std::round(*value * 10.0) / 10.0;
    const QString number = localeOf(language).toString(std::abs(rounded), 'f', 1);
    const QString sign = rounded > 0 ? QStringLiteral("+") : rounded < 0 ? QStringLiteral("-") : QString();
    return sign + number + QLatin1Char('%');
}

QString date(const QDate &day, ReportLanguage language)
{
    if (!day.isValid())
        return QString::fromUtf16(kNoValue);
    return language == ReportLanguage::English ? localeOf(language).toString(day, QStringLiteral("d MMM yyyy"))
                                               : day.toString(QStringLiteral("dd-MM-yyyy"));
}

QString periodDates(const analytics::ReportPeriod &period, ReportLanguage language)
{
    if (period.isDay())
        return date(period.dayWib(), language);
    const QDate first = period.start.toOffsetFromUtc(kWibOffsetSeconds).date();
    const QDate last = period.end.addMSecs(-1).toOffsetFromUtc(kWibOffsetSeconds).date();
    if (first == last)
        return date(first, language);
    return date(first, language) + QStringLiteral(" \u2013 ") + date(last, language);
}

QString wibDateTime(const QDateTime &at, ReportLanguage language)
{
    const QDateTime wib = at.toOffsetFromUtc(kWibOffsetSeconds);
    return date(wib.date(), language) + QLatin1Char(' ') + wib.toString(QStringLiteral("HH:mm")) +
           QStringLiteral(" WIB");
}

} // namespace lintas::reportwords
