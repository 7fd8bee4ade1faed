#include "auditchain.h"

#include <climits>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace lintas {
namespace {

// The body's keys, in the order they are written. Never reorder: every stored hash depends on it.
constexpr const char *kKeys[] = {"seq", "at_ms", "actor", "site_id", "action", "entity", "entity_id", "detail"};

void writeKey(QByteArray &out, const char *key, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

// JSON string with the minimal escapes, UTF-8 as is: one spelling per text.
void writeString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

bool readInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const QVariant variant = value.toVariant();
    if (variant.typeId() != QMetaType::LongLong)
        return false; // a fraction or an exponent is not how auditBody writes numbers
    *out = value.toInteger();
    return true;
}

} // namespace

QByteArray auditBody(const AuditEntry &entry)
{
    QByteArray out;
    out.reserve(160 + entry.detail.size());
    out += '{';
    writeKey(out, kKeys[0], true);
    out += QByteArray::number(entry.seq);
    writeKey(out, kKeys[1]);
    out += QByteArray::number(entry.atMs);
    writeKey(out, kKeys[2]);
    writeString(out, entry.actor);
    writeKey(out, kKeys[3]);
    writeString(out, entry.siteId);
    writeKey(out, kKeys[4]);
    writeString(out, entry.action);
    writeKey(out, kKeys[5]);
    writeString(out, entry.entity);
    writeKey(out, kKeys[6]);
    writeString(out, entry.entityId);
    writeKey(out, kKeys[7]);
    writeString(out, entry.detail);
    out += '}';
    return out;
}

bool parseAuditBody(const QByteArray &body, AuditEntry *entry)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.size() != qsizetype(std::size(kKeys)))
        return false;
    for (const char *key : kKeys)
        if (!object.contains(QLatin1String(key)))
            return false;

    AuditEntry parsed;
    if (!readInteger(object.value(QLatin1String("seq")), &parsed.seq) ||
        !readInteger(object.value(QLatin1String("at_ms")), &parsed.atMs))
        return false;
    const auto readText = [&object](const char *key, QString *out) {
        const QJsonValue value = object.value(QLatin1String(key));
        *out = value.toString();
        return value.isString();
    };
    if (!readText("actor", &parsed.actor) || !readText("site_id", &parsed.siteId) ||
        !readText("action", &parsed.action) || !readText("entity", &parsed.entity) ||
        !readText("entity_id", &parsed.entityId) || !readText("detail", &parsed.detail))
        return false;
    // Valid JSON in another spelling (keys moved, spaces added) is not what was hashed.
    if (auditBody(parsed) != body)
        return false;
    if (entry)
        *entry = std::move(parsed);
    return true;
}

QByteArray auditHash(const QByteArray &previousHash, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(body);
    return hash.result();
}

void AuditChainVerifier::expectHead(qint64 lastSeq, const QByteArray &lastHash)
{
    m_hasHead = true;
    m_headSeq = lastSeq;
    m_headHash = lastHash;
}

void AuditChainVerifier::fault(AuditVerdict::Problem problem, qint64 seq, const QString &message)
{
    if (m_first.problem != AuditVerdict::Problem::None)
        return; // only the first fault is named; later ones are often its echo
    m_first.problem = problem;
    m_first.seq = seq;
    m_first.message = message;
}

