#pragma once

#include <QString>

namespace lintas {

// Where the desk syncs and as whom, from the command line and the settings (DeskSync::remembered). Without
// a server the desk works on its own ("Local only").
struct DeskSyncOptions
{
    QString server;                // "HOST:PORT" (--server); empty: local only
    QString caFile;                // --ca: the agency CA (PEM)
    QString fingerprint;           // --fingerprint or accepted once: "AB:CD:…", the pinned server certificate
    bool insecureLoopback = false; // --insecure-loopback: plain TCP, loopback only (developers)
    QString user;                  // --user
    QString password;              // --password-file or LINTAS_PASSWORD; never written anywhere

    bool hasServer() const { return !server.isEmpty(); }
};

} // namespace lintas
