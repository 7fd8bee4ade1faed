#include "caseprint.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include "casetext.h"
#include "core/accidents.h"
#include "core/cases.h"
#include "core/casevalidation.h"
#include "core/stations.h"
#include "detail/casedetailtext.h"
#include "labels.h"

namespace lintas::caseprint {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

bool indonesian()
{
    return labels::currentLanguage() == QLatin1String("id");
}

// The fields in the order a reader of the record expects them: who and where, the offender or owner, the
// vehicle, the camera, the payment, the accident, the watch entry. Fields not listed follow by name.
const char *const kFieldOrder[] = {
    casefield::kOccurredAt,     casefield::kPlace,
    casefield::kLatitude,       casefield::kLongitude,
    casefield::kOfficerNrp,     casefield::kOfficerName,
    casefield::kOfficerUnit,    casefield::kOffenderName,
    casefield::kOffenderNik,    casefield::kOffenderAddress,
    casefield::kSimNumber,      casefield::kSimClass,
    casefield::kPlate,          casefield::kPlateRead,
    casefield::kVehicleKind,    casefield::kVehicleMake,
    casefield::kVehicleColour,  casefield::kStnkNumber,
    casefield::kFrameNumber,    casefield::kEngineNumber,
    casefield::kCameraId,       casefield::kSpeedKmh,
    casefield::kSpeedLimitKmh,  casefield::kImageSha256,
    casefield::kOwnerName,      casefield::kOwnerNik,
    casefield::kOwnerAddress,   casefield::kDriverName,
    casefield::kDriverNik,      casefield::kNoticeSentAt,
    casefield::kArticles,       casefield::kFine,
    casefield::kOutcome,        casefield::kSeized,
    casefield::kPaymentCode,    casefield::kPaidAt,
    casefield::kPaidAmount,     casefield::kBankRef,
    casefield::kRejectedReason, casefield::kIncidentId,
    casefield::kRoadCondition,  casefield::kWeather,
    casefield::kCollisionType,  casefield::kCauses,
    casefield::kMaterialLoss,   casefield::kConfirmedArticles,
    casefield::kReporterName,   casefield::kReporterPhone,
    casefield::kPoliceReport,   casefield::kLinkedIncidents,
    casefield::kLinkedCases,    casefield::kNarrative,
};

// Shown in sections of their own (the charges of a violation or ticket with their total), or in the heading.
bool hasOwnSection(CaseKind kind, const QString &field)
{
    if (isVoidable(kind) && (field == QLatin1String(casefield::kArticles) || field == QLatin1String(casefield::kFine)))
        return true;
    if (kind == CaseKind::Accident && field == QLatin1String(casefield::kMaterialLoss))
        return true;
    return field == QLatin1String(casefield::kCharged) || field == QLatin1String(casefield::kVehicles) ||
           field == QLatin1String(casefield::kVictims) || field == QLatin1String(casefield::kStation) ||
           field == QLatin1String(casefield::kReason);
}

QStringList textsOf(const QVariant &value)
{
    QStringList texts;
    for (const QVariant &item : value.toList())
        texts << item.toString();
    return texts;
}

QString citations(const QStringList &codes)
{
    QStringList cited;
    for (const QString &code : codes) {
        const QString citation = citationOf(code);
        cited << (citation.isEmpty() ? code : citation);
    }
    return cited.join(QStringLiteral("; "));
}

// The record on paper reads like the record on screen (casedetail::valueText); articles are cited in full,
// and speeds carry their unit.
QString valueText(const QString &field, const QVariant &value)
{
    const auto is = [&field](const char *name) { return field == QLatin1String(name); };
    if (!value.isValid() || value.isNull() || (value.toString().isEmpty() && value.toList().isEmpty()))
        return {};
    if (is(casefield::kSpeedKmh) || is(casefield::kSpeedLimitKmh))
        return QCoreApplication::translate("CasePrint", "%1 km/h").arg(value.toString());
    if (is(casefield::kCauses)) {
        QStringList causes;
        for (const QString &code : textsOf(value))
            causes << causeDisplayName(code);
        return causes.join(QStringLiteral(", "));
    }
    if (is(casefield::kSeized)) {
        QStringList items;
        for (const QString &code : textsOf(value))
            items << casedetail::choiceText(casedetail::seizedItems(), code);
        return items.join(QStringLiteral(", "));
    }
    if (is(casefield::kArticles) || is(casefield::kConfirmedArticles))
        return citations(textsOf(value));
    const QString text = casedetail::valueText(field, value);
    return text == QStringLiteral("—") ? QString() : text;
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1 align=\"left\" valign=\"top\">%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #888;\">");
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

QString stationName(const QString &code)
{
    if (const auto station = StationDirectory::builtIn().byCode(code))
        return station->name;
    return code;
}

QString eventName(CaseEvent::Type type)
{
    switch (type) {
    case CaseEvent::Type::Created:
        return QCoreApplication::translate("CasePrint", "Created");
    case CaseEvent::Type::Edited:
        return QCoreApplication::translate("CasePrint", "Edited");
    case CaseEvent::Type::Moved:
        return QCoreApplication::translate("CasePrint", "State changed");
    case CaseEvent::Type::Revised:
        return QCoreApplication::translate("CasePrint", "Corrected");
    case CaseEvent::Type::Note:
        return QCoreApplication::translate("CasePrint", "Note");
    case CaseEvent::Type::Attached:
        return QCoreApplication::translate("CasePrint", "Attached");
    case CaseEvent::Type::VoidRequested:
        return QCoreApplication::translate("CasePrint", "Void requested");
    case CaseEvent::Type::VoidApproved:
        return QCoreApplication::translate("CasePrint", "Void approved");
    case CaseEvent::Type::VoidRefused:
        return QCoreApplication::translate("CasePrint", "Void refused");
    case CaseEvent::Type::Viewed:
        return QCoreApplication::translate("CasePrint", "Opened");
    }
    return {};
}

QString fieldLabels(const QVariantMap &fields)
{
    QStringList labels;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (it.key() != QLatin1String(casefield::kReason) && it.key() != QLatin1String(casefield::kCharged) &&
            it.key() != QLatin1String(casefield::kFine))
            labels << caseFieldLabel(it.key());
    return labels.join(QStringLiteral(", "));
}

QString eventText(const CaseEvent &event)
{
    const QString reason = event.fields.value(QLatin1String(casefield::kReason)).toString().trimmed();
    switch (event.type) {
    case CaseEvent::Type::Moved: {
        // The fold words a move "from → to" with the states as stored.
        const QStringList states = event.text.split(QStringLiteral(" → "));
        QString move = event.text;
        if (states.size() == 2) {
            bool fromOk = false;
            bool toOk = false;
            const CaseState from = caseStateFromString(states.at(0), &fromOk);
            const CaseState to = caseStateFromString(states.at(1), &toOk);
            if (fromOk && toOk)
                move = QCoreApplication::translate("CasePrint", "%1 → %2").arg(displayName(from), displayName(to));
        }
        return reason.isEmpty() ? move : QCoreApplication::translate("CasePrint", "%1 — reason: %2").arg(move, reason);
    }
    case CaseEvent::Type::Edited:
        return fieldLabels(event.fields);
    case CaseEvent::Type::Revised: {
        const QString changed = fieldLabels(event.fields);
        return changed.isEmpty() ? QCoreApplication::translate("CasePrint", "Reason: %1").arg(reason)
                                 : QCoreApplication::translate("CasePrint", "%1 — reason: %2").arg(changed, reason);
    }
    case CaseEvent::Type::Viewed:
        return {};
    case CaseEvent::Type::Created:
    case CaseEvent::Type::Note:
    case CaseEvent::Type::Attached:
    case CaseEvent::Type::VoidRequested:
    case CaseEvent::Type::VoidApproved:
    case CaseEvent::Type::VoidRefused:
        break;
    }
    return event.text;
}

QString voidStatus(const VoidRequest &request)
{
    switch (request.status) {
    case VoidRequest::Status::Pending:
        return QCoreApplication::translate("CasePrint", "Waiting for a supervisor's decision");
    case VoidRequest::Status::Approved:
        return QCoreApplication::translate("CasePrint", "Approved by %1 on %2")
            .arg(request.decidedBy, casetext::wibTimestamp(request.decidedAt));
    case VoidRequest::Status::Refused:
        return QCoreApplication::translate("CasePrint", "Refused by %1 on %2")
            .arg(request.decidedBy, casetext::wibTimestamp(request.decidedAt));
    }
    return {};
}

QString headingHtml(const CaseFile &file)
{
    const CaseRecord &record = file.record;
    QString html;
    html += QStringLiteral("<p align=\"center\"><b>%1</b><br/>%2</p>")
                .arg(esc(QCoreApplication::translate("CasePrint", "Kepolisian Negara Republik Indonesia — Korlantas")),
                     esc(stationName(record.stationCode)));
    html += QStringLiteral("<h2 align=\"center\">%1 %2</h2>")
                .arg(esc(displayName(record.kind)),
                     esc(record.number.isEmpty() ? QCoreApplication::translate("CasePrint", "(not numbered yet)")
                                                 : record.number));
    html += tableStart();
    html += row({esc(QCoreApplication::translate("CasePrint", "Number")), esc(record.number)});
    html += row({esc(QCoreApplication::translate("CasePrint", "Kind")), esc(displayName(record.kind))});
    html += row(
        {esc(QCoreApplication::translate("CasePrint", "State")),
         esc(displayName(record.state)) +
             (record.voidPending ? esc(QCoreApplication::translate("CasePrint", " (void requested)")) : QString())});
    html += row({esc(QCoreApplication::translate("CasePrint", "Version")),
                 record.version > 0 ? QString::number(record.version)
                                    : esc(QCoreApplication::translate("CasePrint", "draft, not submitted"))});
    html += row({esc(QCoreApplication::translate("CasePrint", "Station")), esc(stationName(record.stationCode))});
    html += row({esc(QCoreApplication::translate("CasePrint", "Created")),
                 esc(QCoreApplication::translate("CasePrint", "%1 by %2")
                         .arg(casetext::wibTimestamp(record.createdAt), record.createdBy))});
    if (record.submittedAt.isValid())
        html += row({esc(QCoreApplication::translate("CasePrint", "Submitted")),
                     esc(casetext::wibTimestamp(record.submittedAt))});
    html += QStringLiteral("</table>");
    return html;
}

QString fieldsHtml(const CaseFile &file)
{
    const QVariantMap &data = file.record.data;
    QStringList fields;
    for (const char *field : kFieldOrder)
        if (data.contains(QLatin1String(field)))
            fields << QLatin1String(field);
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        if (!fields.contains(it.key()))
            fields << it.key();

    QString html = section(QCoreApplication::translate("CasePrint", "Details"));
    html += tableStart();
    for (const QString &field : std::as_const(fields)) {
        if (hasOwnSection(file.record.kind, field))
            continue;
        const QString text = valueText(field, data.value(field));
        if (text.isEmpty())
            continue;
        html += row({QStringLiteral("<b>%1</b>").arg(esc(caseFieldLabel(field))),
                     esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))});
    }
    return html + QStringLiteral("</table>");
}