void AuditChainVerifier::add(const StoredAuditEntry &entry)
{
    ++m_entries;
    AuditEntry parsed;
    const bool readable = parseAuditBody(entry.body, &parsed);

    qint64 seq = entry.seq;
    if (readable && parsed.seq != seq && parsed.seq == m_expected) {
        // The body is the entry expected here and says so; only its seq column was changed. Naming a removal (or
        // a move) would blame entries that are all there.
        fault(AuditVerdict::Problem::Altered, parsed.seq,
              QCoreApplication::translate("AuditChain", "Entry %1 was altered: its seq column says %2.")
                  .arg(parsed.seq)
                  .arg(entry.seq));
        seq = parsed.seq;
    }

    if (seq < m_expected) {
        if (m_skipped.remove(seq)) {
            // Jumped over earlier and here now: the entry was moved, not removed.
            if (m_first.problem == AuditVerdict::Problem::Removed && m_first.seq == seq) {
                m_first.problem = AuditVerdict::Problem::Reordered;
                m_first.message = QCoreApplication::translate("AuditChain", "Entry %1 is out of order: it was "
                                                                            "found after entry %2.")
                                      .arg(seq)
                                      .arg(m_expected - 1);
            }
        } else {
            fault(AuditVerdict::Problem::Altered, seq,
                  QCoreApplication::translate("AuditChain", "Entry %1 was altered: it appears a second time, after "
                                                            "entry %2.")
                      .arg(seq)
                      .arg(m_expected - 1));
        }
        m_previousHash = entry.hash;
        m_previousSeq = seq;
        return;
    }

    if (seq > m_expected) {
        for (qint64 missing = m_expected; missing < seq; ++missing)
            m_skipped.insert(missing);
        // Removed unless the missing entry turns up later (then it was moved).
        fault(AuditVerdict::Problem::Removed, m_expected,
              m_expected == 1
                  ? QCoreApplication::translate("AuditChain", "Entry 1 was removed: the trail starts at entry %1.")
                        .arg(seq)
              : seq - m_expected == 1
                  ? QCoreApplication::translate("AuditChain", "Entry %1 was removed: the trail goes from entry %2 "
                                                              "to entry %3.")
                        .arg(m_expected)
                        .arg(m_expected - 1)
                        .arg(seq)
                  : QCoreApplication::translate("AuditChain", "Entries %1 to %2 were removed: the trail goes from "
                                                              "entry %3 to entry %4.")
                        .arg(m_expected)
                        .arg(seq - 1)
                        .arg(m_expected - 1)
                        .arg(seq));
    }

    if (!readable) {
        fault(AuditVerdict::Problem::Altered, seq,
              QCoreApplication::translate("AuditChain", "Entry %1 was altered: its body is not a valid audit entry.")
                  .arg(seq));
    } else if (parsed.seq != seq) {
        fault(AuditVerdict::Problem::Altered, seq,
              QCoreApplication::translate("AuditChain", "Entry %1 was altered: its body is numbered %2.")
                  .arg(seq)
                  .arg(parsed.seq));
    } else if (m_previousSeq == seq - 1 && auditHash(m_previousHash, entry.body) != entry.hash) {
        // The link is checked only against the entry's true predecessor; out of place, the fault is the order.
        fault(AuditVerdict::Problem::Altered, seq,
              QCoreApplication::translate("AuditChain", "Entry %1 was altered: its hash does not match.").arg(seq));
    }
    m_previousHash = entry.hash;
    m_previousSeq = seq;
    m_expected = seq + 1;
    m_highestHash = entry.hash;
}

AuditVerdict AuditChainVerifier::finish()
{
    if (m_hasHead) {
        const qint64 last = m_expected - 1; // the highest seq read
        if (last < m_headSeq) {
            // The tail is gone: the head still names the entry the trail should end with.
            fault(AuditVerdict::Problem::Removed, m_expected,
                  last == 0 ? QCoreApplication::translate("AuditChain", "Entries 1 to %1 were removed: the trail is "
                                                                        "empty, but its head is entry %1.")
                                  .arg(m_headSeq)
                  : m_expected == m_headSeq
                      ? QCoreApplication::translate("AuditChain", "Entry %1 was removed: the trail ends at entry %2, "
                                                                  "but its head is entry %1.")
                            .arg(m_expected)
                            .arg(last)
                      : QCoreApplication::translate("AuditChain", "Entries %1 to %2 were removed: the trail ends at "
                                                                  "entry %3, but its head is entry %2.")
                            .arg(m_expected)
                            .arg(m_headSeq)
                            .arg(last));
        } else if (last > m_headSeq) {
            fault(AuditVerdict::Problem::Altered, m_headSeq + 1,
                  QCoreApplication::translate("AuditChain", "Entry %1 was altered: the trail's head is entry %2, so "
                                                            "nothing can follow it.")
                      .arg(m_headSeq + 1)
                      .arg(m_headSeq));
        } else if (last > 0 && m_highestHash != m_headHash) {
            fault(AuditVerdict::Problem::Altered, last,
                  QCoreApplication::translate("AuditChain", "Entry %1 was altered: its hash is not the one the "
                                                            "trail's head recorded.")
                      .arg(last));
        }
    }

    AuditVerdict verdict = m_first;
    verdict.entries = m_entries;
    // The count is worked out first: lupdate cannot read a call with a comma nested inside this argument.
    const int verified = m_entries > INT_MAX ? INT_MAX : int(m_entries);
    if (verdict.ok())
        verdict.message = QCoreApplication::translate("AuditChain", "The audit trail is intact: %n entries verified.",
                                                      nullptr, verified);
    return verdict;
}

} // namespace lintas
