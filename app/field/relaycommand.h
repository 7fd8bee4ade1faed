#pragma once

#include <QObject>

#include "field/fieldoptions.h"
#include "field/fieldsink.h"
#include "field/nmearelay.h"

namespace lintas {
class StoreService;
}

namespace lintas::field {

// lintas-field relay: one real unit's GPS receiver, forwarded as that unit's live positions.
//
//   NMEA (file │ tcp │ serial) ─► NmeaRelay (Qt Positioning) ─fix─► SyncSession::sendPositions ─► server
//
// The unit is named by callsign or id; a callsign is looked up in the gateway's store once it has caught up
// with the server. Reading starts when the link is up (positions are lossy: sent while offline they would be
// dropped), and a file ends the command at its last fix.
class RelayCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ConnectionOptions connection;
        QString unit; // callsign or uuid
        NmeaSourceSpec source;
    };

    explicit RelayCommand(Options options, QObject *parent = nullptr);
    ~RelayCommand() override;

    void start();
    void stop(int exitCode = 0);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onStatus(const sync::SyncStatus &status);
    void resolveUnit();
    void startReading(const QUuid &unitId, const QString &callsign);
    void send(const lintas::field::UnitFix &fix);
    void afterSession();

    Options m_options;
    StoreService *m_store = nullptr;
    sync::SyncSession *m_session = nullptr;
    NmeaRelay *m_relay = nullptr;
    bool m_resolving = false;
    bool m_offlineWarned = false;
    int m_sent = 0;
    int m_dropped = 0;
    sync::LinkState m_lastState = sync::LinkState::Stopped;
    bool m_stopping = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace lintas::field
