#include "reportrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include "report/reportchart.h"
#include "report/reportwords.h"

namespace lintas {
namespace {

using analytics::ReportLanguage;
using reportwords::Word;

const QColor kCurrentColor(0x1f, 0x4e, 0x79);
const QColor kPreviousColor(0x8e, 0xb4, 0xdb);
const QColor kLastYearColor(0xbf, 0xbf, 0xbf);
constexpr qreal kChartScale = 3.0; // 96 dpi CSS pixels drawn three times finer: sharp at 300 dpi
constexpr char kHeaderBackground[] = "#dde6f0";
constexpr char kStripeBackground[] = "#f4f7fa";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportRenderer::ReportRenderer(const analytics::DailyReport &report, ReportLanguage language)
    : m_report(report), m_language(language)
{
    QString body = headerHtml();
    for (const analytics::ReportTable &table : m_report.tables) {
        body += tableHtml(table);
        body += chartAfter(table.key);
    }
    m_html = QStringLiteral("<html><head><meta charset=\"utf-8\"/></head><body>%1</body></html>").arg(body);
}

QString ReportRenderer::headerHtml() const
{
    const ReportLanguage l = m_language;
    const QString scope = m_report.scope.name().in(l);
    const QString title = reportwords::word(m_report.period.isDay() ? Word::DailyTitle : Word::OperationTitle, l);
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:10pt; font-weight:bold;\">%1<br/>%2</p>")
                .arg(esc(reportwords::word(Word::Letterhead, l)), esc(scope.toUpper()));
    html += QStringLiteral("<hr/>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; font-weight:bold;\">%1</p>").arg(esc(title));
    html +=
        QStringLiteral("<p align=\"center\" style=\"font-size:11pt;\">%1</p>").arg(esc(m_report.period.title().in(l)));
    const QString previous = reportwords::word(m_report.period.isDay() ? Word::PreviousDay : Word::PreviousPeriod, l);
    html +=
        QStringLiteral("<p>%1: %2 &nbsp;&middot;&nbsp; %3: %4 &nbsp;&middot;&nbsp; %5: %6 &nbsp;&middot;&nbsp; "
                       "%7: %8</p>")
            .arg(esc(reportwords::word(Word::Scope, l)), esc(scope), esc(reportwords::word(Word::Period, l)),
                 esc(reportwords::periodDates(m_report.period, l)), esc(previous),
                 esc(reportwords::periodDates(m_report.previousPeriod, l)), esc(reportwords::word(Word::LastYear, l)),
                 esc(reportwords::periodDates(m_report.lastYearPeriod, l)));
    return html;
}

QString ReportRenderer::tableHtml(const analytics::ReportTable &table) const
{
    const ReportLanguage l = m_language;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(table.title.in(l)));
    if (table.rows.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(reportwords::word(Word::None, l)));

    const QString previous = reportwords::word(m_report.period.isDay() ? Word::PreviousDay : Word::PreviousPeriod, l);
    const QString change = esc(reportwords::word(Word::Change, l)) + QStringLiteral(" %");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #9aa5b1;\">");
    html += QStringLiteral("<thead><tr bgcolor=\"%1\">").arg(QLatin1String(kHeaderBackground));
    const auto header = [](const QString &text, const char *align) {
        return QStringLiteral("<th align=\"%1\" nowrap>%2</th>").arg(QLatin1String(align), text);
    };
    html += QStringLiteral("<th align=\"left\" width=\"30%\">%1</th>").arg(esc(reportwords::word(Word::Item, l)));
    html += header(esc(reportwords::word(Word::Period, l)) + QStringLiteral("<br/>") +
                       esc(reportwords::periodDates(m_report.period, l)),
                   "right");
    html += header(esc(previous) + QStringLiteral("<br/>") + esc(reportwords::periodDates(m_report.previousPeriod, l)),
                   "right");
    html += header(change, "right");
    html += header(esc(reportwords::word(Word::LastYear, l)) + QStringLiteral("<br/>") +
                       esc(reportwords::periodDates(m_report.lastYearPeriod, l)),
                   "right");
    html += header(change, "right");
    html += QStringLiteral("</tr></thead>");