QString chargesHtml(const CaseFile &file)
{
    const QVariantMap &data = file.record.data;
    QList<ChargedArticle> charged;
    for (const QVariant &item : data.value(QLatin1String(casefield::kCharged)).toList())
        charged << ChargedArticle::fromMap(item.toMap());
    // A draft may name its articles before the snapshots are taken: cite them from the codes.
    if (charged.isEmpty()) {
        for (const QString &code : textsOf(data.value(QLatin1String(casefield::kArticles)))) {
            ChargedArticle article;
            article.code = code;
            article.citation = citationOf(code);
            charged << article;
        }
    }
    QString html = section(QCoreApplication::translate("CasePrint", "Charged articles (UU 22/2009)"));
    if (charged.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("CasePrint", "No article charged.")));
    html += tableStart();
    html += row({esc(QCoreApplication::translate("CasePrint", "Article")),
                 esc(QCoreApplication::translate("CasePrint", "Offence")),
                 esc(QCoreApplication::translate("CasePrint", "Maximum fine"))},
                true);
    for (const ChargedArticle &article : std::as_const(charged)) {
        const QString text = indonesian() || article.textEn.isEmpty() ? article.textId : article.textEn;
        html += row({esc(article.citation.isEmpty() ? article.code : article.citation), esc(text),
                     article.maxFine > 0 ? esc(casetext::rupiah(article.maxFine)) : QString()});
    }
    const qint64 fine = data.value(QLatin1String(casefield::kFine)).toLongLong();
    html += row({QStringLiteral("<b>%1</b>").arg(esc(QCoreApplication::translate("CasePrint", "Total"))), QString(),
                 QStringLiteral("<b>%1</b>").arg(esc(casetext::rupiah(fine)))});
    return html + QStringLiteral("</table>");
}

