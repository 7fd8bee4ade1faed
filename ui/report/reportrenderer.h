#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include "analytics/dailyreport.h"

class QTextDocument;

namespace lintas {

// The daily report on paper and on screen, in the language asked for: one HTML document (the preview shows it,
// the PDF lays it out) with its charts as embedded images.
//
//   DailyReport ─► ReportRenderer(report, language) ─┬─ html() + images ─► QTextBrowser (preview)
//                                                    └─ pdf() ─► A4 PDF bytes (footer: generated, Lintas, page n/m)
//
// Everything here is plain painting (QImage, QTextDocument, QPdfWriter on a buffer): it runs on a worker thread.
class ReportRenderer
{
public:
    struct Image
    {
        QString name; // as the HTML refers to it: "chart-timeband.png"
        QImage image;
    };

    ReportRenderer(const analytics::DailyReport &report, analytics::ReportLanguage language);

    analytics::ReportLanguage language() const { return m_language; }
    const QString &html() const { return m_html; }
    const QList<Image> &images() const { return m_images; }
    // Puts the charts into a document (before setHtml) so its <img> find them.
    void addResources(QTextDocument *document) const;
    // The footer line of page `page` (1-based) of `pages`.
    QString footer(int page, int pages) const;
    // The report as an A4 portrait PDF; empty with *error set when it cannot be laid out.
    QByteArray pdf(QString *error = nullptr) const;

    // The charts' width in the document, in CSS pixels (96 per inch): fits the A4 body between the margins.
    static constexpr int kChartWidth = 620;

private:
    QString headerHtml() const;
    QString tableHtml(const analytics::ReportTable &table) const;
    QString chartHtml(const QString &name, const QString &title, const class ReportChart &chart);
    QString chartAfter(const QString &tableKey);

    analytics::DailyReport m_report;
    analytics::ReportLanguage m_language;
    QString m_html;
    QList<Image> m_images;
};

} // namespace lintas