    int index = 0;
    for (const analytics::ReportRow &row : table.rows) {
        const analytics::ReportFigure &f = row.figure;
        const bool total = row.key == QLatin1String("total");
        html += (index++ % 2) ? QStringLiteral("<tr bgcolor=\"%1\">").arg(QLatin1String(kStripeBackground))
                              : QStringLiteral("<tr>");
        const QString label = total ? QStringLiteral("<b>%1</b>").arg(esc(row.label.in(l))) : esc(row.label.in(l));
        html += QStringLiteral("<td>%1</td>").arg(label);
        const auto cell = [&](const QString &text) {
            html += QStringLiteral("<td align=\"right\" nowrap>%1</td>")
                        .arg(total ? QStringLiteral("<b>%1</b>").arg(esc(text)) : esc(text));
        };
        cell(reportwords::figure(f.current, row.unit, l));
        cell(reportwords::figure(f.previous, row.unit, l));
        cell(reportwords::percent(analytics::percentChange(f.previous, f.current), l));
        cell(reportwords::figure(f.lastYear, row.unit, l));
        cell(reportwords::percent(analytics::percentChange(f.lastYear, f.current), l));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportRenderer::chartAfter(const QString &tableKey)
{
    const ReportLanguage l = m_language;
    const analytics::ReportTable *table = m_report.table(tableKey);
    if (!table)
        return {};
    const bool day = m_report.period.isDay();
    const QString currentName = day ? reportwords::periodDates(m_report.period, l) : reportwords::word(Word::Period, l);
    const QString previousName = day ? reportwords::word(Word::PreviousDay, l).section(QLatin1Char(' '), 0, 0) +
                                           QStringLiteral(" (") + reportwords::periodDates(m_report.previousPeriod, l) +
                                           QLatin1Char(')')
                                     : reportwords::word(Word::PreviousPeriod, l);
    const QString lastYearName = day ? reportwords::word(Word::LastYear, l) + QStringLiteral(" (") +
                                           reportwords::periodDates(m_report.lastYearPeriod, l) + QLatin1Char(')')
                                     : reportwords::word(Word::LastYear, l);

    // The rows a chart draws, in the table's order.
    const auto chartOf = [&](const QList<const analytics::ReportRow *> &rows, ReportChart::Orientation orientation) {
        QStringList categories;
        QList<ReportChart::Series> series{
            {currentName, kCurrentColor, {}}, {previousName, kPreviousColor, {}}, {lastYearName, kLastYearColor, {}}};
        for (const analytics::ReportRow *row : rows) {
            categories.append(row->label.in(l));
            series[0].values.append(row->figure.current.value_or(0));
            series[1].values.append(row->figure.previous.value_or(0));
            series[2].values.append(row->figure.lastYear.value_or(0));
        }
        ReportChart chart(QString(), categories, series, orientation);
        chart.setNoDataText(reportwords::word(Word::NoData, l));
        return chart;
    };

    QList<const analytics::ReportRow *> rows;
    if (tableKey == QLatin1String(analytics::reporttable::kAccidentTimeband)) {
        for (const analytics::ReportRow &row : table->rows)
            rows.append(&row);
        return chartHtml(QStringLiteral("chart-timeband.png"), reportwords::word(Word::ChartTimeband, l),
                         chartOf(rows, ReportChart::Orientation::Columns));
    }
    if (tableKey == QLatin1String(analytics::reporttable::kIncidents)) {
        for (const analytics::ReportRow &row : table->rows)
            if (row.key != QLatin1String("total"))
                rows.append(&row);
        return chartHtml(QStringLiteral("chart-incident-types.png"), reportwords::word(Word::ChartIncidentTypes, l),
                         chartOf(rows, ReportChart::Orientation::Bars));
    }
    if (tableKey == QLatin1String(analytics::reporttable::kViolations)) {
        for (const char *key : {"r2", "r4", "other_vehicle"})
            if (const analytics::ReportRow *row = table->row(QLatin1String(key)))
                rows.append(row);
        return chartHtml(QStringLiteral("chart-vehicles.png"), reportwords::word(Word::ChartVehicles, l),
                         chartOf(rows, ReportChart::Orientation::Columns));
    }
    return {};
}

QString ReportRenderer::chartHtml(const QString &name, const QString &title, const ReportChart &chart)
{
    const QSize size = chart.preferredSize(kChartWidth);
    m_images.append(Image{name, chart.render(size, kChartScale)});
    // The title as text, not painted into the picture: it reads back from the PDF and is found by a search.
    return QStringLiteral("<p style=\"margin-top: 10px;\"><b>%1</b></p>"
                          "<p align=\"center\"><img src=\"%2\" width=\"%3\" height=\"%4\"/></p>")
        .arg(esc(title), name)
        .arg(size.width())
        .arg(size.height());
}

void ReportRenderer::addResources(QTextDocument *document) const
{
    for (const Image &image : m_images)
        document->addResource(QTextDocument::ImageResource, QUrl(image.name), QVariant(image.image));
}

QString ReportRenderer::footer(int page, int pages) const
{
    const QDateTime generated = m_report.generatedAt.isValid() ? m_report.generatedAt : QDateTime::currentDateTimeUtc();
    return reportwords::word(Word::Generated, m_language).arg(reportwords::wibDateTime(generated, m_language)) +
           QStringLiteral("  \u00b7  Lintas  \u00b7  ") +
           reportwords::word(Word::Page, m_language).arg(page).arg(pages);
}

QByteArray ReportRenderer::pdf(QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(
            reportwords::word(m_report.period.isDay() ? Word::DailyTitle : Word::OperationTitle, m_language) +
            QStringLiteral(" ") + m_report.reportId());
        writer.setCreator(QStringLiteral("Lintas"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QCoreApplication::translate("ReportRenderer", "The PDF of the report could not be started.");
            return {};
        }
        // The body is laid out in the writer's pixels; the last lines of each page are kept for the footer.
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QFont footerFont(QStringLiteral("Sans Serif"), 7);
        const int footerHeight = QFontMetrics(footerFont, &writer).height() * 2;
        const QSizeF body(page.width(), page.height() - footerHeight);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("Sans Serif"), 8);
        // Without ligatures the PDF's text reads back as typed: searchable, and copied faithfully.
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setPageSize(body);
        document.setDocumentMargin(0);
        addResources(&document);
        document.setHtml(m_html);

        const int pages = document.pageCount();
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -index * body.height());
            document.drawContents(&painter, QRectF(QPointF(0, index * body.height()), body));
            painter.restore();

            painter.save();
            painter.setFont(footerFont);
            painter.setPen(Qt::darkGray);
            const QRectF footerRect(0, body.height(), body.width(), footerHeight);
            painter.drawLine(footerRect.topLeft() + QPointF(0, footerHeight / 4.0),
                             footerRect.topRight() + QPointF(0, footerHeight / 4.0));
            painter.drawText(footerRect, Qt::AlignBottom | Qt::AlignHCenter, footer(index + 1, pages));
            painter.restore();
        }
        if (!painter.end()) {
            if (error)
                *error = QCoreApplication::translate("ReportRenderer", "The PDF of the report could not be finished.");
            return {};
        }
    }
    buffer.close();
    return bytes;
}

} // namespace lintas