QString accidentHtml(const CaseFile &file, const CasePrintOptions &options)
{
    const QVariantMap &data = file.record.data;
    const QVariantList victims = data.value(QLatin1String(casefield::kVictims)).toList();
    const VictimCounts counts = countVictims(victims);
    const qint64 loss = data.value(QLatin1String(casefield::kMaterialLoss)).toLongLong();
    const CollisionType collision =
        collisionTypeFromString(data.value(QLatin1String(casefield::kCollisionType)).toString());

    QString html = section(QCoreApplication::translate("CasePrint", "Severity and articles"));
    html += tableStart();
    html += row({QStringLiteral("<b>%1</b>").arg(esc(QCoreApplication::translate("CasePrint", "Severity (Pasal 229)"))),
                 esc(displayName(classifyAccident(counts, loss)))});
    html += row({QStringLiteral("<b>%1</b>").arg(esc(QCoreApplication::translate("CasePrint", "Victims"))),
                 esc(QCoreApplication::translate("CasePrint", "%1 died, %2 seriously injured, %3 slightly injured")
                         .arg(counts.died)
                         .arg(counts.seriouslyHurt)
                         .arg(counts.slightlyHurt))});
    html += row({QStringLiteral("<b>%1</b>").arg(esc(QCoreApplication::translate("CasePrint", "Material loss"))),
                 esc(casetext::rupiah(loss))});
    html += QStringLiteral("</table>");

    const QStringList suggested = suggestedAccidentArticles(counts, loss, collision);
    const QStringList confirmed = textsOf(data.value(QLatin1String(casefield::kConfirmedArticles)));
    if (!suggested.isEmpty() || !confirmed.isEmpty()) {
        html += QStringLiteral("<p></p>") + tableStart();
        html += row({esc(QCoreApplication::translate("CasePrint", "Article")),
                     esc(QCoreApplication::translate("CasePrint", "Offence")),
                     esc(QCoreApplication::translate("CasePrint", "Status"))},
                    true);
        QStringList codes = suggested;
        for (const QString &code : confirmed)
            if (!codes.contains(code))
                codes << code;
        for (const QString &code : std::as_const(codes)) {
            const auto article = options.catalogue.byCode(code);
            const QString status = confirmed.contains(code)
                                       ? QCoreApplication::translate("CasePrint", "Confirmed by the investigator")
                                       : QCoreApplication::translate("CasePrint", "Suggested, not confirmed");
            html += row({esc(article ? article->citation() : citationOf(code)),
                         esc(article ? article->text() : QString()), esc(status)});
        }
        html += QStringLiteral("</table>");
    }

    if (!victims.isEmpty()) {
        html += section(QCoreApplication::translate("CasePrint", "Victims"));
        html += tableStart();
        html += row({esc(QCoreApplication::translate("CasePrint", "Name")),
                     esc(QCoreApplication::translate("CasePrint", "NIK")),
                     esc(QCoreApplication::translate("CasePrint", "Age")),
                     esc(QCoreApplication::translate("CasePrint", "Condition"))},
                    true);
        for (const QVariant &item : victims) {
            const QVariantMap victim = item.toMap();
            html += row({esc(victim.value(QStringLiteral("name")).toString()),
                         esc(victim.value(QStringLiteral("nik")).toString()),
                         esc(victim.value(QStringLiteral("age")).toString()),
                         esc(casedetail::choiceText(casedetail::victimConditions(),
                                                    victim.value(QStringLiteral("condition")).toString()))});
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString vehiclesHtml(const CaseFile &file)
{
    const QVariantList vehicles = file.record.data.value(QLatin1String(casefield::kVehicles)).toList();
    if (vehicles.isEmpty())
        return {};
    QString html = section(QCoreApplication::translate("CasePrint", "Vehicles"));
    html += tableStart();
    html += row({esc(QCoreApplication::translate("CasePrint", "Plate")),
                 esc(QCoreApplication::translate("CasePrint", "Vehicle")),
                 esc(QCoreApplication::translate("CasePrint", "Make")),
                 esc(QCoreApplication::translate("CasePrint", "Driver")),
                 esc(QCoreApplication::translate("CasePrint", "Driver's NIK")),
                 esc(QCoreApplication::translate("CasePrint", "SIM"))},
                true);
    for (const QVariant &item : vehicles) {
        const QVariantMap vehicle = item.toMap();
        const auto text = [&vehicle](const char *key) { return esc(vehicle.value(QLatin1String(key)).toString()); };
        const QString kind = casedetail::choiceText(casedetail::vehicleKinds(),
                                                    vehicle.value(QLatin1String(casefield::kVehicleKind)).toString());
        html += row({text(casefield::kPlate), esc(kind), text(casefield::kVehicleMake), text(casefield::kDriverName),
                     text(casefield::kDriverNik), text(casefield::kSimNumber)});
    }
    return html + QStringLiteral("</table>");
}

QString historyHtml(const CaseFile &file)
{
    QString html;
    if (!file.versions.isEmpty()) {
        html += section(QCoreApplication::translate("CasePrint", "Versions"));
        html += tableStart();
        html += row({esc(QCoreApplication::translate("CasePrint", "Version")),
                     esc(QCoreApplication::translate("CasePrint", "When")),
                     esc(QCoreApplication::translate("CasePrint", "By")),
                     esc(QCoreApplication::translate("CasePrint", "Reason"))},
                    true);
        for (const CaseVersion &version : file.versions)
            html += row({QString::number(version.number), esc(casetext::wibTimestamp(version.at)), esc(version.actor),
                         esc(version.reason.isEmpty() ? QCoreApplication::translate("CasePrint", "first submission")
                                                      : version.reason)});
        html += QStringLiteral("</table>");
    }
    if (!file.voidRequests.isEmpty()) {
        html += section(QCoreApplication::translate("CasePrint", "Void requests"));
        html += tableStart();
        html += row({esc(QCoreApplication::translate("CasePrint", "Requested")),
                     esc(QCoreApplication::translate("CasePrint", "By")),
                     esc(QCoreApplication::translate("CasePrint", "Reason")),
                     esc(QCoreApplication::translate("CasePrint", "Decision"))},
                    true);
        for (const VoidRequest &request : file.voidRequests) {
            QString decision = voidStatus(request);
            if (!request.decisionReason.isEmpty())
                decision += QStringLiteral(": ") + request.decisionReason;
            html += row(
                {esc(casetext::wibTimestamp(request.at)), esc(request.requester), esc(request.reason), esc(decision)});
        }
        html += QStringLiteral("</table>");
    }
    if (!file.attachments.isEmpty()) {
        html += section(QCoreApplication::translate("CasePrint", "Attachments"));
        html += tableStart();
        html += row({esc(QCoreApplication::translate("CasePrint", "Name")),
                     esc(QCoreApplication::translate("CasePrint", "Size")),
                     esc(QCoreApplication::translate("CasePrint", "SHA-256")),
                     esc(QCoreApplication::translate("CasePrint", "Added"))},
                    true);
        for (const CaseAttachment &attachment : file.attachments)
            html += row({esc(attachment.name),
                         esc(QCoreApplication::translate("CasePrint", "%1 bytes").arg(labels::number(attachment.size))),
                         QStringLiteral("<small>%1</small>").arg(esc(attachment.sha256)),
                         esc(QCoreApplication::translate("CasePrint", "%1 by %2")
                                 .arg(casetext::wibTimestamp(attachment.at), attachment.actor))});
        html += QStringLiteral("</table>");
    }
    html += section(QCoreApplication::translate("CasePrint", "Timeline"));
    html += tableStart();
    html +=
        row({esc(QCoreApplication::translate("CasePrint", "When")), esc(QCoreApplication::translate("CasePrint", "By")),
             esc(QCoreApplication::translate("CasePrint", "What")),
             esc(QCoreApplication::translate("CasePrint", "Details"))},
            true);
    for (const CaseEvent &event : file.timeline)
        html += row({esc(casetext::wibTimestamp(event.at)), esc(event.actor), esc(eventName(event.type)),
                     esc(eventText(event))});
    return html + QStringLiteral("</table>");
}

} // namespace

QString html(const CaseFile &file, const CasePrintOptions &options)
{
    QString body = headingHtml(file);
    if (isVoidable(file.record.kind))
        body += chargesHtml(file);
    if (file.record.kind == CaseKind::Accident)
        body += accidentHtml(file, options);
    body += fieldsHtml(file);
    body += vehiclesHtml(file);
    body += historyHtml(file);
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/></head><body>%1</body></html>").arg(body);
}

bool toPdf(const CaseFile &file, const QString &path, const CasePrintOptions &options, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("CasePrint", "Case %1").arg(file.record.number));
    writer.setCreator(QStringLiteral("Lintas"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                                     QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("CasePrint", "Cannot write the PDF file %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              QFileInfo(path).absoluteDir().exists()
                                  ? QCoreApplication::translate("CasePrint", "it cannot be opened for writing")
                                  : QCoreApplication::translate("CasePrint", "its folder does not exist"));
        return false;
    }

    // The body is laid out in the writer's pixels; the last lines of each page are kept for the footer.
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QFont footerFont(QStringLiteral("Sans Serif"), 8);
    const int footerHeight = QFontMetrics(footerFont, &writer).height() * 2;
    const QSizeF body(page.width(), page.height() - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Sans Serif"), 9);
    // Without ligatures ("ff", "fi") the PDF's text reads back as typed: searchable, and copied faithfully.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setPageSize(body);
    document.setDocumentMargin(0);
    document.setHtml(html(file, options));

    const int pages = document.pageCount();
    const QString printed =
        casetext::wibTimestamp(options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTimeUtc());
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
        const QRectF footer(0, body.height(), body.width(), footerHeight);
        painter.drawLine(footer.topLeft() + QPointF(0, footerHeight / 4.0),
                         footer.topRight() + QPointF(0, footerHeight / 4.0));
        painter.drawText(footer, Qt::AlignBottom | Qt::AlignHCenter,
                         QCoreApplication::translate("CasePrint", "Printed %1 by %2 — page %3 of %4")
                             .arg(printed, options.user)
                             .arg(index + 1)
                             .arg(pages));
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = QCoreApplication::translate("CasePrint", "Cannot finish the PDF file %1")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace lintas::caseprint
