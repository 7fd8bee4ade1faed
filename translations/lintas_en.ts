<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accidents</name>
    <message>
        <source>Driver: speeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: drowsy or tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: alcohol or drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: using a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: broke a traffic rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle: brake failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle: tyre failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle: faulty lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road: damaged surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road: missing signs or markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road: poor lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain collision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestrian hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit-and-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (ringan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (sedang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe (berat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Entry %1 was altered: its seq column says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is out of order: it was found after entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: it appears a second time, after entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry 1 was removed: the trail starts at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was removed: the trail goes from entry %2 to entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed: the trail goes from entry %3 to entry %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its body is not a valid audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its body is numbered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries 1 to %1 were removed: the trail is empty, but its head is entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was removed: the trail ends at entry %2, but its head is entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed: the trail ends at entry %3, but its head is entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: the trail&apos;s head is entry %2, so nothing can follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash is not the one the trail&apos;s head recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry verified.</numerusform>
            <numerusform>The audit trail is intact: %n entries verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFold</name>
    <message>
        <source>Case %1: the %2 change came before the case was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: a %2 change does not apply to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was already created; a second create change is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the create change names an unknown kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: its record can no longer be edited (set); a correction is a revision with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the transition from &apos;%2&apos; to &apos;%3&apos; names an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the transition from %2 to %3 was made on a case that is now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: a %2 cannot move from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the transition from %2 to %3 records no data, yet it carries the field &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the transition from %2 to %3 cannot carry the field &apos;%4&apos;; it records only %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: a rejection (transition to %2) needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the STNK cannot be blocked (transition) before the confirmation deadline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the ticket already has payment code %2; once blocked it can only be paid (transition from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: identifying the vehicle (transition to %2) needs the owner&apos;s name (owner_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: identifying the vehicle (transition to %2) needs the owner&apos;s valid NIK (owner_nik): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: transferring the ticket (transition to %2) needs the driver&apos;s name (driver_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: transferring the ticket (transition to %2) needs the driver&apos;s valid NIK (driver_nik): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the payment code (payment_code) &apos;%2&apos; of the transition to %3 is not 15 digits with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: no article is charged (charged), so there is no fine to issue a payment code for (transition to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the fine (fine) &apos;%2&apos; of the transition to %3 differs from the articles as charged, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the ticket has no payment code, so it cannot be paid (transition from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the amount paid (paid_amount) &apos;%2&apos; differs from the fine %3 (transition to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: a payment (transition to %2) needs the bank&apos;s reference (bank_ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is still %2: edit it instead of a correction (revise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is voided: it takes no correction (revise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: a correction (revise) needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the correction (revise) changes no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the attachment (attach) &apos;%2&apos; has no valid SHA-256 (&apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: a %2 cannot be voided (void_request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is still %2: only a submitted case is voided (void_request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already voided (void_request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is paid: a paid fine is not voided (void_request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 already has a void request waiting for a decision (void_request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: a void request (void_request) needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the void decision (void_decision) answers no pending request (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 requested the void and cannot decide it too (void_decision); another supervisor must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: approving a void (void_decision) needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: refusing a void (void_decision) needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is paid: the void cannot be approved (void_decision); a paid fine does not vanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 change is not about a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 change is about case %2, not case %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePrint</name>
    <message>
        <source>%1 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepolisian Negara Republik Indonesia — Korlantas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (void requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged articles (UU 22/2009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity and articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (Pasal 229)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 died, %2 seriously injured, %3 slightly injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2 — page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>%1 WIB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s NRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offender&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offender&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STNK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles as charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collision type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police report (LP) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle kind &apos;%1&apos; is not one of r2, r4, bus, truck, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one article must be charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired and can no longer be charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time (ISO 8601, like 2026-11-28T09:14:00+07:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the future; it is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not among the articles as charged; charge the articles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is charged but not among the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine is required: %1, the sum of the maximum fines of the articles as charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine %1 is not %2, the sum of the maximum fines of the articles as charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome &apos;%1&apos; is neither tilang (ticket) nor teguran (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM class &apos;%1&apos; is not one of A, B1, B2, C, CI, CII, D, DI (or A, B1, B2 Umum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required (or the plate as the camera read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed &apos;%1&apos; is not a speed in km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit &apos;%1&apos; is not a speed in km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed %1 km/h is not above the limit of %2 km/h; Pasal 287 ayat (5) needs a speed over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collision type &apos;%1&apos; is not one of single, head_on, rear_end, side, chain, pedestrian, hit_and_run, animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim %1: the condition must be MD (died), LB (seriously hurt) or LR (slightly hurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material loss &apos;%1&apos; is not a whole number of rupiah, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETLE ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STNK blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &apos;%1&apos; must be lower-case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &apos;%1&apos; is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Indonesian or English name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be one letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is already used by &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority &apos;%1&apos; is not one of P1, P2, P3, P4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour &apos;%1&apos; is not of the form #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (expected korlantas, polda, polres or polsek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a korlantas row cannot have a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent &apos;%1&apos; is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of a %1 must be a %2; &apos;%3&apos; is a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article code like 281, 287(1) or 106(4)a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article code like 77(1) or 106(4)a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Indonesian text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of rupiah above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days from 0 to 31</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo needs at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s changes could not leave the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastController</name>
    <message>
        <source>No store is open to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the incident history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the map %1 for routing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map %1 has no road network to route on: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R2 motorcycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R4 patrol car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJR highway patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tow truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WIB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>direction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lanes are not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lanes need a &quot;directions&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no list of lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lane %2: &quot;%3&quot; is not clear, affected or blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionAge</name>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time of the last position is unknown; the unit may be elsewhere. Recommendations rank it with a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last position %2, %3 — older than %4, the unit may have moved. Recommendations rank it with a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row needs 5 fields (incident type, road, traffic, unit kind, fit), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident type &apos;%1&apos; is not in the incident type catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>road &apos;%1&apos; is not one of toll, any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic &apos;%1&apos; is not one of dense, any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit kind &apos;%1&apos; is not one of r2, r4, pjr, tow, ambulance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit &apos;%1&apos; is not one of preferred, suitable, unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section header must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section [%1]; expected [ranking] or [suitability]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key = value, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in [ranking]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already set on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be zero or more seconds, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a positive number of seconds, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in [suitability]; expected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the [ranking] section lacks &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tow truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambulance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 min old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already dispatched to another incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not suited to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no road route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest by road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suited to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 by road</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of the report came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the report folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The PDF of the report could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of the report could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportVerifyDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseTimes</name>
    <message>
        <source>%1 must be a whole number of seconds from 1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s) must not be shorter than %3 (%4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a share between 0 and 1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen a cleared incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the unit roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit, dispatch or move incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has read-only access and may not make changes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 may not %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 works for %3 and may not change a record of %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the region&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide a void request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch a unit to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a ticket as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the article catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>the file is empty; the header &apos;%1&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;; &apos;%2&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has no line break: the file may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is not closed properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns where %2 are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment code &apos;%1&apos; is not 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment code %1 fails its check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment code %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a whole positive number of rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid_at &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown payment code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment code %1 is for ticket %2, which is not waiting for payment (state: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 for ticket %2 differs from its fine %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be moved aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a unit dispatched within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on scene within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsConfig</name>
    <message>
        <source>The pinned fingerprint has %1 bytes; a SHA-256 fingerprint has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS set-up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file %1 does not match certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name &apos;%1&apos; cannot be used for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>NIK is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK must contain digits only; character %1 (&apos;%2&apos;) is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NIK must have 16 digits; it has %n</source>
        <translation>
            <numerusform>NIK must have 16 digits; it has %n</numerusform>
            <numerusform>NIK must have 16 digits; it has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NIK province code %1 (first two digits) does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK day of birth %1 is not valid (01 to 31, or 41 to 71 for women)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK month of birth %1 is not valid (01 to 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK date of birth %1-%2-%3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK serial number (last four digits) cannot be 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate contains &apos;%1&apos;; only letters A to Z and digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate must be region prefix, number and suffix, like &apos;B 1234 XYZ&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate has no region prefix; it must start with letters, like &apos;B 1234 XYZ&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region prefix &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate has no number after the region prefix &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate number &apos;%1&apos; has more than 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate number &apos;%1&apos; cannot start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate suffix &apos;%1&apos; has more than 3 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRP is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRP must contain digits only; character %1 (&apos;%2&apos;) is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NRP must have 8 digits; it has %n</source>
        <translation>
            <numerusform>NRP must have 8 digits; it has %n</numerusform>
            <numerusform>NRP must have 8 digits; it has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Latitude is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude %1 is outside the range -90 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude %1 is outside the range -180 to 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1, %2 is outside the Greater Jakarta service area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchHitText</name>
    <message>
        <source>ETLE capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3 at %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>%1: &apos;%2&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity: unknown entity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: unknown change kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hlc: %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site_id: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version: %1 is not a schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields_json: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields_json: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude: %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude: %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ApprovalsDialog</name>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the void of %1 requested by %2? The case becomes void for good; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the void of %1 requested by %2? The case stays as it is; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void of %1 was approved: the case is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void of %1 was refused: the case stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not decide on this void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids of violations and ETLE tickets wait here for a second approver: a supervisor other than the one who asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No void waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n void(s) wait for a decision.</source>
        <translation>
            <numerusform>%n void waits for a decision.</numerusform>
            <numerusform>%n voids wait for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>You requested this void; another supervisor must decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the void of %1, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the void of %1, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ArticleCatalogueDialog</name>
    <message>
        <source>%1 saved: the catalogue has a new version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1? It is no longer offered for new charges; the cases charged under it keep showing it as charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: your account may not change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article catalogue — UU 22/2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: code, article or words of the offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may change the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles, %2 retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ArticleCatalogueModel</name>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ArticleEditDialog</name>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 287(1) or 106(4)a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The obligation it enforces, for example 106(4)a (may stay empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with (jo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence (Bahasa Indonesia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum jail term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: required, for example 287(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: “%1” is not an article code; write the pasal, then the ayat in brackets, then the huruf, as in 106(4)a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1 is in the catalogue already; edit it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with (jo): “%1” is not an article code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence (Bahasa Indonesia): required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence (English): required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine: must be more than Rp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ArticlePicker</name>
    <message>
        <source>Find an article by code (287(5)) or words (helm, lampu merah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the article selected below (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected charge (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total maximum fine: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::AuditVerifyDialog</name>
    <message>
        <source>Verify audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change this desk made and every opening of a case record is written to its audit trail, each entry chained to the one before by its hash. Verifying reads the whole trail and names the first entry that was altered, removed or put out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is no longer in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry cannot be read any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 as stored now:
When: %2
User: %3
Desk: %4
Action: %5 on %6 %7
Detail: %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CapAlert</name>
    <message>
        <source>Incident %1 blocks no lane and is not a flood, a demonstration or road damage: there is no closure or hazard to announce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 has no position for the alert&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseAttachmentsView</name>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a file to save a copy. Files are kept for good, with their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo or a document to the case (up to 2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3
attached by %4, %5
SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseChecks</name>
    <message>
        <source>A new case must name its kind (violation, etle, accident or watch); “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 case must name the station it belongs to (station_code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new %1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist: the %2 change has nothing to apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on case %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispatch applies to incidents only, not to case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 change on case %2 has a field “%3” that a %4 case does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 has no readable content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 is %3 bytes; a case takes files of up to %4 bytes (2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 does not match its SHA-256 %3 (its bytes hash to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 says it is %3 bytes, but it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be submitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction of case %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article of the catalogue takes create and set changes only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new article must name its code, e.g. 287(1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an article code: write the pasal, then the ayat in brackets and the huruf, e.g. 287(1) or 106(4)a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of article %1 is filed under the record of another article (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of article %1 has an unknown field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of article %2 must be a whole number of at least 0; “%3” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of article %2 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is read with “%2”, which is not an article code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether article %1 is retired must be true or false; “%2” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new article %1 needs its offence text in Bahasa Indonesia (text_id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseDetailWidget</name>
    <message>
        <source>New violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ETLE capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New watch-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case shown.
Choose one in the list, or start a new one from the Case menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the changed fields as a new version, with the reason (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submitted case is never overwritten: a correction is a new version with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the ticket to be voided; a supervisor other than you decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auditor reads cases; this account cannot create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(numbering…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to the driver %1 (NIK %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code &lt;b&gt;%1&lt;/b&gt; · fine %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check digit wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1 on %2, bank reference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested by &lt;b&gt;%1&lt;/b&gt; on %2 — reason: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: requested by &lt;b&gt;%1&lt;/b&gt; (“%2”), approved by &lt;b&gt;%3&lt;/b&gt; on %4 (“%5”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting version %1 — reason: “%2”. Change the fields that are wrong, then save the correction as version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the corrections to the capture (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the draft; it can still be changed (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the capture (Ctrl+Enter): the ticket goes ahead and the capture becomes version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter): the case goes on record; after that only a correction with a reason changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auditor reads cases and changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article charged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles as they were charged, with the text and fine of the catalogue version of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity under UU 22/2009 Pasal 229: %1 (MD %2 · LB %3 · LR %4 · material loss %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles confirmed by the investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these before saving the correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these before submitting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the case is as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture verified: the ticket goes ahead, on record as version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: the case is on record as version 1; from now on only a correction with a reason changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the correction of %1? Nothing of it has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in %1? It has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submitted case is never overwritten: the correction becomes version %1, kept beside the earlier ones with its reason. Why does the record need correcting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. plate misread: the photo shows B 1234 XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the fields that are wrong, then save the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: change the fields that are wrong, or cancel the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject capture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture will not become a ticket. Why is it rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. plate unreadable, emergency vehicle, camera fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identified — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered owner of %1, as the registration records show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 to the driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner named the person who was driving; the ticket goes to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment code: %1 is not an ETLE ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the payment code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1? It stays on record and can still be corrected, but takes no further step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the STNK block for %1? The registration stays blocked until the fine is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request void of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void cancels the ticket; it stays on record. A supervisor other than you approves or refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the vehicle was on an emergency run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested: a supervisor other than you decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve void of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse void of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for the void: “%2”. Your decision is recorded with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void approved: the case is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the capture image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; a case takes files of up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the last change to be saved, then attach %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has not reached this desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · SHA-256 %3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseForm</name>
    <message>
        <source>Offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STNK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver (when the owner names another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity and articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police report (LP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B 1234 XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jakarta time (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. -6.1754, 106.8272</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the Polres —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No victim: damage only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasal 229</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD %1 · LB %2 · LR %3 · loss %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: not classified yet — no victim and no damage recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to confirm the article for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article to suggest yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates are written as latitude, longitude, e.g. -6.1754, 106.8272.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station the case belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseListModel</name>
    <message>
        <source>(numbering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · void requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void of this case was requested and waits for a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offender, owner or plate, and the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the charged articles&apos; maximum fines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseListPanel</name>
    <message>
        <source>Search names, NIK, plates, articles, narratives (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match as prefixes; a plate matches however it is typed (&quot;b1234xyz&quot; finds &quot;B 1234 XYZ&quot;). Down goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search, or run or delete a saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer NRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases assigned to this officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases of this station and the stations below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred on or after this day (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred on or before this day (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases whose void waits for a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every kind, state, officer, station and date again (the search text stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n case(s); refine the search to see others</source>
        <translation>
            <numerusform>The newest %n case; refine the search to see others</numerusform>
            <numerusform>The newest %n cases; refine the search to see others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No exact match — showing plates one slip away: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseMenu</name>
    <message>
        <source>Lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case window: search violations, ETLE tickets, accidents and the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new violation (tilang) in the case window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;accident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new accident report, linked to the selected incident when it is an accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;watch-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a stolen vehicle on the watch list of every desk in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprovals (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprovals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids waiting for a second approver: approve or refuse them, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;bank settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay ETLE tickets from the bank&apos;s settlement file; nothing is paid unless every row matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of UU 22/2009 with their fines; supervisors add, edit and retire them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry of this desk&apos;s audit trail was altered, removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-list &amp;alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-list &amp;alerts (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every watch-listed plate seen since this desk started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CasePromptDialog</name>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseReader</name>
    <message>
        <source>The store has schema version %1; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseTimelineView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the case&apos;s timeline and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are kept for good; they cannot be edited or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseVersionsView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version yet: the case is a draft until it is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from v%1 to v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1: the record as first submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CaseWindow</name>
    <message>
        <source>The case shown was refused by the regional server and is gone from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases — Lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write up a traffic violation (tilang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;ETLE capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;watch-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a stolen or wanted vehicle on the region&apos;s watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 could not be read from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a stored case to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 printed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::CertificateDialog</name>
    <message>
        <source>Confirm the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk cannot confirm that %1 is your regional server: its certificate is not signed by a certificate authority the desk knows. Its SHA-256 fingerprint is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the server administrator gives you, pair by pair. Trust the server only if they are the same; otherwise choose Cancel and tell the administrator. The desk keeps working on its own either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ChartAdapter</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::DashboardWindow</name>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from report to first arrival; incidents with an arrival: %1. Dashed: each priority&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days: %1 accidents; died (MD) %2, seriously hurt (LB) %3, slightly hurt (LR) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected at verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (computed in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response P1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::DecisionReasonDialog</name>
    <message>
        <source>The reason, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is kept with the case and in the audit log; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::Desk</name>
    <message>
        <source>Replace the store with the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store %1 with a fresh demo store? Everything in it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2
Run Lintas on a desktop to move the damaged file aside, or start with --store pointing at another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lintas cannot open the store %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged store was moved to %1; this is a fresh store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged file aside and start on a fresh store? The damaged file stays in %1 with &quot;damaged&quot; and the time in its name, for recovery. Choose No to quit without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk was not in step with the regional server after %1 s; the screenshot shows it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map or the recommendations were still loading; the screenshot shows it so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::DeskSync</name>
    <message>
        <source>The server address “%1” is not HOST:PORT (for example 10.20.0.5:7443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint “%1” is not a SHA-256 fingerprint (32 pairs of hex digits, AB:CD:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name and password to log in to %1: give --user NAME and --password-file FILE (or set LINTAS_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s log did not verify at entry %1 (%2). Nothing of it was applied; the desk tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional server %1 refused the login of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a certificate this desk does not trust. Its SHA-256 fingerprint is %2. Compare it with the one the server administrator gives, then start with --fingerprint %2 (or --ca with the agency CA file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::DispatchCoordinator</name>
    <message>
        <source>There is no road network to route on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::DispatchText</name>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 min old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already dispatched elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not suited to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no road route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>farther by road than the nearest units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::DrillDownDialog</name>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 records. Enter opens the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n record. Enter opens it.</numerusform>
            <numerusform>%n records. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::DrillRecordModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::EidoImport</name>
    <message numerus="yes">
        <source>%n incident(s) imported</source>
        <translation>
            <numerusform>%n incident imported</numerusform>
            <numerusform>%n incidents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n note(s) added</source>
        <translation>
            <numerusform>, %n note added</numerusform>
            <numerusform>, %n notes added</numerusform>
        </translation>
    </message>
    <message>
        <source>; already present: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::EidoReader</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a zone (RFC 3339)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gml:pos &apos;%1&apos; is not &quot;latitude longitude&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PIDF-LO XML document (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version this program reads (1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident type this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (reported, dispatched, en_route, on_scene, cleared, closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (Pending, Active, Closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a priority 1…4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority P1…P4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 0 and lanesTotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no locationComponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a station this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no EIDO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIDO %1: %2 is not an EIDO object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIDO %1 (without $id): $id: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIDO %1 (%2): %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ExchangeMenu</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export incidents as EIDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIDO JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import EIDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIDO JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road alert (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open incident to announce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export road alert (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP 1.2 alert (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident was reported in that period and station; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1 as NENA EIDO.</source>
        <translation>
            <numerusform>%n incident written to %1 as NENA EIDO.</numerusform>
            <numerusform>%n incidents written to %1 as NENA EIDO.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: every incident and note in the file is already present (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The road alert for %1 was written to %2 (CAP 1.2, Indonesian and English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1.</source>
        <translation>
            <numerusform>%n incident written to %1.</numerusform>
            <numerusform>%n incidents written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data e&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export incidents as &amp;EIDO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected incident or a period&apos;s incidents, with units and timeline, as NENA EIDO JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import EIDO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and notes from a NENA EIDO JSON file; a file with any error imports nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export road &amp;alert (CAP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A road closure or hazard as an OASIS CAP 1.2 alert in Indonesian and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export i&amp;ncidents (GeoJSON / CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period&apos;s incidents for a map or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;cases (GeoJSON / CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period&apos;s cases (violations, ETLE tickets, accidents) for a map or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ExchangeScopeDialog</name>
    <message>
        <source>The selected incident (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every incident reported in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (WIB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (WIB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (map layers, GIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ForecastController</name>
    <message>
        <source>Hotspot forecast off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No incidents in the last %n day(s) to learn a forecast from</source>
        <translation>
            <numerusform>No incidents in the last day to learn a forecast from</numerusform>
            <numerusform>No incidents in the last %n days to learn a forecast from</numerusform>
        </translation>
    </message>
    <message>
        <source>No available unit with a known position to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot forecast · now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot forecast · next 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) placed cover %1% of the expected incidents in this hour</source>
        <translation>
            <numerusform>%n unit placed covers %1% of the expected incidents in this hour</numerusform>
            <numerusform>%n units placed cover %1% of the expected incidents in this hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) placed cover %1% of the expected incidents in the next 3 hours</source>
        <translation>
            <numerusform>%n unit placed covers %1% of the expected incidents in the next 3 hours</numerusform>
            <numerusform>%n units placed cover %1% of the expected incidents in the next 3 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotspot &amp;forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the hotspot forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected incidents in the current hour, per cell of about 250 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected incidents in the next three hours, per cell of about 250 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle forecast view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, now, next 3 hours, off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show suggested &amp;placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the available units should stand to cover the highest-risk cells within their travel time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::HeatLayer</name>
    <message>
        <source>Expected incidents per cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::IncidentChooserDialog</name>
    <message>
        <source>Road alert (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which closure or hazard should the alert announce?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::IncidentDetailWidget</name>
    <message>
        <source>No incident selected.
Choose one in the incident queue (F2) or take a new call (N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dispatch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the timeline and press Enter (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the incident&apos;s timeline (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(numbering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD %1 · LB %2 · LR %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit dispatched yet (D dispatches one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes cleared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last unit left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the report is confirmed (by a caller, a camera or a unit on scene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::IncidentIntakeDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type (press its key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark, road name or coordinates such as -6.1754, 106.8272</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Polres that handles the incident; the nearest one is chosen from the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0812…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MD (died)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;B (seriously hurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;R (slightly hurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a landmark, a road name or coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the gazetteer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the gazetteer; the incident is saved without a map position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of incident first (press its key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location needs correcting before the incident can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station that handles the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the incident you are typing? Nothing has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest street, from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District, from the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::IncidentQueueModel</name>
    <message>
        <source>(numbering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported %1; the clocks stopped when it was cleared at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unit dispatched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit dispatched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unit on scene %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit on scene yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the report (minutes:seconds); amber near a limit, red past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the first unit was dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the first unit arrived on scene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::LaneImpactEditor</name>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lanes recorded. Add a direction of the road to record which lanes are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a direction of the road (for example “arah Semanggi”) with its lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unsaved lane changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the lane impact on the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction, e.g. arah Semanggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rightmost lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lanes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n lane(s) clear</source>
        <translation>
            <numerusform>%n lane clear</numerusform>
            <numerusform>All %n lanes clear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lane(s) blocked</source>
        <translation>
            <numerusform>%1 of %n lane blocked</numerusform>
            <numerusform>%1 of %n lanes blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lane(s) affected</source>
        <translation>
            <numerusform>%1 of %n lane affected</numerusform>
            <numerusform>%1 of %n lanes affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lane(s) blocked, %2 affected</source>
        <translation>
            <numerusform>%1 of %n lane blocked, %2 affected</numerusform>
            <numerusform>%1 of %n lanes blocked, %2 affected</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction %1, lane %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lane %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click or Space: clear → affected → blocked; C, A, B set it; Left and Right move between lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::LoginDialog</name>
    <message>
        <source>Log in to the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the regional server %1 to share this desk&apos;s incidents and see the units live. Until then the desk works on its own and keeps every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa / &amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::MainWindow</name>
    <message>
        <source>Lintas — Traffic command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status (on the unit board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search open incidents: number, type, road, landmark (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new call: open the incident intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected incident as cleared and free the units on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected incident (cleared, or a false report); it leaves the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected incident&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to incident &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;unit board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the selected unit to the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected unit to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme for daytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark (night)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme for the night shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident queue panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the incident queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit board panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the unit board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident in the queue first (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit can be dispatched now: every unit is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispatched to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit on the unit board first (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 without dispatching a unit (a false or duplicate report)? It leaves the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1? It leaves the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form: cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lintas %1&lt;/b&gt;&lt;br&gt;Traffic police command center.&lt;br&gt;Map data © OpenStreetMap contributors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place called “%1” on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map package is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a place on the map: road or landmark (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a road or landmark, such as “Sudirman” or “Monas”, and press Enter to move the map there (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard on the map: arrows pan, + and − zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find place on the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a road or landmark and move the map there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kecamatan boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the kecamatan boundaries on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open map package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another map package (*.lintasmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident detail panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the incident detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”: no unit can be dispatched to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot be dispatched now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Lintas with --map FILE to use a map package (*.lintasmap), or open one with File ▸ Open map package (%1). Incidents and units keep working without the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map package found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place to look for a map package was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lintas looked for a map package in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open map package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map packages (*.lintasmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map package %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import map data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a map package from OpenStreetMap, Shapefile or GeoJSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That incident is not on record at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the changes the regional server did not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the highlighted recommended unit (the top one) to the selected incident; from the unit board, the unit selected there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch &amp;another unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any unit to send to the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon each priority must have a unit dispatched and on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;recommended units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard on the recommended units: arrows choose, Enter dispatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended units panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the recommended units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every keyboard shortcut over the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot be dispatched now; choose another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form: the incident type (K accident, M congestion, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form: the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form: take the place offered for the typed location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended units: highlight another unit, dispatch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit board: set the status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows, + −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: pan and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases, view and program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::MapImportDialog</name>
    <message>
        <source>Import map data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data: OpenStreetMap (.osm.pbf, .osm), Shapefile or GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a .shp, .geojson or .osm.pbf with kecamatan boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a district file, the kecamatan boundaries (admin_level 6) of the OpenStreetMap data are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landmarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: CSV with name, kind, latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name, if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new map package (*.lintasmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new map package on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package is being written and cannot be cancelled now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add map data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2 *.shp *.geojson *.json);;OpenStreetMap (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District boundaries (*.shp *.geojson *.json *.osm.pbf *.pbf *.osm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmarks (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map packages (*.lintasmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one file with roads: OpenStreetMap (.osm.pbf, .osm), Shapefile or GeoJSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown map data format (expected .osm.pbf, .osm, .shp, .geojson or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the map package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package would replace one of its own input files; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new map package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package is being written; this last step cannot be cancelled. The dialog can be closed when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the map package. This last step cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::MapImportJob</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown map data format (expected .osm.pbf, .osm, .shp, .geojson or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown boundary format (expected .shp, .geojson, .json or .osm.pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map data holds no roads; a map package needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the routing graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing places for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (roads: %2, places: %3, districts: %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::MapView</name>
    <message>
        <source>No map package is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 · %5&lt;br&gt;%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n incident&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n incidents&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unit(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n unit&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n units&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre map here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R2</source>
        <comment>unit kind on a map marker: motorcycle patrol</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R4</source>
        <comment>unit kind on a map marker: car patrol</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJR</source>
        <comment>unit kind on a map marker: highway patrol</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <comment>unit kind on a map marker: tow truck (derek)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>unit kind on a map marker: ambulance</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::NeedsAttentionModel</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server rejected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is outside your area of command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may only read, not change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: status from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dispatch of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>road %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes blocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callsign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: correction %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attachment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: void requested, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: void approved, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: void refused, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article in the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: retired from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: catalogue entry changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::NeedsAttentionPanel</name>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the incident this change was about (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention: the regional server accepted every change made at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional server did not accept these changes, so they are not in the records. Make them again if they are still needed, or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::OfflineAreaDialog</name>
    <message>
        <source>Download offline area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the map tiles of the area now on screen from %1, so the map shows them without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1° to %2° south–north, %3° to %4° west–east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the tile cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into an MBTiles file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tile(s), about %1.</source>
        <translation>
            <numerusform>%Ln tile, about %1.</numerusform>
            <numerusform>%Ln tiles, about %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than one download may take (%L1 tiles): choose a smaller area or fewer zoom levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is larger than the tile cache (%1): older tiles would be dropped. Save it into an MBTiles file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the offline area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Download %Ln tile(s) (about %1) from %2?</source>
        <translation>
            <numerusform>Download %Ln tile (about %1) from %2?</numerusform>
            <numerusform>Download %Ln tiles (about %1) from %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 tiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::OverdueToast</name>
    <message>
        <source>Show incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::OverrideReasonDialog</name>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2 instead of the recommended %3? Say why in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1 is stuck in traffic; %2 knows the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is kept in the incident&apos;s timeline and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::PartyTable</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::PendingVoidModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::PlacementLayer</name>
    <message>
        <source>%1 → %2 min by road, covers %3 expected incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::RecommendationModel</name>
    <message>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot be dispatched now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA by road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::RecommendationPanel</name>
    <message>
        <source>D sends the highlighted unit · F6 then ↑ ↓ picks another, Enter sends it · Shift+D: any unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended units for %1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident takes no more units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see which units to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the nearest units by road…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit can be sent now: every unit is busy, on scene or out of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By road travel time from live positions, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose a unit yourself: Enter, or Shift+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ReportScheduler</name>
    <message>
        <source>Yesterday&apos;s daily report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday&apos;s daily report is ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ReportSettingsDialog</name>
    <message>
        <source>Choose the folder the reports are written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the automatic reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at the hour below, the desk writes the previous day&apos;s report of its Polda as PDF (Bahasa Indonesia and English) and CSV into the folder. Files already there are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ReportVerifyDialog</name>
    <message>
        <source>Signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file against the sign-offs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes match no sign-off: the file was changed after signing, or never signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: report %1, signed off by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 (%2), file %3: signed off by %4 on %5 at desk %6 (audit entry %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was tampered with, so this verdict cannot be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report PDF. Its SHA-256 is compared with the sign-offs in the audit trail: a file that was signed and not changed since matches exactly one, with who signed it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ReportWindow</name>
    <message>
        <source>Choose an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — built %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF, record its SHA-256 in the audit trail as signed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can sign a report off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the report: the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing off %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 at %2 WIB — SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report (Anev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ResponseWatch</name>
    <message numerus="yes">
        <source>%n incident(s) overdue</source>
        <translation>
            <numerusform>%n incident overdue</numerusform>
            <numerusform>%n incidents overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident close to its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) close to their limits</source>
        <translation>
            <numerusform>%n incident close to its limit</numerusform>
            <numerusform>%n incidents close to their limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::SettlementImportDialog</name>
    <message>
        <source>Bank settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account may not record payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bank settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the settlement file (CSV) the bank sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and matching the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). All %n row(s) match: %1 total.</source>
        <translation>
            <numerusform>%n row. It matches: %1 total.</numerusform>
            <numerusform>%n rows. All %n rows match: %1 total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were paid.</source>
        <translation>
            <numerusform>%n ticket was paid.</numerusform>
            <numerusform>%n tickets were paid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Every row must match before anything is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n payment(s)</source>
        <translation>
            <numerusform>&amp;Import %n payment</numerusform>
            <numerusform>&amp;Import %n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or F1 closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::Store</name>
    <message>
        <source>The store %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be written: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the store cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Lintas store: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Lintas (schema version %2; this program knows versions up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Lintas store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: the integrity check could not run (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: the integrity check found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL journal refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 change lacks its id, its record or its clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can only be added to incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispatch must name an incident and a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 change on %2 has an unknown field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority must be P1 to P4; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 cannot be dispatched without an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: it holds %2 bytes where its pages need %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move of unit %1 names an unknown source “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move of unit %1 has a distance that is not a length in metres (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching %1 to %2 instead of the recommended %3: the override of the recommended unit needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lanes of incident %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is not one this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response thresholds take create and set changes only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of the response thresholds has an unknown field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response thresholds must name the Polda they apply to (station_code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response thresholds cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 change applies to cases only, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report sign-off names no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off of report %1 carries a SHA-256 of %2 bytes; it must be 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off of report %1 names no supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off names the report &quot;%1&quot;; a report id has no spaces and no &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off of report %1 gives the language &quot;%2&quot;; a language code has no spaces and no &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::StoreReader</name>
    <message>
        <source>The store has schema version %1; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change to %1 not applied: the incident was %2 (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 arrived on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 left the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 dispatched instead of the recommended %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 dispatched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 dispatched as recommended, ETA %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 dispatched as recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 dispatched, ETA %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 arrived on scene (position %2 m from the incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last unit left the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 blocked, %3 affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::StoreService</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::SupervisionMenu</name>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live charts of incidents, response times, units, accidents and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;report (Anev)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily report of a Polda or Polres: preview, PDF, CSV and sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a signed report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a report PDF against the sign-offs in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::SyncIndicator</name>
    <message>
        <source>Changes the regional server did not accept: open the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::SyncStatusText</name>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a regional server: every change is kept on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 change(s) waiting · never synced</source>
        <translation>
            <numerusform>Offline — %1 change waiting · never synced</numerusform>
            <numerusform>Offline — %1 changes waiting · never synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 change(s) waiting · last sync %2</source>
        <translation>
            <numerusform>Offline — %1 change waiting · last sync %2</numerusform>
            <numerusform>Offline — %1 changes waiting · last sync %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline · never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the regional server%1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the region&apos;s changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the regional server; changes are kept on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not confirmed: this desk does not connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not logged in to the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional server refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the regional server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the regional server is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in step with the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) need attention</source>
        <translation>
            <numerusform>%1 change needs attention</numerusform>
            <numerusform>%1 changes need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>The regional server&apos;s certificate was not confirmed, so this desk does not connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not logged in to the regional server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional server refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working: changes are kept on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can keep working: %1 change(s) are kept on this desk and will be sent once it is connected.</source>
        <translation>
            <numerusform>You can keep working: %1 change is kept on this desk and will be sent once it is connected.</numerusform>
            <numerusform>You can keep working: %1 changes are kept on this desk and will be sent once it is connected.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the regional server. You can keep working: changes are kept on this desk and will be sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No connection to the regional server. You can keep working: %1 change(s) are kept on this desk and will be sent automatically.</source>
        <translation>
            <numerusform>No connection to the regional server. You can keep working: %1 change is kept on this desk and will be sent automatically.</numerusform>
            <numerusform>No connection to the regional server. You can keep working: %1 changes are kept on this desk and will be sent automatically.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server administrator gives before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::ThresholdsDialog</name>
    <message>
        <source>Response limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response limits (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon each priority must have a unit dispatched and a unit on scene, both counted from the report. They apply to every desk of the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon each priority must have a unit dispatched and a unit on scene, both counted from the report. Only a supervisor can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On scene within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;amber after this share of a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispatched within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on scene within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min is shorter than %3 (%4 min); a unit cannot be on scene before one is dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::TileAreaDownload</name>
    <message>
        <source>A download is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area to download is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zoom range %1 to %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area holds %L1 tiles, more than the %L2 one download may take. Choose a smaller area or fewer zoom levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tile cache to download into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tile of the area was already held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server did not answer %1 requests in a row; the download stopped. Check the server address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded the area; %L1 tiles could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded the area: %L1 tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::TileMenu</name>
    <message>
        <source>&amp;Raster tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;tile file (MBTiles)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;offline area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No raster tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the area on screen from the configured tile server into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles *.lintasmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile file %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s XYZ tile server, with {z}, {x} and {y} in the address
(for example https://tiles.polda.example/{z}/{x}/{y}.png):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tile server address cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public tile server: it may be used for browsing only. Offline areas are never downloaded from it; use the agency&apos;s own tile server for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raster tiles from an MBTiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raster tiles from the agency&apos;s own tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vector map only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::TileSource</name>
    <message>
        <source>No tile source is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tile file is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server address must start with https:// or http:// and name a host, like https://tiles.example.org/{z}/{x}/{y}.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server address needs the placeholders {z}, {x} and {y}, like https://tiles.example.org/{z}/{x}/{y}.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline areas are downloaded from a tile server; set the agency&apos;s tile server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public tile server. Its tile usage policy allows ordinary map browsing but forbids bulk and offline downloads, which take capacity from everyone else. Download offline areas only from the agency&apos;s own tile server, or open an MBTiles file prepared for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::UnitBoardModel</name>
    <message>
        <source>In this status since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position known for this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last position %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::UnitPickerDialog</name>
    <message>
        <source>Dispatch a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a unit to %1 (%2). Nearest first (straight-line distance, not a travel time); Enter dispatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a unit to %1 (%2). In the order of the road ranking, with travel times by road; Enter dispatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::WatchAlertCard</name>
    <message numerus="yes">
        <source>%n more alert(s) waiting</source>
        <translation>
            <numerusform>%n more alert waiting</numerusform>
            <numerusform>%n more alerts waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATCH LIST ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this alert away; it stays in Cases ▸ Watch-list alerts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::WatchAlertListDialog</name>
    <message>
        <source>Watch-list alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watch-listed plate has been seen since this desk started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-listed plates seen since this desk started, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics</name>
    <message>
        <source>Incidents per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETLE funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s same hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-time density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last week&apos;s same hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the all-time density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell size must be positive, not %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one week must train, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area fractions to evaluate at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area fraction must lie between 0 and 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history holds no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events spread over too large an area for cells of %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history covers %1 days; the evaluation needs at least %2 weeks (%3 to train, one to forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event of the forecast weeks lies inside the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: expected a header naming the columns time, latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no header: the first line must name the columns time, latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (ISO 8601 such as 2024-03-12T10:30:00+07:00, or Unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a latitude (-90 to 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a longitude (-180 to 180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the incidents of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the accident cases of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DailyReportBuilder</name>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has schema version %2; this program reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report to build into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report scope &quot;%1&quot; is not a Polda or Polres of the station directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period is empty: it must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DashboardDrill</name>
    <message>
        <source>The dashboard chart &quot;%1&quot; has no bar, slice or point &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response times chart has no bin %1; bins run from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DashboardQuery</name>
    <message>
        <source>The dashboard filter names station &apos;%1&apos;, which is not in the station directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has schema version %2; the dashboard reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DispatchAdvisor</name>
    <message>
        <source>Cannot open the map %1 for routing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map %1 has no road network to route on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map with a road network is loaded: travel times by road are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 has no location to route to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 at %2, %3 is more than %4 m from any road on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics::EvaluationResult</name>
    <message>
        <source>Hotspot forecast evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  History: %1 events; the first %2 weeks train, %3 weeks are forecast hour by hour (%4 hours, %5 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Area: %1 cells of %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PAI %2 against %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: the forecast beats both baselines (%1) at %2 of the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: the forecast does NOT beat %1 on this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nor </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does beat %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::analytics::OperationCalendar</name>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both names, in Bahasa Indonesia and in English, are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start &quot;%1&quot; is not a date and time with an offset (2026-03-13T00:00:00+07:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end &quot;%1&quot; is not a date and time with an offset (2026-03-27T00:00:00+07:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end is not after the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::attachmentfiles</name>
    <message>
        <source>The store %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk does not hold the file %1 (it has not arrived from the server yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; a case takes files of up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is over %2; a case takes files of up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::casedetail</name>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motorcycle (R2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car (R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket (tilang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (teguran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence (SIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration (STNK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD — died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB — seriously hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR — slightly hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to driver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue payment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request STNK block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture shows a violation: the ticket goes ahead (the capture becomes version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture shows no violation or cannot be used; give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the registered owner found for the plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The confirmation notice went to the owner; the %n-day confirmation period starts now</source>
        <translation>
            <numerusform>The confirmation notice went to the owner; the %n-day confirmation period starts now</numerusform>
            <numerusform>The confirmation notice went to the owner; the %n-day confirmation period starts now</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner confirmed they were driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner named the actual driver; the ticket goes to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the bank virtual-account code the fine is paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the vehicle&apos;s registration (STNK) to be blocked until the fine is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle was recovered or the report withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case; it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1 — reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void approved — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void refused — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmation overdue by %n day(s)</source>
        <translation>
            <numerusform>Confirmation overdue by %n day</numerusform>
            <numerusform>Confirmation overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation due %1 — last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmation due %1 — %n day(s) left</source>
        <translation>
            <numerusform>Confirmation due %1 — %n day left</numerusform>
            <numerusform>Confirmation due %1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 WIB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::dashboardcharts</name>
    <message>
        <source>Art. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per hour today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by sector (Polres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (report to first arrival)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median and p90 against the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by status over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents and victims, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations by article (top 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETLE funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to first arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same weekday, 8-week average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETLE cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents today, %1:00–%1:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time %1 min, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::geo::MBTiles</name>
    <message>
        <source>The tile file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the tile file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the tile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no metadata table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the tile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::geo::MapPackage</name>
    <message>
        <source>The map package %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the map package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lintas map package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lintas map package (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package %1 was made by a newer version of Lintas (map format %2; this version reads up to %3). Update Lintas or rebuild the package with this version&apos;s lintas-mapkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map package is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the road graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The road graph in %1 is damaged (node ids are not consecutive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The road graph in %1 is damaged (an edge names a missing node).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::geo::MapPackageBuilder</name>
    <message>
        <source>There are no roads to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the map package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished package to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::geo::RoutingNetwork</name>
    <message>
        <source>The map package %1 has no routable roads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::geo::TravelSpeeds</name>
    <message>
        <source>%1, line %2: [%3] %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2] has no value for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the travel speeds %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a section header must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: unknown section [%3] (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = value&quot; or a [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a value before the first [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: [%3] %4 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenStreetMap road class (motorway, primary, residential, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a road vehicles drive on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive speed in km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an hour of the day (0 to 23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share of free flow (more than 0, at most 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive factor (at most 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of hours such as 6-9 (from 06:00 to 09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no peak hour is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a road class vehicles drive on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the corridor table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no corridor of this name in the corridor table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corridor name (nama_jalan) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speed (kecepatan) &apos;%1&apos; of %2 is not a speed in km/h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lintas::sync::SyncSession</name>
    <message>
        <source>Cannot reach %1:%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1:%2 failed — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1:%2 was lost — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3). Its SHA-256 fingerprint is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unencrypted connection to %1 is refused: without TLS only a loopback address (127.0.0.1, ::1, localhost) may be used — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1:%2 cannot be set up — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent a WELCOME that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent changes that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s change log does not verify at entry %1: %2. Nothing of that batch was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes received from %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 speaks another version of the sync protocol; this program needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%2” is locked on %1 after repeated failed logins; try again later or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%2” is disabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 has expired; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow entry %1, the last one this desk holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has no sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 follows entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hash does not match its content and the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it differs from the entry %1 this desk holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lintas, the traffic police command center desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on a fresh deterministic demo store (Jakarta).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site id of this desk (default: kept in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG of the main window once loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a display and write a screenshot (implied when there is no display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map package to show (*.lintasmap; default: the Jakarta map that comes with Lintas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the regional server at this address (remembered; without one the desk works on its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the regional server&apos;s certificate when the agency CA in this PEM file signed it (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the regional server&apos;s certificate with this SHA-256 fingerprint (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB:CD:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync without TLS, with a server on this machine only (for developers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the regional server as this user (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (or set LINTAS_PASSWORD); never remembered. Without one the desk asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
