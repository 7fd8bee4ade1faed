<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Accidents</name>
    <message>
        <source>Driver: speeding</source>
        <translation>Pengemudi: melebihi batas kecepatan</translation>
    </message>
    <message>
        <source>Driver: drowsy or tired</source>
        <translation>Pengemudi: mengantuk atau lelah</translation>
    </message>
    <message>
        <source>Driver: alcohol or drugs</source>
        <translation>Pengemudi: pengaruh alkohol atau narkoba</translation>
    </message>
    <message>
        <source>Driver: using a phone</source>
        <translation>Pengemudi: menggunakan ponsel</translation>
    </message>
    <message>
        <source>Driver: broke a traffic rule</source>
        <translation>Pengemudi: melanggar aturan lalu lintas</translation>
    </message>
    <message>
        <source>Vehicle: brake failure</source>
        <translation>Kendaraan: rem blong</translation>
    </message>
    <message>
        <source>Vehicle: tyre failure</source>
        <translation>Kendaraan: ban pecah</translation>
    </message>
    <message>
        <source>Vehicle: faulty lights</source>
        <translation>Kendaraan: lampu tidak berfungsi</translation>
    </message>
    <message>
        <source>Road: damaged surface</source>
        <translation>Jalan: permukaan jalan rusak</translation>
    </message>
    <message>
        <source>Road: missing signs or markings</source>
        <translation>Jalan: rambu atau marka tidak ada</translation>
    </message>
    <message>
        <source>Road: poor lighting</source>
        <translation>Jalan: penerangan jalan kurang</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Cuaca</translation>
    </message>
    <message>
        <source>Single vehicle</source>
        <translation>Tunggal</translation>
    </message>
    <message>
        <source>Head-on</source>
        <translation>Depan-depan</translation>
    </message>
    <message>
        <source>Rear-end</source>
        <translation>Depan-belakang</translation>
    </message>
    <message>
        <source>Side impact</source>
        <translation>Depan-samping</translation>
    </message>
    <message>
        <source>Chain collision</source>
        <translation>Beruntun</translation>
    </message>
    <message>
        <source>Pedestrian hit</source>
        <translation>Menabrak pejalan kaki</translation>
    </message>
    <message>
        <source>Hit-and-run</source>
        <translation>Tabrak lari</translation>
    </message>
    <message>
        <source>Animal</source>
        <translation>Menabrak hewan</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Belum digolongkan</translation>
    </message>
    <message>
        <source>Light (ringan)</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <source>Moderate (sedang)</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Severe (berat)</source>
        <translation>Berat</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Entry %1 was altered: its seq column says %2.</source>
        <translation>Entri %1 telah diubah: kolom seq-nya bertuliskan %2.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: it was found after entry %2.</source>
        <translation>Urutan entri %1 tidak sesuai: entri ini ditemukan setelah entri %2.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: it appears a second time, after entry %2.</source>
        <translation>Entri %1 telah diubah: entri ini muncul untuk kedua kalinya, setelah entri %2.</translation>
    </message>
    <message>
        <source>Entry 1 was removed: the trail starts at entry %1.</source>
        <translation>Entri 1 telah dihapus: jejak audit dimulai dari entri %1.</translation>
    </message>
    <message>
        <source>Entry %1 was removed: the trail goes from entry %2 to entry %3.</source>
        <translation>Entri %1 telah dihapus: jejak audit melompat dari entri %2 ke entri %3.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed: the trail goes from entry %3 to entry %4.</source>
        <translation>Entri %1 sampai %2 telah dihapus: jejak audit melompat dari entri %3 ke entri %4.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its body is not a valid audit entry.</source>
        <translation>Entri %1 telah diubah: isinya bukan entri audit yang sah.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its body is numbered %2.</source>
        <translation>Entri %1 telah diubah: isinya bernomor %2.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash does not match.</source>
        <translation>Entri %1 telah diubah: hash-nya tidak cocok.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were removed: the trail is empty, but its head is entry %1.</source>
        <translation>Entri 1 sampai %1 telah dihapus: jejak audit kosong, padahal ujungnya tercatat pada entri %1.</translation>
    </message>
    <message>
        <source>Entry %1 was removed: the trail ends at entry %2, but its head is entry %1.</source>
        <translation>Entri %1 telah dihapus: jejak audit berakhir di entri %2, padahal ujungnya tercatat pada entri %1.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed: the trail ends at entry %3, but its head is entry %2.</source>
        <translation>Entri %1 sampai %2 telah dihapus: jejak audit berakhir di entri %3, padahal ujungnya tercatat pada entri %2.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: the trail&apos;s head is entry %2, so nothing can follow it.</source>
        <translation>Entri %1 telah diubah: ujung jejak audit tercatat pada entri %2, jadi tidak boleh ada entri sesudahnya.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash is not the one the trail&apos;s head recorded.</source>
        <translation>Entri %1 telah diubah: hash-nya tidak sama dengan yang tercatat di ujung jejak audit.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries verified.</source>
        <translation>
            <numerusform>Jejak audit utuh: %n entri terverifikasi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFold</name>
    <message>
        <source>Case %1: the %2 change came before the case was created</source>
        <translation>Perkara %1: perubahan %2 datang sebelum perkara dibuat</translation>
    </message>
    <message>
        <source>Case %1: a %2 change does not apply to cases</source>
        <translation>Perkara %1: perubahan %2 tidak berlaku untuk perkara</translation>
    </message>
    <message>
        <source>Case %1 was already created; a second create change is ignored</source>
        <translation>Perkara %1 sudah dibuat; perubahan create yang kedua diabaikan</translation>
    </message>
    <message>
        <source>Case %1: the create change names an unknown kind &apos;%2&apos;</source>
        <translation>Perkara %1: perubahan create menyebut jenis &apos;%2&apos; yang tidak dikenal</translation>
    </message>
    <message>
        <source>Case %1 is %2: its record can no longer be edited (set); a correction is a revision with a reason</source>
        <translation>Perkara %1 berstatus %2: datanya tidak dapat diubah lagi (set); koreksi dibuat sebagai revisi dengan alasan</translation>
    </message>
    <message>
        <source>Case %1: the transition from &apos;%2&apos; to &apos;%3&apos; names an unknown state</source>
        <translation>Perkara %1: perpindahan dari &apos;%2&apos; ke &apos;%3&apos; menyebut status yang tidak dikenal</translation>
    </message>
    <message>
        <source>Case %1: the transition from %2 to %3 was made on a case that is now %4</source>
        <translation>Perkara %1: perpindahan dari %2 ke %3 dilakukan pada perkara yang kini berstatus %4</translation>
    </message>
    <message>
        <source>Case %1: a %2 cannot move from %3 to %4</source>
        <translation>Perkara %1: %2 tidak dapat berpindah dari %3 ke %4</translation>
    </message>
    <message>
        <source>Case %1: the transition from %2 to %3 records no data, yet it carries the field &apos;%4&apos;</source>
        <translation>Perkara %1: perpindahan dari %2 ke %3 tidak mencatat data, tetapi membawa isian &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Case %1: the transition from %2 to %3 cannot carry the field &apos;%4&apos;; it records only %5</source>
        <translation>Perkara %1: perpindahan dari %2 ke %3 tidak boleh membawa isian &apos;%4&apos;; perpindahan ini hanya mencatat %5</translation>
    </message>
    <message>
        <source>Case %1: a rejection (transition to %2) needs a reason</source>
        <translation>Perkara %1: penolakan (perpindahan ke %2) memerlukan alasan</translation>
    </message>
    <message>
        <source>Case %1: the STNK cannot be blocked (transition) before the confirmation deadline %2</source>
        <translation>Perkara %1: STNK tidak dapat diblokir (perpindahan) sebelum batas waktu konfirmasi %2</translation>
    </message>
    <message>
        <source>Case %1: the ticket already has payment code %2; once blocked it can only be paid (transition from %3 to %4)</source>
        <translation>Perkara %1: tilang ini sudah memiliki kode pembayaran %2; setelah diblokir, tilang hanya dapat dibayar (perpindahan dari %3 ke %4)</translation>
    </message>
    <message>
        <source>Case %1: identifying the vehicle (transition to %2) needs the owner&apos;s name (owner_name)</source>
        <translation>Perkara %1: identifikasi kendaraan (perpindahan ke %2) memerlukan nama pemilik (owner_name)</translation>
    </message>
    <message>
        <source>Case %1: identifying the vehicle (transition to %2) needs the owner&apos;s valid NIK (owner_nik): %3</source>
        <translation>Perkara %1: identifikasi kendaraan (perpindahan ke %2) memerlukan NIK pemilik yang sah (owner_nik): %3</translation>
    </message>
    <message>
        <source>Case %1: transferring the ticket (transition to %2) needs the driver&apos;s name (driver_name)</source>
        <translation>Perkara %1: pengalihan tilang (perpindahan ke %2) memerlukan nama pengemudi (driver_name)</translation>
    </message>
    <message>
        <source>Case %1: transferring the ticket (transition to %2) needs the driver&apos;s valid NIK (driver_nik): %3</source>
        <translation>Perkara %1: pengalihan tilang (perpindahan ke %2) memerlukan NIK pengemudi yang sah (driver_nik): %3</translation>
    </message>
    <message>
        <source>Case %1: the payment code (payment_code) &apos;%2&apos; of the transition to %3 is not 15 digits with a valid check digit</source>
        <translation>Perkara %1: kode pembayaran (payment_code) &apos;%2&apos; pada perpindahan ke %3 bukan 15 digit dengan digit pemeriksa yang sah</translation>
    </message>
    <message>
        <source>Case %1: no article is charged (charged), so there is no fine to issue a payment code for (transition to %2)</source>
        <translation>Perkara %1: tidak ada pasal yang dikenakan (charged), sehingga tidak ada denda yang dapat diberi kode pembayaran (perpindahan ke %2)</translation>
    </message>
    <message>
        <source>Case %1: the fine (fine) &apos;%2&apos; of the transition to %3 differs from the articles as charged, %4</source>
        <translation>Perkara %1: denda (fine) &apos;%2&apos; pada perpindahan ke %3 berbeda dengan pasal yang dikenakan, yaitu %4</translation>
    </message>
    <message>
        <source>Case %1: the ticket has no payment code, so it cannot be paid (transition from %2 to %3)</source>
        <translation>Perkara %1: tilang ini belum memiliki kode pembayaran, sehingga belum dapat dibayar (perpindahan dari %2 ke %3)</translation>
    </message>
    <message>
        <source>Case %1: the amount paid (paid_amount) &apos;%2&apos; differs from the fine %3 (transition to %4)</source>
        <translation>Perkara %1: jumlah yang dibayar (paid_amount) &apos;%2&apos; berbeda dengan denda %3 (perpindahan ke %4)</translation>
    </message>
    <message>
        <source>Case %1: a payment (transition to %2) needs the bank&apos;s reference (bank_ref)</source>
        <translation>Perkara %1: pembayaran (perpindahan ke %2) memerlukan nomor referensi bank (bank_ref)</translation>
    </message>
    <message>
        <source>Case %1 is still %2: edit it instead of a correction (revise)</source>
        <translation>Perkara %1 masih berstatus %2: ubah langsung datanya, bukan dengan koreksi (revise)</translation>
    </message>
    <message>
        <source>Case %1 is voided: it takes no correction (revise)</source>
        <translation>Perkara %1 sudah dibatalkan: tidak dapat dikoreksi (revise)</translation>
    </message>
    <message>
        <source>Case %1 is %2: a correction (revise) needs a reason</source>
        <translation>Perkara %1 berstatus %2: koreksi (revise) memerlukan alasan</translation>
    </message>
    <message>
        <source>Case %1: the correction (revise) changes no field</source>
        <translation>Perkara %1: koreksi (revise) tidak mengubah isian apa pun</translation>
    </message>
    <message>
        <source>Case %1: the attachment (attach) &apos;%2&apos; has no valid SHA-256 (&apos;%3&apos;)</source>
        <translation>Perkara %1: lampiran (attach) &apos;%2&apos; tidak memiliki SHA-256 yang sah (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>Case %1: a %2 cannot be voided (void_request)</source>
        <translation>Perkara %1: %2 tidak dapat dibatalkan (void_request)</translation>
    </message>
    <message>
        <source>Case %1 is still %2: only a submitted case is voided (void_request)</source>
        <translation>Perkara %1 masih berstatus %2: hanya perkara yang sudah diajukan yang dapat dibatalkan (void_request)</translation>
    </message>
    <message>
        <source>Case %1 is already voided (void_request)</source>
        <translation>Perkara %1 sudah dibatalkan (void_request)</translation>
    </message>
    <message>
        <source>Case %1 is paid: a paid fine is not voided (void_request)</source>
        <translation>Perkara %1 sudah dibayar: denda yang sudah dibayar tidak dapat dibatalkan (void_request)</translation>
    </message>
    <message>
        <source>Case %1 already has a void request waiting for a decision (void_request)</source>
        <translation>Perkara %1 sudah memiliki permohonan pembatalan yang menunggu keputusan (void_request)</translation>
    </message>
    <message>
        <source>Case %1: a void request (void_request) needs a reason</source>
        <translation>Perkara %1: permohonan pembatalan (void_request) memerlukan alasan</translation>
    </message>
    <message>
        <source>Case %1: the void decision (void_decision) answers no pending request (%2)</source>
        <translation>Perkara %1: keputusan pembatalan (void_decision) tidak menjawab permohonan yang sedang menunggu (%2)</translation>
    </message>
    <message>
        <source>Case %1: %2 requested the void and cannot decide it too (void_decision); another supervisor must</source>
        <translation>Perkara %1: %2 yang mengajukan pembatalan sehingga tidak dapat sekaligus memutusnya (void_decision); pengawas lain yang harus memutus</translation>
    </message>
    <message>
        <source>Case %1: approving a void (void_decision) needs a reason</source>
        <translation>Perkara %1: persetujuan pembatalan (void_decision) memerlukan alasan</translation>
    </message>
    <message>
        <source>Case %1: refusing a void (void_decision) needs a reason</source>
        <translation>Perkara %1: penolakan pembatalan (void_decision) memerlukan alasan</translation>
    </message>
    <message>
        <source>Case %1 is paid: the void cannot be approved (void_decision); a paid fine does not vanish</source>
        <translation>Perkara %1 sudah dibayar: pembatalan tidak dapat disetujui (void_decision); denda yang sudah dibayar tidak boleh hilang</translation>
    </message>
    <message>
        <source>The %1 change is not about a case</source>
        <translation>Perubahan %1 tidak menyangkut perkara</translation>
    </message>
    <message>
        <source>The %1 change is about case %2, not case %3</source>
        <translation>Perubahan %1 menyangkut perkara %2, bukan perkara %3</translation>
    </message>
</context>
<context>
    <name>CasePrint</name>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/jam</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status berubah</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Dikoreksi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Dilampirkan</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>Pembatalan diajukan</translation>
    </message>
    <message>
        <source>Void approved</source>
        <translation>Pembatalan disetujui</translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation>Pembatalan ditolak</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — alasan: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision</source>
        <translation>Menunggu keputusan pengawas</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Disetujui oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Refused by %1 on %2</source>
        <translation>Ditolak oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Kepolisian Negara Republik Indonesia — Korlantas</source>
        <translation>Kepolisian Negara Republik Indonesia — Korlantas</translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation>(belum bernomor)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (void requested)</source>
        <translation> (pembatalan diajukan)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>draft, not submitted</source>
        <translation>draf, belum diajukan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Kesatuan</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Charged articles (UU 22/2009)</source>
        <translation>Pasal yang dikenakan (UU 22/2009)</translation>
    </message>
    <message>
        <source>No article charged.</source>
        <translation>Tidak ada pasal yang dikenakan.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Denda maksimal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Severity and articles</source>
        <translation>Golongan kecelakaan dan pasal</translation>
    </message>
    <message>
        <source>Severity (Pasal 229)</source>
        <translation>Golongan kecelakaan (Pasal 229)</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>%1 died, %2 seriously injured, %3 slightly injured</source>
        <translation>%1 meninggal dunia, %2 luka berat, %3 luka ringan</translation>
    </message>
    <message>
        <source>Material loss</source>
        <translation>Kerugian materiel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed by the investigator</source>
        <translation>Dikonfirmasi penyidik</translation>
    </message>
    <message>
        <source>Suggested, not confirmed</source>
        <translation>Disarankan, belum dikonfirmasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pengemudi</translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation>NIK pengemudi</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>first submission</source>
        <translation>pengajuan pertama</translation>
    </message>
    <message>
        <source>Void requests</source>
        <translation>Permohonan pembatalan</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bita</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Perkara %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Berkas PDF %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>it cannot be opened for writing</source>
        <translation>berkas tidak dapat dibuka untuk ditulisi</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>foldernya tidak ada</translation>
    </message>
    <message>
        <source>Printed %1 by %2 — page %3 of %4</source>
        <translation>Dicetak %1 oleh %2 — halaman %3 dari %4</translation>
    </message>
    <message>
        <source>Cannot finish the PDF file %1</source>
        <translation>Berkas PDF %1 tidak dapat diselesaikan</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>%1 WIB</source>
        <translation>%1 WIB</translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>Station</source>
        <translation>Kesatuan</translation>
    </message>
    <message>
        <source>Officer&apos;s NRP</source>
        <translation>NRP petugas</translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation>Nama petugas</translation>
    </message>
    <message>
        <source>Officer&apos;s unit</source>
        <translation>Satuan petugas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Linked incidents</source>
        <translation>Kejadian terkait</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Perkara terkait</translation>
    </message>
    <message>
        <source>Offender&apos;s name</source>
        <translation>Nama pelanggar</translation>
    </message>
    <message>
        <source>Offender&apos;s NIK</source>
        <translation>NIK pelanggar</translation>
    </message>
    <message>
        <source>Offender&apos;s address</source>
        <translation>Alamat pelanggar</translation>
    </message>
    <message>
        <source>SIM number</source>
        <translation>Nomor SIM</translation>
    </message>
    <message>
        <source>SIM class</source>
        <translation>Golongan SIM</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Vehicle kind</source>
        <translation>Jenis kendaraan</translation>
    </message>
    <message>
        <source>Vehicle make</source>
        <translation>Merek kendaraan</translation>
    </message>
    <message>
        <source>Vehicle colour</source>
        <translation>Warna kendaraan</translation>
    </message>
    <message>
        <source>STNK number</source>
        <translation>Nomor STNK</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Articles as charged</source>
        <translation>Pasal yang dikenakan</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Disita</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Plate as read</source>
        <translation>Nomor polisi terbaca</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Batas kecepatan</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Owner&apos;s NIK</source>
        <translation>NIK pemilik</translation>
    </message>
    <message>
        <source>Owner&apos;s address</source>
        <translation>Alamat pemilik</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Surat konfirmasi terkirim</translation>
    </message>
    <message>
        <source>Driver&apos;s name</source>
        <translation>Nama pengemudi</translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation>NIK pengemudi</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>Kode pembayaran</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Waktu pembayaran</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Referensi bank</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>Kejadian terkait</translation>
    </message>
    <message>
        <source>Road condition</source>
        <translation>Kondisi jalan</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Cuaca</translation>
    </message>
    <message>
        <source>Collision type</source>
        <translation>Jenis tabrakan</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Faktor penyebab</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Material loss</source>
        <translation>Kerugian materiel</translation>
    </message>
    <message>
        <source>Confirmed articles</source>
        <translation>Pasal yang dikonfirmasi</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Nomor rangka</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Nomor mesin</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>Telepon pelapor</translation>
    </message>
    <message>
        <source>Police report (LP) number</source>
        <translation>Nomor laporan polisi (LP)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>kondisi</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>nomor polisi</translation>
    </message>
    <message>
        <source>vehicle kind</source>
        <translation>jenis kendaraan</translation>
    </message>
    <message>
        <source>make</source>
        <translation>merek</translation>
    </message>
    <message>
        <source>driver&apos;s name</source>
        <translation>nama pengemudi</translation>
    </message>
    <message>
        <source>driver&apos;s NIK</source>
        <translation>NIK pengemudi</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 wajib diisi</translation>
    </message>
    <message>
        <source>Vehicle kind &apos;%1&apos; is not one of r2, r4, bus, truck, other</source>
        <translation>Jenis kendaraan &apos;%1&apos; bukan salah satu dari r2, r4, bus, truck, other</translation>
    </message>
    <message>
        <source>At least one article must be charged</source>
        <translation>Paling sedikit satu pasal harus dikenakan</translation>
    </message>
    <message>
        <source>Article %1 is not in the catalogue</source>
        <translation>Pasal %1 tidak ada di katalog</translation>
    </message>
    <message>
        <source>%1 is retired and can no longer be charged</source>
        <translation>%1 sudah tidak berlaku dan tidak dapat dikenakan lagi</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time (ISO 8601, like 2026-11-28T09:14:00+07:00)</source>
        <translation>%1 &apos;%2&apos; bukan tanggal dan waktu (ISO 8601, seperti 2026-11-28T09:14:00+07:00)</translation>
    </message>
    <message>
        <source>%1 %2 is in the future; it is now %3</source>
        <translation>%1 %2 berada di masa depan; sekarang %3</translation>
    </message>
    <message>
        <source>Latitude &apos;%1&apos; is not a number</source>
        <translation>Lintang &apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>Longitude &apos;%1&apos; is not a number</source>
        <translation>Bujur &apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>Article %1 is not among the articles as charged; charge the articles again</source>
        <translation>Pasal %1 tidak termasuk pasal yang dikenakan; kenakan ulang pasal-pasalnya</translation>
    </message>
    <message>
        <source>Article %1 is charged but not among the articles</source>
        <translation>Pasal %1 dikenakan, tetapi tidak termasuk dalam daftar pasal</translation>
    </message>
    <message>
        <source>Fine is required: %1, the sum of the maximum fines of the articles as charged</source>
        <translation>Denda wajib diisi: %1, yaitu jumlah denda maksimal pasal yang dikenakan</translation>
    </message>
    <message>
        <source>Fine %1 is not %2, the sum of the maximum fines of the articles as charged</source>
        <translation>Denda %1 tidak sama dengan %2, yaitu jumlah denda maksimal pasal yang dikenakan</translation>
    </message>
    <message>
        <source>Outcome &apos;%1&apos; is neither tilang (ticket) nor teguran (warning)</source>
        <translation>Tindakan &apos;%1&apos; bukan tilang dan bukan teguran</translation>
    </message>
    <message>
        <source>SIM class &apos;%1&apos; is not one of A, B1, B2, C, CI, CII, D, DI (or A, B1, B2 Umum)</source>
        <translation>Golongan SIM &apos;%1&apos; bukan salah satu dari A, B1, B2, C, CI, CII, D, DI (atau A, B1, B2 Umum)</translation>
    </message>
    <message>
        <source>%1 is required (or the plate as the camera read it)</source>
        <translation>%1 wajib diisi (atau nomor polisi yang terbaca kamera)</translation>
    </message>
    <message>
        <source>Speed &apos;%1&apos; is not a speed in km/h</source>
        <translation>Kecepatan &apos;%1&apos; bukan kecepatan dalam km/jam</translation>
    </message>
    <message>
        <source>Speed limit &apos;%1&apos; is not a speed in km/h</source>
        <translation>Batas kecepatan &apos;%1&apos; bukan kecepatan dalam km/jam</translation>
    </message>
    <message>
        <source>Speed %1 km/h is not above the limit of %2 km/h; Pasal 287 ayat (5) needs a speed over the limit</source>
        <translation>Kecepatan %1 km/jam tidak melebihi batas %2 km/jam; Pasal 287 ayat (5) mensyaratkan kecepatan di atas batas</translation>
    </message>
    <message>
        <source>Collision type &apos;%1&apos; is not one of single, head_on, rear_end, side, chain, pedestrian, hit_and_run, animal</source>
        <translation>Jenis tabrakan &apos;%1&apos; bukan salah satu dari single, head_on, rear_end, side, chain, pedestrian, hit_and_run, animal</translation>
    </message>
    <message>
        <source>Victim %1: the condition must be MD (died), LB (seriously hurt) or LR (slightly hurt)</source>
        <translation>Korban %1: kondisinya harus MD (meninggal dunia), LB (luka berat), atau LR (luka ringan)</translation>
    </message>
    <message>
        <source>Material loss &apos;%1&apos; is not a whole number of rupiah, 0 or more</source>
        <translation>Kerugian materiel &apos;%1&apos; bukan bilangan bulat rupiah, 0 atau lebih</translation>
    </message>
    <message>
        <source>Victim %1: %2</source>
        <translation>Korban %1: %2</translation>
    </message>
    <message>
        <source>Vehicle %1: %2</source>
        <translation>Kendaraan %1: %2</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Violation</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>ETLE ticket</source>
        <translation>Tilang ETLE</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Kecelakaan</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Daftar pantauan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Tertangkap kamera</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Vehicle identified</source>
        <translation>Kendaraan teridentifikasi</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Surat konfirmasi terkirim</translation>
    </message>
    <message>
        <source>Confirmed by owner</source>
        <translation>Dikonfirmasi pemilik</translation>
    </message>
    <message>
        <source>Transferred to driver</source>
        <translation>Dialihkan ke pengemudi</translation>
    </message>
    <message>
        <source>Payment code issued</source>
        <translation>Kode pembayaran diterbitkan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>STNK blocked</source>
        <translation>STNK diblokir</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>ada teks tak terduga setelah tanda kutip penutup</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ada tanda kutip di dalam kolom tanpa kutip (kutip seluruh kolom dan gandakan tanda kutipnya)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>kolom berkutip tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the file is empty; a header row is expected</source>
        <translation>berkas kosong; seharusnya ada baris judul</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>baris judul tidak memiliki kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>ada %1 kolom, padahal baris judul memiliki %2</translation>
    </message>
    <message>
        <source>code &apos;%1&apos; must be lower-case letters, digits and underscores</source>
        <translation>kode &apos;%1&apos; harus berupa huruf kecil, angka, dan garis bawah</translation>
    </message>
    <message>
        <source>code &apos;%1&apos; is already used on line %2</source>
        <translation>kode &apos;%1&apos; sudah dipakai di baris %2</translation>
    </message>
    <message>
        <source>the Indonesian or English name is empty</source>
        <translation>nama dalam bahasa Indonesia atau Inggris kosong</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be one letter or digit</source>
        <translation>tombol &apos;%1&apos; harus satu huruf atau angka</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is already used by &apos;%2&apos;</source>
        <translation>tombol &apos;%1&apos; sudah dipakai oleh &apos;%2&apos;</translation>
    </message>
    <message>
        <source>priority &apos;%1&apos; is not one of P1, P2, P3, P4</source>
        <translation>prioritas &apos;%1&apos; bukan salah satu dari P1, P2, P3, P4</translation>
    </message>
    <message>
        <source>colour &apos;%1&apos; is not of the form #rrggbb</source>
        <translation>warna &apos;%1&apos; tidak berbentuk #rrggbb</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>kodenya kosong</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>namanya kosong</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (expected korlantas, polda, polres or polsek)</source>
        <translation>tingkat &apos;%1&apos; tidak dikenal (seharusnya korlantas, polda, polres, atau polsek)</translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not a number</source>
        <translation>lintang &apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not a number</source>
        <translation>bujur &apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>a korlantas row cannot have a parent</source>
        <translation>baris korlantas tidak boleh memiliki induk</translation>
    </message>
    <message>
        <source>the parent code is empty</source>
        <translation>kode induknya kosong</translation>
    </message>
    <message>
        <source>parent &apos;%1&apos; is not in the file</source>
        <translation>induk &apos;%1&apos; tidak ada di berkas</translation>
    </message>
    <message>
        <source>the parent of a %1 must be a %2; &apos;%3&apos; is a %4</source>
        <translation>induk dari %1 harus %2; &apos;%3&apos; adalah %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>kolom &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article code like 281, 287(1) or 106(4)a</source>
        <translation>&apos;%1&apos; bukan kode pasal seperti 281, 287(1), atau 106(4)a</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 sudah ada di baris %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article code like 77(1) or 106(4)a</source>
        <translation>&apos;%1&apos; bukan kode pasal seperti 77(1) atau 106(4)a</translation>
    </message>
    <message>
        <source>the Indonesian text is empty</source>
        <translation>teks bahasa Indonesia kosong</translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation>teks bahasa Inggris kosong</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of rupiah above 0</source>
        <translation>&apos;%1&apos; bukan bilangan bulat rupiah di atas 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of months</source>
        <translation>&apos;%1&apos; bukan jumlah bulan berupa bilangan bulat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days from 0 to 31</source>
        <translation>&apos;%1&apos; bukan jumlah hari berupa bilangan bulat dari 0 sampai 31</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>bukan JSON: %1 pada posisi %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: tidak ada</translation>
    </message>
    <message>
        <source>unexpected keys</source>
        <translation>ada kunci yang tidak diharapkan</translation>
    </message>
    <message>
        <source>%1: bad value</source>
        <translation>%1: nilai tidak sah</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>tidak dalam bentuk kanonik</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo needs at least one unit.</source>
        <translation>Demo memerlukan setidaknya satu unit.</translation>
    </message>
    <message>
        <source>The demo&apos;s changes could not leave the outbox.</source>
        <translation>Perubahan demo tidak dapat dikeluarkan dari antrean kirim.</translation>
    </message>
</context>
<context>
    <name>ForecastController</name>
    <message>
        <source>No store is open to learn from.</source>
        <translation>Belum ada penyimpanan yang dibuka sebagai bahan pembelajaran.</translation>
    </message>
    <message>
        <source>Cannot read the incident history: %1</source>
        <translation>Riwayat kejadian tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot open the map %1 for routing: %2</source>
        <translation>Peta %1 tidak dapat dibuka untuk menghitung rute: %2</translation>
    </message>
    <message>
        <source>The map %1 has no road network to route on: %2</source>
        <translation>Peta %1 tidak memiliki jaringan jalan untuk menghitung rute: %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>Menuju lokasi</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>Di lokasi</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Selesai ditangani</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>On patrol</source>
        <translation>Patroli</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Sibuk</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tidak beroperasi</translation>
    </message>
    <message>
        <source>R2 motorcycle</source>
        <translation>R2 sepeda motor</translation>
    </message>
    <message>
        <source>R4 patrol car</source>
        <translation>R4 mobil patroli</translation>
    </message>
    <message>
        <source>PJR highway patrol</source>
        <translation>PJR patroli jalan raya</translation>
    </message>
    <message>
        <source>Tow truck</source>
        <translation>Mobil derek</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Ambulans</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hr %2 j</translation>
    </message>
    <message>
        <source>%1 WIB</source>
        <translation>%1 WIB</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>direction %1</source>
        <translation>arah %1</translation>
    </message>
    <message>
        <source>direction %1 (%2)</source>
        <translation>arah %1 (%2)</translation>
    </message>
    <message>
        <source>the lanes are not valid JSON at offset %1: %2</source>
        <translation>data lajur bukan JSON yang sah pada posisi %1: %2</translation>
    </message>
    <message>
        <source>the lanes need a &quot;directions&quot; list</source>
        <translation>data lajur memerlukan daftar &quot;directions&quot;</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 bukan objek</translation>
    </message>
    <message>
        <source>%1: the name is not text</source>
        <translation>%1: namanya bukan teks</translation>
    </message>
    <message>
        <source>%1 has no list of lanes</source>
        <translation>%1 tidak memiliki daftar lajur</translation>
    </message>
    <message>
        <source>%1, lane %2: &quot;%3&quot; is not clear, affected or blocked</source>
        <translation>%1, lajur %2: &quot;%3&quot; bukan clear, affected, atau blocked</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>PositionAge</name>
    <message>
        <source>time unknown</source>
        <translation>waktu tidak diketahui</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 dtk lalu</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 mnt lalu</translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 j %2 mnt lalu</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 hr lalu</translation>
    </message>
    <message>
        <source>%1: the time of the last position is unknown; the unit may be elsewhere. Recommendations rank it with a penalty.</source>
        <translation>%1: waktu posisi terakhirnya tidak diketahui; unit mungkin sudah berada di tempat lain. Dalam rekomendasi, peringkatnya diturunkan.</translation>
    </message>
    <message>
        <source>%1: last position %2, %3 — older than %4, the unit may have moved. Recommendations rank it with a penalty.</source>
        <translation>%1: posisi terakhir %2, %3 — lebih lama dari %4, unit mungkin sudah berpindah. Dalam rekomendasi, peringkatnya diturunkan.</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>a row needs 5 fields (incident type, road, traffic, unit kind, fit), found %1</source>
        <translation>sebuah row memerlukan 5 isian (jenis kejadian, jalan, lalu lintas, jenis unit, kecocokan), yang ada %1</translation>
    </message>
    <message>
        <source>incident type &apos;%1&apos; is not in the incident type catalogue</source>
        <translation>jenis kejadian &apos;%1&apos; tidak ada di katalog jenis kejadian</translation>
    </message>
    <message>
        <source>road &apos;%1&apos; is not one of toll, any</source>
        <translation>jalan &apos;%1&apos; bukan salah satu dari toll, any</translation>
    </message>
    <message>
        <source>traffic &apos;%1&apos; is not one of dense, any</source>
        <translation>lalu lintas &apos;%1&apos; bukan salah satu dari dense, any</translation>
    </message>
    <message>
        <source>unit kind &apos;%1&apos; is not one of r2, r4, pjr, tow, ambulance</source>
        <translation>jenis unit &apos;%1&apos; bukan salah satu dari r2, r4, pjr, tow, ambulance</translation>
    </message>
    <message>
        <source>fit &apos;%1&apos; is not one of preferred, suitable, unsuitable</source>
        <translation>kecocokan &apos;%1&apos; bukan salah satu dari preferred, suitable, unsuitable</translation>
    </message>
    <message>
        <source>a section header must end with &apos;]&apos;</source>
        <translation>judul bagian harus diakhiri &apos;]&apos;</translation>
    </message>
    <message>
        <source>unknown section [%1]; expected [ranking] or [suitability]</source>
        <translation>bagian [%1] tidak dikenal; seharusnya [ranking] atau [suitability]</translation>
    </message>
    <message>
        <source>expected key = value, found &apos;%1&apos;</source>
        <translation>seharusnya kunci = nilai, yang ada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in [ranking]</source>
        <translation>kunci &apos;%1&apos; tidak dikenal di [ranking]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already set on line %2</source>
        <translation>&apos;%1&apos; sudah diatur di baris %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be zero or more seconds, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; harus nol detik atau lebih, yang ada &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a positive number of seconds, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; harus berupa jumlah detik yang positif, yang ada &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in [suitability]; expected row</source>
        <translation>kunci &apos;%1&apos; tidak dikenal di [suitability]; seharusnya row</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside a section</source>
        <translation>&apos;%1&apos; berada di luar bagian mana pun</translation>
    </message>
    <message>
        <source>the [ranking] section lacks &apos;%1&apos;</source>
        <translation>bagian [ranking] tidak memiliki &apos;%1&apos;</translation>
    </message>
    <message>
        <source>available</source>
        <translation>tersedia</translation>
    </message>
    <message>
        <source>on patrol</source>
        <translation>patroli</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>ditugaskan</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>menuju lokasi</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>di lokasi</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>sibuk</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>tidak beroperasi</translation>
    </message>
    <message>
        <source>R2</source>
        <translation>R2</translation>
    </message>
    <message>
        <source>R4</source>
        <translation>R4</translation>
    </message>
    <message>
        <source>PJR</source>
        <translation>PJR</translation>
    </message>
    <message>
        <source>tow truck</source>
        <translation>mobil derek</translation>
    </message>
    <message>
        <source>ambulance</source>
        <translation>ambulans</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 mnt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>position %1 min old</source>
        <translation>posisi %1 mnt lalu</translation>
    </message>
    <message>
        <source>position time unknown</source>
        <translation>waktu posisi tidak diketahui</translation>
    </message>
    <message>
        <source>already dispatched to another incident</source>
        <translation>sudah ditugaskan ke kejadian lain</translation>
    </message>
    <message>
        <source>not suited to this incident</source>
        <translation>tidak cocok untuk kejadian ini</translation>
    </message>
    <message>
        <source>no road route</source>
        <translation>tidak ada rute jalan</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>tanpa posisi</translation>
    </message>
    <message>
        <source>nearest by road</source>
        <translation>terdekat lewat jalan</translation>
    </message>
    <message>
        <source>suited to this incident</source>
        <translation>cocok untuk kejadian ini</translation>
    </message>
    <message>
        <source>more than %1 by road</source>
        <translation>lebih dari %1 lewat jalan</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>foldernya tidak ada</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The PDF of the report came out empty.</source>
        <translation>PDF laporan yang dihasilkan kosong.</translation>
    </message>
    <message>
        <source>Cannot make the report folder %1</source>
        <translation>Folder laporan %1 tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The PDF of the report could not be started.</source>
        <translation>PDF laporan tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The PDF of the report could not be finished.</source>
        <translation>PDF laporan tidak dapat diselesaikan.</translation>
    </message>
</context>
<context>
    <name>ReportVerifyDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Jejak audit tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>ResponseTimes</name>
    <message>
        <source>%1 must be a whole number of seconds from 1 to %2, not &quot;%3&quot;</source>
        <translation>%1 harus berupa bilangan bulat detik dari 1 sampai %2, bukan &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2 s) must not be shorter than %3 (%4 s)</source>
        <translation>%1 (%2 detik) tidak boleh lebih pendek dari %3 (%4 detik)</translation>
    </message>
    <message>
        <source>%1 must be a share between 0 and 1, not &quot;%2&quot;</source>
        <translation>%1 harus berupa pecahan antara 0 dan 1, bukan &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 pada %2 %3</translation>
    </message>
    <message>
        <source>change any record</source>
        <translation>mengubah data apa pun</translation>
    </message>
    <message>
        <source>reopen a cleared incident</source>
        <translation>membuka kembali kejadian yang sudah selesai</translation>
    </message>
    <message>
        <source>change the unit roster</source>
        <translation>mengubah daftar unit</translation>
    </message>
    <message>
        <source>edit, dispatch or move incidents</source>
        <translation>mengubah, menugaskan, atau memindahkan status kejadian</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Petugas dispatch</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>%1 %2 has read-only access and may not make changes (%3)</source>
        <translation>%1 %2 hanya memiliki akses baca dan tidak boleh membuat perubahan (%3)</translation>
    </message>
    <message>
        <source>%1 %2 may not %3 (%4)</source>
        <translation>%1 %2 tidak boleh %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 works for %3 and may not change a record of %4 (%5)</source>
        <translation>%1 %2 bertugas di %3 dan tidak boleh mengubah data milik %4 (%5)</translation>
    </message>
    <message>
        <source>change the region&apos;s settings</source>
        <translation>mengubah pengaturan wilayah</translation>
    </message>
    <message>
        <source>decide a void request</source>
        <translation>memutus permohonan pembatalan</translation>
    </message>
    <message>
        <source>dispatch a unit to a case</source>
        <translation>menugaskan unit ke perkara</translation>
    </message>
    <message>
        <source>record a ticket as paid</source>
        <translation>mencatat tilang sebagai sudah dibayar</translation>
    </message>
    <message>
        <source>change the article catalogue</source>
        <translation>mengubah katalog pasal</translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>the file is empty; the header &apos;%1&apos; is expected</source>
        <translation>berkas kosong; seharusnya ada baris judul &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;; &apos;%2&apos; is expected</source>
        <translation>baris judulnya &apos;%1&apos;; seharusnya &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the line has no line break: the file may be cut short</source>
        <translation>baris tidak diakhiri pindah baris: berkas mungkin terpotong</translation>
    </message>
    <message>
        <source>a quoted value is not closed properly</source>
        <translation>nilai berkutip tidak ditutup dengan benar</translation>
    </message>
    <message>
        <source>%1 columns where %2 are expected</source>
        <translation>ada %1 kolom, padahal seharusnya %2</translation>
    </message>
    <message>
        <source>payment code &apos;%1&apos; is not 15 digits</source>
        <translation>kode pembayaran &apos;%1&apos; tidak terdiri atas 15 digit</translation>
    </message>
    <message>
        <source>payment code %1 fails its check digit</source>
        <translation>digit pemeriksa kode pembayaran %1 tidak cocok</translation>
    </message>
    <message>
        <source>payment code %1 is already on line %2</source>
        <translation>kode pembayaran %1 sudah ada di baris %2</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a whole positive number of rupiah</source>
        <translation>jumlah &apos;%1&apos; bukan bilangan bulat positif dalam rupiah</translation>
    </message>
    <message>
        <source>paid_at &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>paid_at &apos;%1&apos; bukan tanggal dan waktu ISO 8601</translation>
    </message>
    <message>
        <source>unknown payment code %1</source>
        <translation>kode pembayaran %1 tidak dikenal</translation>
    </message>
    <message>
        <source>payment code %1 is for ticket %2, which is not waiting for payment (state: %3)</source>
        <translation>kode pembayaran %1 milik tilang %2, yang tidak sedang menunggu pembayaran (status: %3)</translation>
    </message>
    <message>
        <source>amount %1 for ticket %2 differs from its fine %3</source>
        <translation>jumlah %1 untuk tilang %2 berbeda dengan dendanya, %3</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>reported</source>
        <translation>dilaporkan</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>ditugaskan</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>menuju lokasi</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>di lokasi</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>selesai ditangani</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>available</source>
        <translation>tersedia</translation>
    </message>
    <message>
        <source>on patrol</source>
        <translation>patroli</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>sibuk</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>tidak beroperasi</translation>
    </message>
    <message>
        <source>The store %1 could not be moved aside to %2.</source>
        <translation>Penyimpanan %1 tidak dapat dipindahkan ke %2.</translation>
    </message>
</context>
<context>
    <name>TimerText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1: a unit dispatched within %2</source>
        <translation>%1: unit ditugaskan dalam %2</translation>
    </message>
    <message>
        <source>%1: on scene within %2</source>
        <translation>%1: tiba di lokasi dalam %2</translation>
    </message>
    <message>
        <source>%1 — %2 over</source>
        <translation>%1 — lewat %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — sisa %2</translation>
    </message>
</context>
<context>
    <name>TlsConfig</name>
    <message>
        <source>The pinned fingerprint has %1 bytes; a SHA-256 fingerprint has 32.</source>
        <translation>Sidik jari yang disematkan berukuran %1 bita; sidik jari SHA-256 berukuran 32 bita.</translation>
    </message>
    <message>
        <source>CA file %1 does not exist.</source>
        <translation>Berkas CA %1 tidak ada.</translation>
    </message>
    <message>
        <source>CA file %1 cannot be read: %2</source>
        <translation>Berkas CA %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>TLS set-up failed: %1</source>
        <translation>Penyiapan TLS gagal: %1</translation>
    </message>
    <message>
        <source>Certificate file %1 does not exist.</source>
        <translation>Berkas sertifikat %1 tidak ada.</translation>
    </message>
    <message>
        <source>Certificate file %1 cannot be used: %2</source>
        <translation>Berkas sertifikat %1 tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <source>Private key file %1 does not exist.</source>
        <translation>Berkas kunci privat %1 tidak ada.</translation>
    </message>
    <message>
        <source>Private key file %1 cannot be used: %2</source>
        <translation>Berkas kunci privat %1 tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <source>Private key file %1 does not match certificate %2.</source>
        <translation>Berkas kunci privat %1 tidak cocok dengan sertifikat %2.</translation>
    </message>
    <message>
        <source>Server name &apos;%1&apos; cannot be used for TLS.</source>
        <translation>Nama server &apos;%1&apos; tidak dapat digunakan untuk TLS.</translation>
    </message>
    <message>
        <source>Certificate file %1 cannot be read: %2</source>
        <translation>Berkas sertifikat %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 tidak berisi sertifikat PEM.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <source>NIK must contain digits only; character %1 (&apos;%2&apos;) is not a digit</source>
        <translation>NIK hanya boleh berisi angka; karakter ke-%1 (&apos;%2&apos;) bukan angka</translation>
    </message>
    <message numerus="yes">
        <source>NIK must have 16 digits; it has %n</source>
        <translation>
            <numerusform>NIK harus 16 digit; yang diisi %n digit</numerusform>
        </translation>
    </message>
    <message>
        <source>NIK province code %1 (first two digits) does not exist</source>
        <translation>Kode provinsi NIK %1 (dua digit pertama) tidak ada</translation>
    </message>
    <message>
        <source>NIK day of birth %1 is not valid (01 to 31, or 41 to 71 for women)</source>
        <translation>Tanggal lahir pada NIK %1 tidak sah (01 sampai 31, atau 41 sampai 71 untuk perempuan)</translation>
    </message>
    <message>
        <source>NIK month of birth %1 is not valid (01 to 12)</source>
        <translation>Bulan lahir pada NIK %1 tidak sah (01 sampai 12)</translation>
    </message>
    <message>
        <source>NIK date of birth %1-%2-%3 does not exist</source>
        <translation>Tanggal lahir pada NIK %1-%2-%3 tidak ada di kalender</translation>
    </message>
    <message>
        <source>NIK serial number (last four digits) cannot be 0000</source>
        <translation>Nomor urut NIK (empat digit terakhir) tidak boleh 0000</translation>
    </message>
    <message>
        <source>Plate number is empty</source>
        <translation>Nomor polisi kosong</translation>
    </message>
    <message>
        <source>Plate contains &apos;%1&apos;; only letters A to Z and digits are allowed</source>
        <translation>Nomor polisi berisi &apos;%1&apos;; hanya huruf A sampai Z dan angka yang diperbolehkan</translation>
    </message>
    <message>
        <source>Plate must be region prefix, number and suffix, like &apos;B 1234 XYZ&apos;</source>
        <translation>Nomor polisi harus berupa kode wilayah, nomor, dan huruf belakang, seperti &apos;B 1234 XYZ&apos;</translation>
    </message>
    <message>
        <source>Plate has no region prefix; it must start with letters, like &apos;B 1234 XYZ&apos;</source>
        <translation>Nomor polisi tidak memiliki kode wilayah; harus diawali huruf, seperti &apos;B 1234 XYZ&apos;</translation>
    </message>
    <message>
        <source>Unknown region prefix &apos;%1&apos;</source>
        <translation>Kode wilayah &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>Plate has no number after the region prefix &apos;%1&apos;</source>
        <translation>Nomor polisi tidak memiliki nomor setelah kode wilayah &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Plate number &apos;%1&apos; has more than 4 digits</source>
        <translation>Nomor &apos;%1&apos; lebih dari 4 digit</translation>
    </message>
    <message>
        <source>Plate number &apos;%1&apos; cannot start with 0</source>
        <translation>Nomor &apos;%1&apos; tidak boleh diawali 0</translation>
    </message>
    <message>
        <source>Plate suffix &apos;%1&apos; has more than 3 letters</source>
        <translation>Huruf belakang &apos;%1&apos; lebih dari 3 huruf</translation>
    </message>
    <message>
        <source>NRP is empty</source>
        <translation>NRP kosong</translation>
    </message>
    <message>
        <source>NRP must contain digits only; character %1 (&apos;%2&apos;) is not a digit</source>
        <translation>NRP hanya boleh berisi angka; karakter ke-%1 (&apos;%2&apos;) bukan angka</translation>
    </message>
    <message numerus="yes">
        <source>NRP must have 8 digits; it has %n</source>
        <translation>
            <numerusform>NRP harus 8 digit; yang diisi %n digit</numerusform>
        </translation>
    </message>
    <message>
        <source>Latitude is missing</source>
        <translation>Lintang belum diisi</translation>
    </message>
    <message>
        <source>Longitude is missing</source>
        <translation>Bujur belum diisi</translation>
    </message>
    <message>
        <source>Latitude %1 is outside the range -90 to 90</source>
        <translation>Lintang %1 di luar rentang -90 sampai 90</translation>
    </message>
    <message>
        <source>Longitude %1 is outside the range -180 to 180</source>
        <translation>Bujur %1 di luar rentang -180 sampai 180</translation>
    </message>
    <message>
        <source>Location %1, %2 is outside the Greater Jakarta service area</source>
        <translation>Lokasi %1, %2 berada di luar wilayah layanan Jabodetabek</translation>
    </message>
</context>
<context>
    <name>WatchHitText</name>
    <message>
        <source>ETLE capture</source>
        <translation>tangkapan ETLE</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>pelanggaran</translation>
    </message>
    <message>
        <source>accident report</source>
        <translation>laporan kecelakaan</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>kejadian</translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3 at %4, %5</source>
        <translation>Daftar pantauan: %1 (%2, dilaporkan hilang) terlihat pada %3 di %4, %5</translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3 at %4</source>
        <translation>Daftar pantauan: %1 (%2, dilaporkan hilang) terlihat pada %3 di %4</translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3, %4</source>
        <translation>Daftar pantauan: %1 (%2, dilaporkan hilang) terlihat pada %3, %4</translation>
    </message>
    <message>
        <source>Watch list: %1 (%2, reported stolen) seen in %3</source>
        <translation>Daftar pantauan: %1 (%2, dilaporkan hilang) terlihat pada %3</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>%1: &apos;%2&apos; is not a UUID</source>
        <translation>%1: &apos;%2&apos; bukan UUID</translation>
    </message>
    <message>
        <source>entity: unknown entity &apos;%1&apos;</source>
        <translation>entity: entitas &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>kind: unknown change kind &apos;%1&apos;</source>
        <translation>kind: jenis perubahan &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>hlc: %1 is out of range</source>
        <translation>hlc: %1 di luar rentang</translation>
    </message>
    <message>
        <source>site_id: empty</source>
        <translation>site_id: kosong</translation>
    </message>
    <message>
        <source>schema_version: %1 is not a schema version</source>
        <translation>schema_version: %1 bukan versi skema</translation>
    </message>
    <message>
        <source>fields_json: %1 at offset %2</source>
        <translation>fields_json: %1 pada posisi %2</translation>
    </message>
    <message>
        <source>fields_json: not a JSON object</source>
        <translation>fields_json: bukan objek JSON</translation>
    </message>
    <message>
        <source>latitude: %1 is out of range</source>
        <translation>latitude: %1 di luar rentang</translation>
    </message>
    <message>
        <source>longitude: %1 is out of range</source>
        <translation>longitude: %1 di luar rentang</translation>
    </message>
</context>
<context>
    <name>lintas::ApprovalsDialog</name>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>Keputusan tidak tercatat: %1</translation>
    </message>
    <message>
        <source>Approve the void of %1 requested by %2? The case becomes void for good; say why.</source>
        <translation>Setujui pembatalan %1 yang diajukan oleh %2? Perkara akan batal untuk selamanya; sebutkan alasannya.</translation>
    </message>
    <message>
        <source>Refuse the void of %1 requested by %2? The case stays as it is; say why.</source>
        <translation>Tolak pembatalan %1 yang diajukan oleh %2? Perkara tetap seperti semula; sebutkan alasannya.</translation>
    </message>
    <message>
        <source>Approve the void</source>
        <translation>Setujui pembatalan</translation>
    </message>
    <message>
        <source>Refuse the void</source>
        <translation>Tolak pembatalan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>The void of %1 was approved: the case is void.</source>
        <translation>Pembatalan %1 disetujui: perkara dibatalkan.</translation>
    </message>
    <message>
        <source>The void of %1 was refused: the case stands.</source>
        <translation>Pembatalan %1 ditolak: perkara tetap berlaku.</translation>
    </message>
    <message>
        <source>You may not decide on this void.</source>
        <translation>Anda tidak berwenang memutus pembatalan ini.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Voids of violations and ETLE tickets wait here for a second approver: a supervisor other than the one who asked.</source>
        <translation>Permohonan pembatalan pelanggaran dan tilang ETLE menunggu di sini untuk disetujui orang kedua: pengawas selain yang mengajukan.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Setujui…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Tolak…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Buka perkara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Antrean tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Membaca antrean…</translation>
    </message>
    <message>
        <source>No void waits for a decision.</source>
        <translation>Tidak ada pembatalan yang menunggu keputusan.</translation>
    </message>
    <message numerus="yes">
        <source>%n void(s) wait for a decision.</source>
        <translation>
            <numerusform>%n pembatalan menunggu keputusan.</numerusform>
        </translation>
    </message>
    <message>
        <source>You requested this void; another supervisor must decide</source>
        <translation>Anda yang mengajukan pembatalan ini; pengawas lain yang harus memutus</translation>
    </message>
    <message>
        <source>Approve the void of %1, with a reason</source>
        <translation>Setujui pembatalan %1, dengan alasan</translation>
    </message>
    <message>
        <source>Refuse the void of %1, with a reason</source>
        <translation>Tolak pembatalan %1, dengan alasan</translation>
    </message>
</context>
<context>
    <name>lintas::ArticleCatalogueDialog</name>
    <message>
        <source>%1 saved: the catalogue has a new version of it.</source>
        <translation>%1 tersimpan: katalog kini memuat versi barunya.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 tidak tersimpan: %2</translation>
    </message>
    <message>
        <source>Retire the article</source>
        <translation>Nonaktifkan pasal</translation>
    </message>
    <message>
        <source>Retire %1? It is no longer offered for new charges; the cases charged under it keep showing it as charged.</source>
        <translation>Nonaktifkan %1? Pasal ini tidak lagi ditawarkan untuk dikenakan; perkara yang sudah dikenai pasal ini tetap menampilkannya sebagaimana dikenakan.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Menyimpan %1…</translation>
    </message>
    <message>
        <source>%1 was not saved: your account may not change the catalogue.</source>
        <translation>%1 tidak tersimpan: akun Anda tidak berwenang mengubah katalog.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Versions of %1, oldest first</source>
        <translation>Versi %1, dari yang terlama</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Article catalogue — UU 22/2009</source>
        <translation>Katalog pasal — UU 22/2009</translation>
    </message>
    <message>
        <source>Search: code, article or words of the offence</source>
        <translation>Cari: kode, pasal, atau kata dari uraian pelanggaran</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Denda maksimal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Only a supervisor may change the catalogue</source>
        <translation>Hanya pengawas yang boleh mengubah katalog</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>The catalogue could not be read from the store: %1</source>
        <translation>Katalog tidak dapat dibaca dari penyimpanan: %1</translation>
    </message>
    <message>
        <source>%1 articles, %2 retired.</source>
        <translation>%1 pasal, %2 nonaktif.</translation>
    </message>
    <message>
        <source>Only a supervisor may change the catalogue.</source>
        <translation>Hanya pengawas yang boleh mengubah katalog.</translation>
    </message>
</context>
<context>
    <name>lintas::ArticleCatalogueModel</name>
    <message>
        <source>Retired</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Denda maksimal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lintas::ArticleEditDialog</name>
    <message>
        <source>New article</source>
        <translation>Pasal baru</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>For example 287(1) or 106(4)a</source>
        <translation>Misalnya 287(1) atau 106(4)a</translation>
    </message>
    <message>
        <source>The obligation it enforces, for example 106(4)a (may stay empty)</source>
        <translation>Kewajiban yang ditegakkannya, misalnya 106(4)a (boleh kosong)</translation>
    </message>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Read with (jo)</source>
        <translation>Juncto (jo)</translation>
    </message>
    <message>
        <source>Offence (Bahasa Indonesia)</source>
        <translation>Uraian pelanggaran (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Offence (English)</source>
        <translation>Uraian pelanggaran (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Denda maksimal</translation>
    </message>
    <message>
        <source>Maximum jail term</source>
        <translation>Pidana kurungan maksimal</translation>
    </message>
    <message>
        <source>Code: required, for example 287(1)</source>
        <translation>Kode: wajib diisi, misalnya 287(1)</translation>
    </message>
    <message>
        <source>Code: “%1” is not an article code; write the pasal, then the ayat in brackets, then the huruf, as in 106(4)a</source>
        <translation>Kode: “%1” bukan kode pasal; tulis pasalnya, lalu ayat dalam kurung, lalu hurufnya, seperti 106(4)a</translation>
    </message>
    <message>
        <source>Code: %1 is in the catalogue already; edit it instead</source>
        <translation>Kode: %1 sudah ada di katalog; ubah pasal itu saja</translation>
    </message>
    <message>
        <source>Read with (jo): “%1” is not an article code</source>
        <translation>Juncto (jo): “%1” bukan kode pasal</translation>
    </message>
    <message>
        <source>Offence (Bahasa Indonesia): required</source>
        <translation>Uraian pelanggaran (bahasa Indonesia): wajib diisi</translation>
    </message>
    <message>
        <source>Offence (English): required</source>
        <translation>Uraian pelanggaran (bahasa Inggris): wajib diisi</translation>
    </message>
    <message>
        <source>Maximum fine: must be more than Rp0</source>
        <translation>Denda maksimal: harus lebih dari Rp0</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Belum ada yang diubah</translation>
    </message>
</context>
<context>
    <name>lintas::ArticlePicker</name>
    <message>
        <source>Find an article by code (287(5)) or words (helm, lampu merah)</source>
        <translation>Cari pasal menurut kode (287(5)) atau kata (helm, lampu merah)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Charge the article selected below (Enter)</source>
        <translation>Kenakan pasal yang dipilih di bawah (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Drop the selected charge (Delete)</source>
        <translation>Lepaskan pasal yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Denda maksimal</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>tidak ada di katalog</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Total maximum fine: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Jumlah denda maksimal: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lintas::AuditVerifyDialog</name>
    <message>
        <source>Verify audit trail</source>
        <translation>Verifikasi jejak audit</translation>
    </message>
    <message>
        <source>Every change this desk made and every opening of a case record is written to its audit trail, each entry chained to the one before by its hash. Verifying reads the whole trail and names the first entry that was altered, removed or put out of order.</source>
        <translation>Setiap perubahan yang dibuat meja ini dan setiap kali data perkara dibuka dicatat dalam jejak auditnya; setiap entri terantai ke entri sebelumnya melalui hash-nya. Verifikasi membaca seluruh jejak dan menyebutkan entri pertama yang diubah, dihapus, atau urutannya dipindah.</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Verifikasi ulang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Memverifikasi jejak audit…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Jejak audit tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries verified</source>
        <translation>Jejak audit utuh: %1 entri terverifikasi</translation>
    </message>
    <message>
        <source>The entry is no longer in the trail.</source>
        <translation>Entri ini sudah tidak ada di jejak audit.</translation>
    </message>
    <message>
        <source>The entry cannot be read any more.</source>
        <translation>Entri ini tidak dapat dibaca lagi.</translation>
    </message>
    <message>
        <source>Entry %1 as stored now:
When: %2
User: %3
Desk: %4
Action: %5 on %6 %7
Detail: %8</source>
        <translation>Entri %1 sebagaimana tersimpan sekarang:
Waktu: %2
Pengguna: %3
Meja: %4
Tindakan: %5 pada %6 %7
Rincian: %8</translation>
    </message>
</context>
<context>
    <name>lintas::CapAlert</name>
    <message>
        <source>Incident %1 blocks no lane and is not a flood, a demonstration or road damage: there is no closure or hazard to announce.</source>
        <translation>Kejadian %1 tidak menutup lajur dan bukan banjir, unjuk rasa, atau jalan rusak: tidak ada penutupan jalan atau bahaya yang perlu diumumkan.</translation>
    </message>
    <message>
        <source>Incident %1 has no position for the alert&apos;s area.</source>
        <translation>Kejadian %1 tidak memiliki posisi untuk wilayah peringatan.</translation>
    </message>
</context>
<context>
    <name>lintas::CaseAttachmentsView</name>
    <message>
        <source>Attach file…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Double-click a file to save a copy. Files are kept for good, with their SHA-256.</source>
        <translation>Klik dua kali pada berkas untuk menyimpan salinannya. Berkas disimpan selamanya, beserta SHA-256-nya.</translation>
    </message>
    <message>
        <source>Add a photo or a document to the case (up to 2 MB)</source>
        <translation>Tambahkan foto atau dokumen ke perkara (paling besar 2 MB)</translation>
    </message>
    <message>
        <source>%1
%2 · %3
attached by %4, %5
SHA-256 %6</source>
        <translation>%1
%2 · %3
dilampirkan oleh %4, %5
SHA-256 %6</translation>
    </message>
</context>
<context>
    <name>lintas::CaseChecks</name>
    <message>
        <source>A new case must name its kind (violation, etle, accident or watch); “%1” is not one.</source>
        <translation>Perkara baru harus menyebutkan jenisnya (violation, etle, accident, atau watch); “%1” tidak termasuk.</translation>
    </message>
    <message>
        <source>A new %1 case must name the station it belongs to (station_code).</source>
        <translation>Perkara %1 yang baru harus menyebutkan kesatuan pemiliknya (station_code).</translation>
    </message>
    <message>
        <source>the new %1 case</source>
        <translation>perkara %1 yang baru</translation>
    </message>
    <message>
        <source>Case %1 does not exist: the %2 change has nothing to apply to.</source>
        <translation>Perkara %1 tidak ada: perubahan %2 tidak dapat diterapkan pada apa pun.</translation>
    </message>
    <message>
        <source>A note on case %1 is empty.</source>
        <translation>Catatan pada perkara %1 kosong.</translation>
    </message>
    <message>
        <source>A dispatch applies to incidents only, not to case %1.</source>
        <translation>Penugasan hanya berlaku untuk kejadian, bukan untuk perkara %1.</translation>
    </message>
    <message>
        <source>The %1 change on case %2 has a field “%3” that a %4 case does not take.</source>
        <translation>Perubahan %1 pada perkara %2 memiliki isian “%3” yang tidak dimiliki perkara %4.</translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 has no readable content.</source>
        <translation>Lampiran “%1” pada perkara %2 tidak memiliki isi yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 is %3 bytes; a case takes files of up to %4 bytes (2 MiB).</source>
        <translation>Lampiran “%1” pada perkara %2 berukuran %3 bita; perkara hanya menerima berkas paling besar %4 bita (2 MiB).</translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 does not match its SHA-256 %3 (its bytes hash to %4).</source>
        <translation>Lampiran “%1” pada perkara %2 tidak cocok dengan SHA-256-nya %3 (hash isinya %4).</translation>
    </message>
    <message>
        <source>The attachment “%1” of case %2 says it is %3 bytes, but it is %4.</source>
        <translation>Lampiran “%1” pada perkara %2 tercatat berukuran %3 bita, padahal ukurannya %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case %1 cannot be submitted: %2</source>
        <translation>Perkara %1 tidak dapat diajukan: %2</translation>
    </message>
    <message>
        <source>The correction of case %1 cannot be saved: %2</source>
        <translation>Koreksi perkara %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>An article of the catalogue takes create and set changes only, not %1.</source>
        <translation>Pasal dalam katalog hanya menerima perubahan create dan set, bukan %1.</translation>
    </message>
    <message>
        <source>A new article must name its code, e.g. 287(1).</source>
        <translation>Pasal baru harus menyebutkan kodenya, misalnya 287(1).</translation>
    </message>
    <message>
        <source>“%1” is not an article code: write the pasal, then the ayat in brackets and the huruf, e.g. 287(1) or 106(4)a.</source>
        <translation>“%1” bukan kode pasal: tulis pasalnya, lalu ayat dalam kurung dan hurufnya, misalnya 287(1) atau 106(4)a.</translation>
    </message>
    <message>
        <source>The change of article %1 is filed under the record of another article (%2).</source>
        <translation>Perubahan pasal %1 tercatat pada data pasal lain (%2).</translation>
    </message>
    <message>
        <source>The change of article %1 has an unknown field “%2”.</source>
        <translation>Perubahan pasal %1 memiliki isian “%2” yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The %1 of article %2 must be a whole number of at least 0; “%3” is not.</source>
        <translation>Isian %1 pada pasal %2 harus bilangan bulat paling sedikit 0; “%3” bukan.</translation>
    </message>
    <message>
        <source>The %1 of article %2 must be a text.</source>
        <translation>Isian %1 pada pasal %2 harus berupa teks.</translation>
    </message>
    <message>
        <source>Article %1 is read with “%2”, which is not an article code.</source>
        <translation>Pasal %1 di-juncto-kan dengan “%2”, yang bukan kode pasal.</translation>
    </message>
    <message>
        <source>Whether article %1 is retired must be true or false; “%2” is neither.</source>
        <translation>Status nonaktif pasal %1 harus true atau false; “%2” bukan keduanya.</translation>
    </message>
    <message>
        <source>The new article %1 needs its offence text in Bahasa Indonesia (text_id).</source>
        <translation>Pasal baru %1 memerlukan uraian pelanggaran dalam bahasa Indonesia (text_id).</translation>
    </message>
</context>
<context>
    <name>lintas::CaseDetailWidget</name>
    <message>
        <source>New violation</source>
        <translation>Pelanggaran baru</translation>
    </message>
    <message>
        <source>New ETLE capture</source>
        <translation>Tangkapan ETLE baru</translation>
    </message>
    <message>
        <source>New accident report</source>
        <translation>Laporan kecelakaan baru</translation>
    </message>
    <message>
        <source>New watch-list entry</source>
        <translation>Entri daftar pantauan baru</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Tidak diizinkan: %1</translation>
    </message>
    <message>
        <source>No case shown.
Choose one in the list, or start a new one from the Case menu.</source>
        <translation>Tidak ada perkara yang ditampilkan.
Pilih salah satu di daftar, atau buat yang baru dari menu Perkara.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation>Pa&amp;sal</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versi</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Kronologi</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <source>Keep the changed fields as a new version, with the reason (Ctrl+Enter)</source>
        <translation>Simpan isian yang diubah sebagai versi baru, beserta alasannya (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Batalkan koreksi</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>A submitted case is never overwritten: a correction is a new version with its reason</source>
        <translation>Perkara yang sudah diajukan tidak pernah ditimpa: koreksi menjadi versi baru beserta alasannya</translation>
    </message>
    <message>
        <source>Request void…</source>
        <translation>Ajukan pembatalan…</translation>
    </message>
    <message>
        <source>Ask for the ticket to be voided; a supervisor other than you decides</source>
        <translation>Ajukan pembatalan tilang; pengawas selain Anda yang memutus</translation>
    </message>
    <message>
        <source>Approve void…</source>
        <translation>Setujui pembatalan…</translation>
    </message>
    <message>
        <source>Refuse void…</source>
        <translation>Tolak pembatalan…</translation>
    </message>
    <message>
        <source>An auditor reads cases; this account cannot create one.</source>
        <translation>Auditor hanya membaca perkara; akun ini tidak dapat membuat perkara.</translation>
    </message>
    <message>
        <source>(numbering…)</source>
        <translation>(sedang diberi nomor…)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>belum diverifikasi</translation>
    </message>
    <message>
        <source>draft, not submitted</source>
        <translation>draf, belum diajukan</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versi %1</translation>
    </message>
    <message>
        <source>opened by %1, %2</source>
        <translation>dibuat oleh %1, %2</translation>
    </message>
    <message>
        <source>linked cases: %1</source>
        <translation>perkara terkait: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Transferred to the driver %1 (NIK %2)</source>
        <translation>Dialihkan ke pengemudi %1 (NIK %2)</translation>
    </message>
    <message>
        <source>Payment code &lt;b&gt;%1&lt;/b&gt; · fine %2</source>
        <translation>Kode pembayaran &lt;b&gt;%1&lt;/b&gt; · denda %2</translation>
    </message>
    <message>
        <source>(check digit wrong)</source>
        <translation>(digit pemeriksa salah)</translation>
    </message>
    <message>
        <source>paid %1 on %2, bank reference %3</source>
        <translation>dibayar %1 pada %2, referensi bank %3</translation>
    </message>
    <message>
        <source>Void requested by &lt;b&gt;%1&lt;/b&gt; on %2 — reason: “%3”</source>
        <translation>Pembatalan diajukan oleh &lt;b&gt;%1&lt;/b&gt; pada %2 — alasan: “%3”</translation>
    </message>
    <message>
        <source>Waiting for a supervisor other than %1.</source>
        <translation>Menunggu keputusan pengawas selain %1.</translation>
    </message>
    <message>
        <source>Voided: requested by &lt;b&gt;%1&lt;/b&gt; (“%2”), approved by &lt;b&gt;%3&lt;/b&gt; on %4 (“%5”).</source>
        <translation>Dibatalkan: diajukan oleh &lt;b&gt;%1&lt;/b&gt; (“%2”), disetujui oleh &lt;b&gt;%3&lt;/b&gt; pada %4 (“%5”).</translation>
    </message>
    <message>
        <source>Correcting version %1 — reason: “%2”. Change the fields that are wrong, then save the correction as version %3.</source>
        <translation>Mengoreksi versi %1 — alasan: “%2”. Ubah isian yang salah, lalu simpan koreksi sebagai versi %3.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Keep the corrections to the capture (Ctrl+S)</source>
        <translation>Simpan perbaikan pada tangkapan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Keep the draft; it can still be changed (Ctrl+S)</source>
        <translation>Simpan draf; masih dapat diubah (Ctrl+S)</translation>
    </message>
    <message>
        <source>Verify the capture (Ctrl+Enter): the ticket goes ahead and the capture becomes version 1</source>
        <translation>Verifikasi tangkapan (Ctrl+Enter): tilang diproses lanjut dan tangkapan menjadi versi 1</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter): the case goes on record; after that only a correction with a reason changes it</source>
        <translation>Ajukan (Ctrl+Enter): perkara resmi tercatat; setelah itu hanya koreksi dengan alasan yang dapat mengubahnya</translation>
    </message>
    <message>
        <source>An auditor reads cases and changes nothing</source>
        <translation>Auditor hanya membaca perkara dan tidak mengubah apa pun</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Simpan perkara terlebih dahulu</translation>
    </message>
    <message>
        <source>No article charged yet.</source>
        <translation>Belum ada pasal yang dikenakan.</translation>
    </message>
    <message>
        <source>The articles as they were charged, with the text and fine of the catalogue version of the day.</source>
        <translation>Pasal sebagaimana dikenakan, dengan uraian dan denda menurut versi katalog yang berlaku pada hari itu.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Denda maksimal</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Versi katalog</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Severity under UU 22/2009 Pasal 229: %1 (MD %2 · LB %3 · LR %4 · material loss %5)</source>
        <translation>Golongan menurut UU 22/2009 Pasal 229: %1 (MD %2 · LB %3 · LR %4 · kerugian materiel %5)</translation>
    </message>
    <message>
        <source>Articles confirmed by the investigator</source>
        <translation>Pasal yang dikonfirmasi penyidik</translation>
    </message>
    <message>
        <source>None confirmed yet.</source>
        <translation>Belum ada yang dikonfirmasi.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these before saving the correction:</source>
        <translation>Perbaiki hal berikut sebelum menyimpan koreksi:</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>Perbaiki hal berikut sebelum mengajukan:</translation>
    </message>
    <message>
        <source>Check these before submitting:</source>
        <translation>Periksa hal berikut sebelum mengajukan:</translation>
    </message>
    <message>
        <source>Capture saved.</source>
        <translation>Tangkapan tersimpan.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draf tersimpan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Nothing to save: the case is as stored.</source>
        <translation>Tidak ada yang perlu disimpan: perkara sama dengan yang tersimpan.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Perbaiki dulu isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Capture verified: the ticket goes ahead, on record as version 1.</source>
        <translation>Tangkapan terverifikasi: tilang diproses lanjut, tercatat sebagai versi 1.</translation>
    </message>
    <message>
        <source>Submitted: the case is on record as version 1; from now on only a correction with a reason changes it.</source>
        <translation>Diajukan: perkara tercatat sebagai versi 1; mulai sekarang hanya koreksi dengan alasan yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Mengajukan…</translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation>Penyimpanan menolak perubahan ini: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Discard the correction of %1? Nothing of it has been saved.</source>
        <translation>Buang koreksi %1? Belum ada bagiannya yang tersimpan.</translation>
    </message>
    <message>
        <source>Discard what you typed in %1? It has not been saved.</source>
        <translation>Buang yang Anda ketik di %1? Isian itu belum disimpan.</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Koreksi %1</translation>
    </message>
    <message>
        <source>A submitted case is never overwritten: the correction becomes version %1, kept beside the earlier ones with its reason. Why does the record need correcting?</source>
        <translation>Perkara yang sudah diajukan tidak pernah ditimpa: koreksi menjadi versi %1, disimpan di samping versi sebelumnya beserta alasannya. Mengapa data ini perlu dikoreksi?</translation>
    </message>
    <message>
        <source>Start correcting</source>
        <translation>Mulai koreksi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>e.g. plate misread: the photo shows B 1234 XYZ</source>
        <translation>mis. nomor polisi salah terbaca: fotonya menunjukkan B 1234 XYZ</translation>
    </message>
    <message>
        <source>Change the fields that are wrong, then save the correction.</source>
        <translation>Ubah isian yang salah, lalu simpan koreksinya.</translation>
    </message>
    <message>
        <source>Nothing changed: change the fields that are wrong, or cancel the correction.</source>
        <translation>Tidak ada yang berubah: ubah isian yang salah, atau batalkan koreksi.</translation>
    </message>
    <message>
        <source>Correction saved as version %1.</source>
        <translation>Koreksi disimpan sebagai versi %1.</translation>
    </message>
    <message>
        <source>Saving the correction…</source>
        <translation>Menyimpan koreksi…</translation>
    </message>
    <message>
        <source>Reject capture %1</source>
        <translation>Tolak tangkapan %1</translation>
    </message>
    <message>
        <source>The capture will not become a ticket. Why is it rejected?</source>
        <translation>Tangkapan ini tidak akan menjadi tilang. Mengapa ditolak?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>e.g. plate unreadable, emergency vehicle, camera fault</source>
        <translation>mis. nomor polisi tidak terbaca, kendaraan darurat, kamera rusak</translation>
    </message>
    <message>
        <source>Vehicle identified — %1</source>
        <translation>Kendaraan teridentifikasi — %1</translation>
    </message>
    <message>
        <source>The registered owner of %1, as the registration records show.</source>
        <translation>Pemilik terdaftar %1, menurut data registrasi kendaraan.</translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation>Catat pemilik</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Owner&apos;s NIK</source>
        <translation>NIK pemilik</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Transfer %1 to the driver</source>
        <translation>Alihkan %1 ke pengemudi</translation>
    </message>
    <message>
        <source>The owner named the person who was driving; the ticket goes to them.</source>
        <translation>Pemilik menyebutkan orang yang mengemudi; tilang dialihkan kepadanya.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <source>Driver&apos;s name</source>
        <translation>Nama pengemudi</translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation>NIK pengemudi</translation>
    </message>
    <message>
        <source>No payment code: %1 is not an ETLE ticket number.</source>
        <translation>Tidak ada kode pembayaran: %1 bukan nomor tilang ETLE.</translation>
    </message>
    <message>
        <source>Payment code issued: %1</source>
        <translation>Kode pembayaran diterbitkan: %1</translation>
    </message>
    <message>
        <source>Issuing the payment code…</source>
        <translation>Menerbitkan kode pembayaran…</translation>
    </message>
    <message>
        <source>Close %1? It stays on record and can still be corrected, but takes no further step.</source>
        <translation>Tutup %1? Perkara tetap tercatat dan masih dapat dikoreksi, tetapi tidak diproses lebih lanjut.</translation>
    </message>
    <message>
        <source>Request the STNK block for %1? The registration stays blocked until the fine is paid.</source>
        <translation>Ajukan blokir STNK untuk %1? STNK tetap diblokir sampai denda dibayar.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 sekarang: %2</translation>
    </message>
    <message>
        <source>Request void of %1</source>
        <translation>Ajukan pembatalan %1</translation>
    </message>
    <message>
        <source>A void cancels the ticket; it stays on record. A supervisor other than you approves or refuses it.</source>
        <translation>Pembatalan membatalkan tilang; tilang tetap tercatat. Pengawas selain Anda yang menyetujui atau menolaknya.</translation>
    </message>
    <message>
        <source>Request void</source>
        <translation>Ajukan pembatalan</translation>
    </message>
    <message>
        <source>e.g. the vehicle was on an emergency run</source>
        <translation>mis. kendaraan sedang menjalankan tugas darurat</translation>
    </message>
    <message>
        <source>Void requested: a supervisor other than you decides it.</source>
        <translation>Pembatalan diajukan: pengawas selain Anda yang memutusnya.</translation>
    </message>
    <message>
        <source>Approve void of %1</source>
        <translation>Setujui pembatalan %1</translation>
    </message>
    <message>
        <source>Refuse void of %1</source>
        <translation>Tolak pembatalan %1</translation>
    </message>
    <message>
        <source>%1 asked for the void: “%2”. Your decision is recorded with your reason.</source>
        <translation>%1 mengajukan pembatalan: “%2”. Keputusan Anda dicatat beserta alasan Anda.</translation>
    </message>
    <message>
        <source>Approve void</source>
        <translation>Setujui pembatalan</translation>
    </message>
    <message>
        <source>Refuse void</source>
        <translation>Tolak pembatalan</translation>
    </message>
    <message>
        <source>Void approved: the case is voided.</source>
        <translation>Pembatalan disetujui: perkara dibatalkan.</translation>
    </message>
    <message>
        <source>Void refused.</source>
        <translation>Pembatalan ditolak.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Catatan ditambahkan.</translation>
    </message>
    <message>
        <source>Attach the capture image</source>
        <translation>Lampirkan gambar tangkapan</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Berkas tidak dapat dilampirkan</translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 bukan berkas yang dapat dilampirkan.</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Berkas terlalu besar</translation>
    </message>
    <message>
        <source>“%1” is %2; a case takes files of up to %3.</source>
        <translation>“%1” berukuran %2; perkara hanya menerima berkas paling besar %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Wait for the last change to be saved, then attach %1 again.</source>
        <translation>Tunggu hingga perubahan terakhir tersimpan, lalu lampirkan %1 lagi.</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 dilampirkan.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Melampirkan %1…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Simpan salinan %1</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Menyimpan salinan sebagai %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Salinan disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Salinan tidak tersimpan</translation>
    </message>
    <message>
        <source>The image has not reached this desk yet.</source>
        <translation>Gambar ini belum sampai di meja ini.</translation>
    </message>
    <message>
        <source>%1
%2 · SHA-256 %3…</source>
        <translation>%1
%2 · SHA-256 %3…</translation>
    </message>
</context>
<context>
    <name>lintas::CaseForm</name>
    <message>
        <source>Offender</source>
        <translation>Pelanggar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>SIM number</source>
        <translation>Nomor SIM</translation>
    </message>
    <message>
        <source>class</source>
        <translation>golongan</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>N&amp;omor polisi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>warna</translation>
    </message>
    <message>
        <source>STNK number</source>
        <translation>Nomor STNK</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>NRP</source>
        <translation>NRP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Tempat dan waktu</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Pasal yang dikenakan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Disita</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Tangkapan kamera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Waktu tangkapan</translation>
    </message>
    <message>
        <source>Plate as read</source>
        <translation>Nomor polisi terbaca</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/jam</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>batas</translation>
    </message>
    <message>
        <source>Registered owner</source>
        <translation>Pemilik terdaftar</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Driver (when the owner names another)</source>
        <translation>Pengemudi (bila pemilik menyebut orang lain)</translation>
    </message>
    <message>
        <source>Verifying officer</source>
        <translation>Petugas pemverifikasi</translation>
    </message>
    <message>
        <source>Notes on the capture</source>
        <translation>Catatan tentang tangkapan</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Kecelakaan</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Kondisi jalan</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>cuaca</translation>
    </message>
    <message>
        <source>Collision</source>
        <translation>Tabrakan</translation>
    </message>
    <message>
        <source>Material loss</source>
        <translation>Kerugian materiel</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Penyidik</translation>
    </message>
    <message>
        <source>Vehicles and drivers</source>
        <translation>Kendaraan dan pengemudi</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Severity and articles</source>
        <translation>Golongan kecelakaan dan pasal</translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation>Kronologi kejadian</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Nomor rangka</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Nomor mesin</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Police report (LP)</source>
        <translation>Laporan polisi (LP)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>Telepon pelapor</translation>
    </message>
    <message>
        <source>Stolen at</source>
        <translation>Waktu kehilangan</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>Apa yang dilaporkan</translation>
    </message>
    <message>
        <source>B 1234 XYZ</source>
        <translation>B 1234 XYZ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Jakarta time (WIB)</source>
        <translation>Waktu Jakarta (WIB)</translation>
    </message>
    <message>
        <source>Optional, e.g. -6.1754, 106.8272</source>
        <translation>Opsional, mis. -6.1754, 106.8272</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinat</translation>
    </message>
    <message>
        <source>— choose the Polres —</source>
        <translation>— pilih Polres —</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Kesatuan</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>kejadian %1</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>Kejadian terkait</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Lampirkan gambar…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Tidak ada gambar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pengemudi</translation>
    </message>
    <message>
        <source>Driver&apos;s NIK</source>
        <translation>NIK pengemudi</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>Tambah kendaraan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>No vehicle yet.</source>
        <translation>Belum ada kendaraan.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Add victim</source>
        <translation>Tambah korban</translation>
    </message>
    <message>
        <source>No victim: damage only.</source>
        <translation>Tidak ada korban: hanya kerusakan.</translation>
    </message>
    <message>
        <source>Pasal 229</source>
        <translation>Pasal 229</translation>
    </message>
    <message>
        <source>MD %1 · LB %2 · LR %3 · loss %4</source>
        <translation>MD %1 · LB %2 · LR %3 · kerugian %4</translation>
    </message>
    <message>
        <source>Severity: not classified yet — no victim and no damage recorded.</source>
        <translation>Golongan: belum dapat ditentukan — belum ada korban maupun kerusakan yang dicatat.</translation>
    </message>
    <message>
        <source>Severity: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Golongan: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>(no longer suggested)</source>
        <translation>(tidak lagi disarankan)</translation>
    </message>
    <message>
        <source>Tick to confirm the article for this case</source>
        <translation>Centang untuk mengonfirmasi pasal ini bagi perkara ini</translation>
    </message>
    <message>
        <source>No article to suggest yet.</source>
        <translation>Belum ada pasal yang dapat disarankan.</translation>
    </message>
    <message>
        <source>Image not on this desk</source>
        <translation>Gambar tidak ada di meja ini</translation>
    </message>
    <message>
        <source>Coordinates are written as latitude, longitude, e.g. -6.1754, 106.8272.</source>
        <translation>Koordinat ditulis sebagai lintang, bujur, mis. -6.1754, 106.8272.</translation>
    </message>
    <message>
        <source>Choose the station the case belongs to.</source>
        <translation>Pilih kesatuan pemilik perkara ini.</translation>
    </message>
</context>
<context>
    <name>lintas::CaseListModel</name>
    <message>
        <source>(numbering)</source>
        <translation>(sedang diberi nomor)</translation>
    </message>
    <message>
        <source>%1 · void requested</source>
        <translation>%1 · pembatalan diajukan</translation>
    </message>
    <message>
        <source>A void of this case was requested and waits for a supervisor&apos;s decision</source>
        <translation>Pembatalan perkara ini telah diajukan dan menunggu keputusan pengawas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Occurred (WIB)</source>
        <translation>Waktu kejadian (WIB)</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>The offender, owner or plate, and the place</source>
        <translation>Pelanggar, pemilik, atau nomor polisi, serta tempatnya</translation>
    </message>
    <message>
        <source>The sum of the charged articles&apos; maximum fines</source>
        <translation>Jumlah denda maksimal dari pasal yang dikenakan</translation>
    </message>
</context>
<context>
    <name>lintas::CaseListPanel</name>
    <message>
        <source>Search names, NIK, plates, articles, narratives (Ctrl+F)</source>
        <translation>Cari nama, NIK, nomor polisi, pasal, uraian (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words match as prefixes; a plate matches however it is typed (&quot;b1234xyz&quot; finds &quot;B 1234 XYZ&quot;). Down goes to the list.</source>
        <translation>Kata dicocokkan sebagai awalan; nomor polisi cocok bagaimanapun cara mengetiknya (&quot;b1234xyz&quot; menemukan &quot;B 1234 XYZ&quot;). Panah bawah pindah ke daftar.</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <source>Save this search, or run or delete a saved one</source>
        <translation>Simpan pencarian ini, atau jalankan atau hapus pencarian tersimpan</translation>
    </message>
    <message>
        <source>Officer NRP</source>
        <translation>NRP petugas</translation>
    </message>
    <message>
        <source>Only cases assigned to this officer</source>
        <translation>Hanya perkara yang ditangani petugas ini</translation>
    </message>
    <message>
        <source>Only cases of this kind</source>
        <translation>Hanya perkara jenis ini</translation>
    </message>
    <message>
        <source>Only cases in this state</source>
        <translation>Hanya perkara dengan status ini</translation>
    </message>
    <message>
        <source>Only cases of this station and the stations below it</source>
        <translation>Hanya perkara kesatuan ini dan kesatuan di bawahnya</translation>
    </message>
    <message>
        <source>From —</source>
        <translation>Dari —</translation>
    </message>
    <message>
        <source>Occurred on or after this day (WIB)</source>
        <translation>Terjadi pada atau setelah tanggal ini (WIB)</translation>
    </message>
    <message>
        <source>To —</source>
        <translation>Sampai —</translation>
    </message>
    <message>
        <source>Occurred on or before this day (WIB)</source>
        <translation>Terjadi pada atau sebelum tanggal ini (WIB)</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>Pembatalan diajukan</translation>
    </message>
    <message>
        <source>Only cases whose void waits for a supervisor&apos;s decision</source>
        <translation>Hanya perkara yang pembatalannya menunggu keputusan pengawas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Show every kind, state, officer, station and date again (the search text stays)</source>
        <translation>Tampilkan lagi semua jenis, status, petugas, kesatuan, dan tanggal (teks pencarian tetap)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Semua kesatuan</translation>
    </message>
    <message>
        <source>The cases could not be searched: %1</source>
        <translation>Perkara tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n case(s); refine the search to see others</source>
        <translation>
            <numerusform>%n perkara terbaru; persempit pencarian untuk melihat yang lain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n perkara</numerusform>
        </translation>
    </message>
    <message>
        <source>No exact match — showing plates one slip away: %1</source>
        <translation>Tidak ada yang persis cocok — menampilkan nomor polisi yang berbeda satu salah ketik: %1</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Simpan pencarian</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Nama pencarian ini:</translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation>Belum ada pencarian tersimpan</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Simpan pencarian ini…</translation>
    </message>
    <message>
        <source>Delete a saved search</source>
        <translation>Hapus pencarian tersimpan</translation>
    </message>
</context>
<context>
    <name>lintas::CaseMenu</name>
    <message>
        <source>Lintas</source>
        <translation>Lintas</translation>
    </message>
    <message>
        <source>Watch list: %1</source>
        <translation>Daftar pantauan: %1</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Perkara</translation>
    </message>
    <message>
        <source>Case &amp;list…</source>
        <translation>&amp;Daftar perkara…</translation>
    </message>
    <message>
        <source>Open the case window: search violations, ETLE tickets, accidents and the watch list</source>
        <translation>Buka jendela perkara: cari pelanggaran, tilang ETLE, kecelakaan, dan daftar pantauan</translation>
    </message>
    <message>
        <source>New &amp;violation</source>
        <translation>&amp;Pelanggaran baru</translation>
    </message>
    <message>
        <source>Write a new violation (tilang) in the case window</source>
        <translation>Buat pelanggaran (tilang) baru di jendela perkara</translation>
    </message>
    <message>
        <source>New &amp;accident report</source>
        <translation>Laporan &amp;kecelakaan baru</translation>
    </message>
    <message>
        <source>Write a new accident report, linked to the selected incident when it is an accident</source>
        <translation>Buat laporan kecelakaan baru, terkait dengan kejadian yang dipilih bila kejadian itu kecelakaan</translation>
    </message>
    <message>
        <source>New &amp;watch-list entry</source>
        <translation>Entri daftar pa&amp;ntauan baru</translation>
    </message>
    <message>
        <source>Put a stolen vehicle on the watch list of every desk in the region</source>
        <translation>Masukkan kendaraan curian ke daftar pantauan semua meja di wilayah ini</translation>
    </message>
    <message>
        <source>A&amp;pprovals (%1)…</source>
        <translation>Per&amp;setujuan (%1)…</translation>
    </message>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>Per&amp;setujuan…</translation>
    </message>
    <message>
        <source>Voids waiting for a second approver: approve or refuse them, with a reason</source>
        <translation>Pembatalan yang menunggu persetujuan orang kedua: setujui atau tolak, dengan alasan</translation>
    </message>
    <message>
        <source>Import &amp;bank settlement…</source>
        <translation>Impor setelmen &amp;bank…</translation>
    </message>
    <message>
        <source>Pay ETLE tickets from the bank&apos;s settlement file; nothing is paid unless every row matches</source>
        <translation>Lunasi tilang ETLE dari berkas setelmen bank; tidak ada yang dilunasi kecuali semua barisnya cocok</translation>
    </message>
    <message>
        <source>Article &amp;catalogue…</source>
        <translation>Katalog p&amp;asal…</translation>
    </message>
    <message>
        <source>The articles of UU 22/2009 with their fines; supervisors add, edit and retire them</source>
        <translation>Pasal-pasal UU 22/2009 beserta dendanya; pengawas dapat menambah, mengubah, dan menonaktifkannya</translation>
    </message>
    <message>
        <source>Verify audit &amp;trail…</source>
        <translation>Verifikasi &amp;jejak audit…</translation>
    </message>
    <message>
        <source>Check that no entry of this desk&apos;s audit trail was altered, removed or reordered</source>
        <translation>Periksa bahwa tidak ada entri jejak audit meja ini yang diubah, dihapus, atau diubah urutannya</translation>
    </message>
    <message>
        <source>Watch-list &amp;alerts…</source>
        <translation>Pe&amp;ringatan daftar pantauan…</translation>
    </message>
    <message>
        <source>Watch-list &amp;alerts (%1)…</source>
        <translation>Pe&amp;ringatan daftar pantauan (%1)…</translation>
    </message>
    <message>
        <source>Every watch-listed plate seen since this desk started</source>
        <translation>Setiap nomor polisi dalam daftar pantauan yang terlihat sejak meja ini dijalankan</translation>
    </message>
</context>
<context>
    <name>lintas::CasePromptDialog</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opsional)</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
</context>
<context>
    <name>lintas::CaseReader</name>
    <message>
        <source>The store has schema version %1; this program reads version %2.</source>
        <translation>Penyimpanan memiliki skema versi %1; program ini membaca versi %2.</translation>
    </message>
</context>
<context>
    <name>lintas::CaseTimelineView</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add a note to the case&apos;s timeline and press Enter</source>
        <translation>Tulis catatan untuk kronologi perkara lalu tekan Enter</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Notes are kept for good; they cannot be edited or removed</source>
        <translation>Catatan disimpan selamanya; tidak dapat diubah atau dihapus</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>Meja %1</translation>
    </message>
</context>
<context>
    <name>lintas::CaseVersionsView</name>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>As submitted</source>
        <translation>Sesuai pengajuan</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Tanpa alasan</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>No version yet: the case is a draft until it is submitted.</source>
        <translation>Belum ada versi: perkara masih berupa draf sampai diajukan.</translation>
    </message>
    <message>
        <source>Changes from v%1 to v%2</source>
        <translation>Perubahan dari v%1 ke v%2</translation>
    </message>
    <message>
        <source>v%1: the record as first submitted</source>
        <translation>v%1: data sebagaimana pertama kali diajukan</translation>
    </message>
</context>
<context>
    <name>lintas::CaseWindow</name>
    <message>
        <source>The case shown was refused by the regional server and is gone from the records</source>
        <translation>Perkara yang ditampilkan ditolak server wilayah dan sudah tidak ada di data</translation>
    </message>
    <message>
        <source>Cases — Lintas</source>
        <translation>Perkara — Lintas</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Perkara</translation>
    </message>
    <message>
        <source>New &amp;violation</source>
        <translation>&amp;Pelanggaran baru</translation>
    </message>
    <message>
        <source>Write up a traffic violation (tilang)</source>
        <translation>Catat pelanggaran lalu lintas (tilang)</translation>
    </message>
    <message>
        <source>New &amp;ETLE capture</source>
        <translation>Tangkapan &amp;ETLE baru</translation>
    </message>
    <message>
        <source>New &amp;accident</source>
        <translation>&amp;Kecelakaan baru</translation>
    </message>
    <message>
        <source>New &amp;watch-list entry</source>
        <translation>Entri daftar pa&amp;ntauan baru</translation>
    </message>
    <message>
        <source>Put a stolen or wanted vehicle on the region&apos;s watch list</source>
        <translation>Masukkan kendaraan curian atau yang dicari ke daftar pantauan wilayah</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Simpan draf</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Ajukan</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Cetak ke PDF…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ca&amp;ri</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Tutup jendela</translation>
    </message>
    <message>
        <source>Case %1 could not be read from the store</source>
        <translation>Perkara %1 tidak dapat dibaca dari penyimpanan</translation>
    </message>
    <message>
        <source>Open a stored case to print it</source>
        <translation>Buka perkara yang tersimpan untuk mencetaknya</translation>
    </message>
    <message>
        <source>Case %1 printed to %2</source>
        <translation>Perkara %1 dicetak ke %2</translation>
    </message>
    <message>
        <source>Print case to PDF</source>
        <translation>Cetak perkara ke PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lintas::CertificateDialog</name>
    <message>
        <source>Confirm the regional server</source>
        <translation>Konfirmasi server wilayah</translation>
    </message>
    <message>
        <source>This desk cannot confirm that %1 is your regional server: its certificate is not signed by a certificate authority the desk knows. Its SHA-256 fingerprint is:</source>
        <translation>Meja ini tidak dapat memastikan bahwa %1 adalah server wilayah Anda: sertifikatnya tidak ditandatangani oleh otoritas sertifikat yang dikenal meja ini. Sidik jari SHA-256-nya:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the server administrator gives you, pair by pair. Trust the server only if they are the same; otherwise choose Cancel and tell the administrator. The desk keeps working on its own either way.</source>
        <translation>Cocokkan dengan sidik jari yang diberikan administrator server, pasang demi pasang. Percayai server hanya jika keduanya sama; jika tidak, pilih Batal dan laporkan kepada administrator. Apa pun pilihannya, meja ini tetap dapat bekerja sendiri.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Percayai server ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ChartAdapter</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>lintas::DashboardWindow</name>
    <message>
        <source>All stations</source>
        <translation>Semua kesatuan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Minutes from report to first arrival; incidents with an arrival: %1. Dashed: each priority&apos;s threshold.</source>
        <translation>Menit dari laporan sampai unit pertama tiba; kejadian yang sudah didatangi unit: %1. Garis putus-putus: batas waktu tiap prioritas.</translation>
    </message>
    <message>
        <source>30 days: %1 accidents; died (MD) %2, seriously hurt (LB) %3, slightly hurt (LR) %4</source>
        <translation>30 hari: %1 laka; meninggal dunia (MD) %2, luka berat (LB) %3, luka ringan (LR) %4</translation>
    </message>
    <message>
        <source>Rejected at verification: %1</source>
        <translation>Ditolak saat verifikasi: %1</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Tidak diperbarui: %1</translation>
    </message>
    <message>
        <source>Updated %1 (computed in %2 ms)</source>
        <translation>Diperbarui %1 (dihitung dalam %2 ms)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>%1 · refreshing…</source>
        <translation>%1 · memperbarui…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Kesatuan:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Compute the figures again now</source>
        <translation>Hitung ulang angka-angkanya sekarang</translation>
    </message>
    <message>
        <source>Incidents today</source>
        <translation>Kejadian hari ini</translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation>Kejadian dalam periode</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Terbuka saat ini</translation>
    </message>
    <message>
        <source>Median response P1</source>
        <translation>Median respons P1</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Tidak ada data dalam periode ini</translation>
    </message>
</context>
<context>
    <name>lintas::DecisionReasonDialog</name>
    <message>
        <source>The reason, in a few words</source>
        <translation>Alasannya, dalam beberapa kata</translation>
    </message>
    <message>
        <source>The reason is kept with the case and in the audit log; it cannot be changed later.</source>
        <translation>Alasan disimpan bersama perkara dan di log audit; tidak dapat diubah kemudian.</translation>
    </message>
    <message>
        <source>%1 (Enter)</source>
        <translation>%1 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
</context>
<context>
    <name>lintas::Desk</name>
    <message>
        <source>Replace the store with the demo</source>
        <translation>Ganti penyimpanan dengan demo</translation>
    </message>
    <message>
        <source>Replace the store %1 with a fresh demo store? Everything in it will be lost.</source>
        <translation>Ganti penyimpanan %1 dengan penyimpanan demo yang baru? Semua isinya akan hilang.</translation>
    </message>
    <message>
        <source>Could not create the demo store %1: %2</source>
        <translation>Penyimpanan demo %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>seeding failed</source>
        <translation>pengisian data demo gagal</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2
Run Lintas on a desktop to move the damaged file aside, or start with --store pointing at another file.</source>
        <translation>Penyimpanan %1 tidak dapat dibuka: %2
Jalankan Lintas di desktop untuk memindahkan berkas yang rusak, atau mulai dengan --store yang menunjuk ke berkas lain.</translation>
    </message>
    <message>
        <source>Store cannot be opened</source>
        <translation>Penyimpanan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Lintas cannot open the store %1.

%2</source>
        <translation>Lintas tidak dapat membuka penyimpanan %1.

%2</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Tangkapan layar tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>Tangkapan layar ditulis ke %1</translation>
    </message>
    <message>
        <source>Lintas</source>
        <translation>Lintas</translation>
    </message>
    <message>
        <source>The damaged store was moved to %1; this is a fresh store.</source>
        <translation>Penyimpanan yang rusak dipindahkan ke %1; ini penyimpanan baru.</translation>
    </message>
    <message>
        <source>Move the damaged file aside and start on a fresh store? The damaged file stays in %1 with &quot;damaged&quot; and the time in its name, for recovery. Choose No to quit without changing anything.</source>
        <translation>Pindahkan berkas yang rusak dan mulai dengan penyimpanan baru? Berkas yang rusak tetap disimpan di %1 dengan kata &quot;damaged&quot; dan waktunya pada nama berkas, untuk pemulihan. Pilih Tidak untuk keluar tanpa mengubah apa pun.</translation>
    </message>
    <message>
        <source>Could not move %1 aside: %2</source>
        <translation>%1 tidak dapat dipindahkan: %2</translation>
    </message>
    <message>
        <source>The desk was not in step with the regional server after %1 s; the screenshot shows it so.</source>
        <translation>Meja belum selaras dengan server wilayah setelah %1 detik; tangkapan layar menampilkannya seperti itu.</translation>
    </message>
    <message>
        <source>The map or the recommendations were still loading; the screenshot shows it so.</source>
        <translation>Peta atau rekomendasi unit masih dimuat; tangkapan layar menampilkannya seperti itu.</translation>
    </message>
</context>
<context>
    <name>lintas::DeskSync</name>
    <message>
        <source>The server address “%1” is not HOST:PORT (for example 10.20.0.5:7443).</source>
        <translation>Alamat server “%1” bukan HOST:PORT (misalnya 10.20.0.5:7443).</translation>
    </message>
    <message>
        <source>The fingerprint “%1” is not a SHA-256 fingerprint (32 pairs of hex digits, AB:CD:…).</source>
        <translation>Sidik jari “%1” bukan sidik jari SHA-256 (32 pasang digit heksadesimal, AB:CD:…).</translation>
    </message>
    <message>
        <source>No user name and password to log in to %1: give --user NAME and --password-file FILE (or set LINTAS_PASSWORD).</source>
        <translation>Tidak ada nama pengguna dan kata sandi untuk masuk ke %1: berikan --user NAMA dan --password-file BERKAS (atau atur LINTAS_PASSWORD).</translation>
    </message>
    <message>
        <source>The server&apos;s log did not verify at entry %1 (%2). Nothing of it was applied; the desk tries again.</source>
        <translation>Log server tidak lolos verifikasi pada entri %1 (%2). Tidak ada yang diterapkan; meja akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The regional server %1 refused the login of %2: %3</source>
        <translation>Server wilayah %1 menolak login %2: %3</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate this desk does not trust. Its SHA-256 fingerprint is %2. Compare it with the one the server administrator gives, then start with --fingerprint %2 (or --ca with the agency CA file).</source>
        <translation>Server %1 menunjukkan sertifikat yang tidak dipercaya meja ini. Sidik jari SHA-256-nya %2. Cocokkan dengan yang diberikan administrator server, lalu jalankan dengan --fingerprint %2 (atau --ca dengan berkas CA instansi).</translation>
    </message>
</context>
<context>
    <name>lintas::DispatchCoordinator</name>
    <message>
        <source>There is no road network to route on.</source>
        <translation>Tidak ada jaringan jalan untuk menghitung rute.</translation>
    </message>
</context>
<context>
    <name>lintas::DispatchText</name>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 mnt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>position %1 min old</source>
        <translation>posisi %1 mnt lalu</translation>
    </message>
    <message>
        <source>position age unknown</source>
        <translation>waktu posisi tidak diketahui</translation>
    </message>
    <message>
        <source>already dispatched elsewhere</source>
        <translation>sudah ditugaskan di tempat lain</translation>
    </message>
    <message>
        <source>not suited to this incident</source>
        <translation>tidak cocok untuk kejadian ini</translation>
    </message>
    <message>
        <source>no road route</source>
        <translation>tidak ada rute jalan</translation>
    </message>
    <message>
        <source>farther by road than the nearest units</source>
        <translation>lebih jauh lewat jalan daripada unit-unit terdekat</translation>
    </message>
</context>
<context>
    <name>lintas::DrillDownDialog</name>
    <message>
        <source>No store is open.</source>
        <translation>Belum ada penyimpanan yang dibuka.</translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation>Memuat data…</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Data tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No records behind this figure.</source>
        <translation>Tidak ada data di balik angka ini.</translation>
    </message>
    <message>
        <source>The newest %1 records. Enter opens the selected one.</source>
        <translation>%1 data terbaru. Enter membuka data yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n data. Enter membuka data yang dipilih.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::DrillRecordModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lintas::EidoImport</name>
    <message numerus="yes">
        <source>%n incident(s) imported</source>
        <translation>
            <numerusform>%n kejadian diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n note(s) added</source>
        <translation>
            <numerusform>, %n catatan ditambahkan</numerusform>
        </translation>
    </message>
    <message>
        <source>; already present: %1</source>
        <translation>; sudah ada: %1</translation>
    </message>
</context>
<context>
    <name>lintas::EidoReader</name>
    <message>
        <source>nothing</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 bukan teks</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a zone (RFC 3339)</source>
        <translation>&apos;%1&apos; bukan tanggal dan waktu dengan zona waktu (RFC 3339)</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 bukan daftar</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>gml:pos &apos;%1&apos; is not &quot;latitude longitude&quot;</source>
        <translation>gml:pos &apos;%1&apos; bukan &quot;lintang bujur&quot;</translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not a number</source>
        <translation>lintang &apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not a number</source>
        <translation>bujur &apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>lintang %1 di luar -90…90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>bujur %1 di luar -180…180</translation>
    </message>
    <message>
        <source>not a PIDF-LO XML document (line %1: %2)</source>
        <translation>bukan dokumen XML PIDF-LO (baris %1: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version this program reads (1.0)</source>
        <translation>&apos;%1&apos; bukan versi yang dapat dibaca program ini (1.0)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 bukan objek</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident type this program knows</source>
        <translation>&apos;%1&apos; bukan jenis kejadian yang dikenal program ini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (reported, dispatched, en_route, on_scene, cleared, closed)</source>
        <translation>&apos;%1&apos; bukan status (reported, dispatched, en_route, on_scene, cleared, closed)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (Pending, Active, Closed)</source>
        <translation>&apos;%1&apos; bukan status (Pending, Active, Closed)</translation>
    </message>
    <message>
        <source>%1 is not a priority 1…4</source>
        <translation>%1 bukan prioritas 1…4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority P1…P4</source>
        <translation>&apos;%1&apos; bukan prioritas P1…P4</translation>
    </message>
    <message>
        <source>%1 is not a number of lanes</source>
        <translation>%1 bukan jumlah lajur</translation>
    </message>
    <message>
        <source>%1 is not between 0 and lanesTotal</source>
        <translation>%1 tidak berada di antara 0 dan lanesTotal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no locationComponent</source>
        <translation>&apos;%1&apos; tidak merujuk ke locationComponent mana pun</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a station this program knows</source>
        <translation>&apos;%1&apos; bukan kesatuan yang dikenal program ini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; muncul dua kali</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation>Berkas ini bukan JSON: %1 pada karakter ke-%2.</translation>
    </message>
    <message>
        <source>The file holds no EIDO.</source>
        <translation>Berkas ini tidak berisi EIDO.</translation>
    </message>
    <message>
        <source>EIDO %1: %2 is not an EIDO object.</source>
        <translation>EIDO %1: %2 bukan objek EIDO.</translation>
    </message>
    <message>
        <source>EIDO %1 (without $id): $id: %2.</source>
        <translation>EIDO %1 (tanpa $id): $id: %2.</translation>
    </message>
    <message>
        <source>%1 is not an identifier</source>
        <translation>%1 bukan pengenal</translation>
    </message>
    <message>
        <source>EIDO %1 (%2): %3: %4.</source>
        <translation>EIDO %1 (%2): %3: %4.</translation>
    </message>
</context>
<context>
    <name>lintas::ExchangeMenu</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>Penyimpanan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Export incidents as EIDO</source>
        <translation>Ekspor kejadian sebagai EIDO</translation>
    </message>
    <message>
        <source>EIDO JSON (*.json)</source>
        <translation>EIDO JSON (*.json)</translation>
    </message>
    <message>
        <source>Import EIDO</source>
        <translation>Impor EIDO</translation>
    </message>
    <message>
        <source>EIDO JSON (*.json);;All files (*)</source>
        <translation>EIDO JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Road alert (CAP)</source>
        <translation>Peringatan jalan (CAP)</translation>
    </message>
    <message>
        <source>There is no open incident to announce.</source>
        <translation>Tidak ada kejadian terbuka yang perlu diumumkan.</translation>
    </message>
    <message>
        <source>Export road alert (CAP)</source>
        <translation>Ekspor peringatan jalan (CAP)</translation>
    </message>
    <message>
        <source>CAP 1.2 alert (*.xml)</source>
        <translation>Peringatan CAP 1.2 (*.xml)</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>Ekspor kejadian</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Ekspor perkara</translation>
    </message>
    <message>
        <source>The incident is not in the store.</source>
        <translation>Kejadian ini tidak ada di penyimpanan.</translation>
    </message>
    <message>
        <source>No incident was reported in that period and station; nothing was written.</source>
        <translation>Tidak ada kejadian yang dilaporkan pada periode dan kesatuan itu; tidak ada yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1 as NENA EIDO.</source>
        <translation>
            <numerusform>%n kejadian ditulis ke %1 sebagai NENA EIDO.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing new: every incident and note in the file is already present (%1).</source>
        <translation>Tidak ada yang baru: semua kejadian dan catatan dalam berkas ini sudah ada (%1).</translation>
    </message>
    <message>
        <source>The store refused the import: %1</source>
        <translation>Penyimpanan menolak impor ini: %1</translation>
    </message>
    <message>
        <source>The road alert for %1 was written to %2 (CAP 1.2, Indonesian and English).</source>
        <translation>Peringatan jalan untuk %1 ditulis ke %2 (CAP 1.2, bahasa Indonesia dan Inggris).</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1.</source>
        <translation>
            <numerusform>%n kejadian ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n perkara ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data e&amp;xchange</source>
        <translation>&amp;Pertukaran data</translation>
    </message>
    <message>
        <source>Export incidents as &amp;EIDO…</source>
        <translation>Ekspor kejadian sebagai &amp;EIDO…</translation>
    </message>
    <message>
        <source>The selected incident or a period&apos;s incidents, with units and timeline, as NENA EIDO JSON</source>
        <translation>Kejadian yang dipilih atau kejadian dalam satu periode, beserta unit dan kronologinya, sebagai NENA EIDO JSON</translation>
    </message>
    <message>
        <source>&amp;Import EIDO…</source>
        <translation>&amp;Impor EIDO…</translation>
    </message>
    <message>
        <source>Incidents and notes from a NENA EIDO JSON file; a file with any error imports nothing</source>
        <translation>Kejadian dan catatan dari berkas NENA EIDO JSON; berkas yang mengandung satu kesalahan pun tidak diimpor sama sekali</translation>
    </message>
    <message>
        <source>Export road &amp;alert (CAP)…</source>
        <translation>Ekspor &amp;peringatan jalan (CAP)…</translation>
    </message>
    <message>
        <source>A road closure or hazard as an OASIS CAP 1.2 alert in Indonesian and English</source>
        <translation>Penutupan jalan atau bahaya sebagai peringatan OASIS CAP 1.2 dalam bahasa Indonesia dan Inggris</translation>
    </message>
    <message>
        <source>Export i&amp;ncidents (GeoJSON / CSV)…</source>
        <translation>Ekspor ke&amp;jadian (GeoJSON / CSV)…</translation>
    </message>
    <message>
        <source>A period&apos;s incidents for a map or a spreadsheet</source>
        <translation>Kejadian dalam satu periode untuk peta atau lembar kerja</translation>
    </message>
    <message>
        <source>Export &amp;cases (GeoJSON / CSV)…</source>
        <translation>Ekspor pe&amp;rkara (GeoJSON / CSV)…</translation>
    </message>
    <message>
        <source>A period&apos;s cases (violations, ETLE tickets, accidents) for a map or a spreadsheet</source>
        <translation>Perkara dalam satu periode (pelanggaran, tilang ETLE, kecelakaan) untuk peta atau lembar kerja</translation>
    </message>
</context>
<context>
    <name>lintas::ExchangeScopeDialog</name>
    <message>
        <source>The selected incident (%1)</source>
        <translation>Kejadian yang dipilih (%1)</translation>
    </message>
    <message>
        <source>Every incident reported in a period</source>
        <translation>Semua kejadian yang dilaporkan dalam satu periode</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>Semua kesatuan</translation>
    </message>
    <message>
        <source>From (WIB):</source>
        <translation>Dari (WIB):</translation>
    </message>
    <message>
        <source>To (WIB):</source>
        <translation>Sampai (WIB):</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Kesatuan:</translation>
    </message>
    <message>
        <source>GeoJSON (map layers, GIS)</source>
        <translation>GeoJSON (lapisan peta, GIS)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (lembar kerja)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
</context>
<context>
    <name>lintas::ForecastController</name>
    <message>
        <source>Hotspot forecast off</source>
        <translation>Prakiraan rawan dinonaktifkan</translation>
    </message>
    <message numerus="yes">
        <source>No incidents in the last %n day(s) to learn a forecast from</source>
        <translation>
            <numerusform>Tidak ada kejadian dalam %n hari terakhir sebagai bahan prakiraan</numerusform>
        </translation>
    </message>
    <message>
        <source>No available unit with a known position to place</source>
        <translation>Tidak ada unit tersedia dengan posisi yang diketahui untuk ditempatkan</translation>
    </message>
    <message>
        <source>Hotspot forecast · now</source>
        <translation>Prakiraan rawan · sekarang</translation>
    </message>
    <message>
        <source>Hotspot forecast · next 3 hours</source>
        <translation>Prakiraan rawan · 3 jam ke depan</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) placed cover %1% of the expected incidents in this hour</source>
        <translation>
            <numerusform>%n unit yang ditempatkan menjangkau %1% perkiraan kejadian pada jam ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) placed cover %1% of the expected incidents in the next 3 hours</source>
        <translation>
            <numerusform>%n unit yang ditempatkan menjangkau %1% perkiraan kejadian dalam 3 jam ke depan</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotspot &amp;forecast</source>
        <translation>Prakiraan &amp;rawan</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Nonaktif</translation>
    </message>
    <message>
        <source>Hide the hotspot forecast</source>
        <translation>Sembunyikan prakiraan rawan</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Sekarang</translation>
    </message>
    <message>
        <source>Expected incidents in the current hour, per cell of about 250 m</source>
        <translation>Perkiraan jumlah kejadian pada jam ini, per sel sekitar 250 m</translation>
    </message>
    <message>
        <source>Next &amp;3 hours</source>
        <translation>&amp;3 jam ke depan</translation>
    </message>
    <message>
        <source>Expected incidents in the next three hours, per cell of about 250 m</source>
        <translation>Perkiraan jumlah kejadian dalam tiga jam ke depan, per sel sekitar 250 m</translation>
    </message>
    <message>
        <source>&amp;Cycle forecast view</source>
        <translation>&amp;Ganti tampilan prakiraan</translation>
    </message>
    <message>
        <source>Off, now, next 3 hours, off</source>
        <translation>Nonaktif, sekarang, 3 jam ke depan, nonaktif</translation>
    </message>
    <message>
        <source>Show suggested &amp;placement</source>
        <translation>Tampilkan usulan &amp;penempatan</translation>
    </message>
    <message>
        <source>Where the available units should stand to cover the highest-risk cells within their travel time</source>
        <translation>Tempat unit yang tersedia sebaiknya bersiaga agar sel paling rawan terjangkau dalam waktu tempuhnya</translation>
    </message>
</context>
<context>
    <name>lintas::HeatLayer</name>
    <message>
        <source>Expected incidents per cell</source>
        <translation>Perkiraan kejadian per sel</translation>
    </message>
</context>
<context>
    <name>lintas::IncidentChooserDialog</name>
    <message>
        <source>Road alert (CAP)</source>
        <translation>Peringatan jalan (CAP)</translation>
    </message>
    <message>
        <source>Which closure or hazard should the alert announce?</source>
        <translation>Penutupan jalan atau bahaya mana yang akan diumumkan?</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
</context>
<context>
    <name>lintas::IncidentDetailWidget</name>
    <message>
        <source>No incident selected.
Choose one in the incident queue (F2) or take a new call (N).</source>
        <translation>Belum ada kejadian yang dipilih.
Pilih satu di antrean kejadian (F2) atau terima laporan baru (N).</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Kesatuan:</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>Pelapor:</translation>
    </message>
    <message>
        <source>Casualties:</source>
        <translation>Korban:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Ringkasan:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Dilaporkan:</translation>
    </message>
    <message>
        <source>First dispatch:</source>
        <translation>Penugasan pertama:</translation>
    </message>
    <message>
        <source>First arrival:</source>
        <translation>Tiba pertama:</translation>
    </message>
    <message>
        <source>Cleared:</source>
        <translation>Selesai ditangani:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Ditutup:</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add a note to the timeline and press Enter (F4)</source>
        <translation>Tulis catatan untuk kronologi lalu tekan Enter (F4)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Add the note to the incident&apos;s timeline (Enter)</source>
        <translation>Tambahkan catatan ke kronologi kejadian (Enter)</translation>
    </message>
    <message>
        <source>(numbering)</source>
        <translation>(sedang diberi nomor)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>MD %1 · LB %2 · LR %3</source>
        <translation>MD %1 · LB %2 · LR %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>dispatched %1</source>
        <translation>ditugaskan %1</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>tiba %1</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>selesai %1</translation>
    </message>
    <message>
        <source>No unit dispatched yet (D dispatches one).</source>
        <translation>Belum ada unit yang ditugaskan (D untuk menugaskan).</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Diverifikasi:</translation>
    </message>
    <message>
        <source>Lanes cleared:</source>
        <translation>Lajur dibuka kembali:</translation>
    </message>
    <message>
        <source>Last unit left:</source>
        <translation>Unit terakhir pergi:</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Tandai sudah diverifikasi</translation>
    </message>
    <message>
        <source>Record that the report is confirmed (by a caller, a camera or a unit on scene)</source>
        <translation>Catat bahwa laporan sudah dipastikan benar (oleh penelepon, kamera, atau unit di lokasi)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>lintas::IncidentIntakeDialog</name>
    <message>
        <source>New incident</source>
        <translation>Kejadian baru</translation>
    </message>
    <message>
        <source>&amp;Type (press its key)</source>
        <translation>&amp;Jenis (tekan tombolnya)</translation>
    </message>
    <message>
        <source>&amp;Priority (1–4)</source>
        <translation>&amp;Prioritas (1–4)</translation>
    </message>
    <message>
        <source>Priority %1 (key %1)</source>
        <translation>Prioritas %1 (tombol %1)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lokasi</translation>
    </message>
    <message>
        <source>Landmark, road name or coordinates such as -6.1754, 106.8272</source>
        <translation>Tempat penting, nama jalan, atau koordinat seperti -6.1754, 106.8272</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Kesatuan</translation>
    </message>
    <message>
        <source>The Polres that handles the incident; the nearest one is chosen from the location</source>
        <translation>Polres yang menangani kejadian; yang terdekat dipilih otomatis dari lokasi</translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation>Pelap&amp;or</translation>
    </message>
    <message>
        <source>Name of the caller</source>
        <translation>Nama penelepon</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>0812…</source>
        <translation>0812…</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>&amp;MD (died)</source>
        <translation>&amp;MD (meninggal dunia)</translation>
    </message>
    <message>
        <source>L&amp;B (seriously hurt)</source>
        <translation>L&amp;B (luka berat)</translation>
    </message>
    <message>
        <source>L&amp;R (slightly hurt)</source>
        <translation>L&amp;R (luka ringan)</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Uraian</translation>
    </message>
    <message>
        <source>What the caller reports</source>
        <translation>Apa yang dilaporkan penelepon</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+Enter)</source>
        <translation>Simpan kejadian (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Close the form without saving (Esc)</source>
        <translation>Tutup formulir tanpa menyimpan (Esc)</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tombol %1</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Type a landmark, a road name or coordinates.</source>
        <translation>Ketik tempat penting, nama jalan, atau koordinat.</translation>
    </message>
    <message>
        <source>Found in the gazetteer: %1</source>
        <translation>Ditemukan di daftar tempat: %1</translation>
    </message>
    <message>
        <source>“%1” is not in the gazetteer; the incident is saved without a map position.</source>
        <translation>“%1” tidak ada di daftar tempat; kejadian disimpan tanpa posisi di peta.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Choose the type of incident first (press its key).</source>
        <translation>Pilih jenis kejadian terlebih dahulu (tekan tombolnya).</translation>
    </message>
    <message>
        <source>The location needs correcting before the incident can be saved.</source>
        <translation>Lokasi perlu diperbaiki sebelum kejadian dapat disimpan.</translation>
    </message>
    <message>
        <source>Choose the station that handles the incident.</source>
        <translation>Pilih kesatuan yang menangani kejadian.</translation>
    </message>
    <message>
        <source>The store refused the incident: %1</source>
        <translation>Penyimpanan menolak kejadian ini: %1</translation>
    </message>
    <message>
        <source>Discard incident</source>
        <translation>Buang kejadian</translation>
    </message>
    <message>
        <source>Discard the incident you are typing? Nothing has been saved.</source>
        <translation>Buang kejadian yang sedang diketik? Belum ada yang tersimpan.</translation>
    </message>
    <message>
        <source>R&amp;oad</source>
        <translation>&amp;Jalan</translation>
    </message>
    <message>
        <source>Nearest street, from the map</source>
        <translation>Jalan terdekat, dari peta</translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <source>District, from the map</source>
        <translation>Kecamatan, dari peta</translation>
    </message>
</context>
<context>
    <name>lintas::IncidentQueueModel</name>
    <message>
        <source>(numbering)</source>
        <translation>(sedang diberi nomor)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>Dilaporkan %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Reported %1; the clocks stopped when it was cleared at %2</source>
        <translation>Dilaporkan %1; penghitung waktu berhenti saat selesai ditangani pada %2</translation>
    </message>
    <message>
        <source>First unit dispatched %1</source>
        <translation>Unit pertama ditugaskan %1</translation>
    </message>
    <message>
        <source>No unit dispatched yet</source>
        <translation>Belum ada unit yang ditugaskan</translation>
    </message>
    <message>
        <source>First unit on scene %1</source>
        <translation>Unit pertama tiba di lokasi %1</translation>
    </message>
    <message>
        <source>No unit on scene yet</source>
        <translation>Belum ada unit di lokasi</translation>
    </message>
    <message>
        <source>Since report</source>
        <translation>Sejak laporan</translation>
    </message>
    <message>
        <source>Since dispatch</source>
        <translation>Sejak penugasan</translation>
    </message>
    <message>
        <source>Since arrival</source>
        <translation>Sejak tiba</translation>
    </message>
    <message>
        <source>Time since the report (minutes:seconds); amber near a limit, red past it</source>
        <translation>Waktu sejak laporan (menit:detik); kuning bila mendekati batas, merah bila melewatinya</translation>
    </message>
    <message>
        <source>Time since the first unit was dispatched</source>
        <translation>Waktu sejak unit pertama ditugaskan</translation>
    </message>
    <message>
        <source>Time since the first unit arrived on scene</source>
        <translation>Waktu sejak unit pertama tiba di lokasi</translation>
    </message>
</context>
<context>
    <name>lintas::LaneImpactEditor</name>
    <message>
        <source>clear</source>
        <translation>bebas</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>terganggu</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>tertutup</translation>
    </message>
    <message>
        <source>No lanes recorded. Add a direction of the road to record which lanes are blocked.</source>
        <translation>Belum ada lajur yang dicatat. Tambahkan arah jalan untuk mencatat lajur mana yang tertutup.</translation>
    </message>
    <message>
        <source>Add direction</source>
        <translation>Tambah arah</translation>
    </message>
    <message>
        <source>Add a direction of the road (for example “arah Semanggi”) with its lanes</source>
        <translation>Tambahkan arah jalan (misalnya “arah Semanggi”) beserta lajurnya</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Forget the unsaved lane changes</source>
        <translation>Buang perubahan lajur yang belum disimpan</translation>
    </message>
    <message>
        <source>Save lanes</source>
        <translation>Simpan lajur</translation>
    </message>
    <message>
        <source>Record the lane impact on the incident</source>
        <translation>Catat dampak kejadian pada lajur</translation>
    </message>
    <message>
        <source>Direction, e.g. arah Semanggi</source>
        <translation>Arah, mis. arah Semanggi</translation>
    </message>
    <message>
        <source>Add a lane on the right</source>
        <translation>Tambah lajur di sebelah kanan</translation>
    </message>
    <message>
        <source>Add a lane</source>
        <translation>Tambah lajur</translation>
    </message>
    <message>
        <source>Remove the rightmost lane</source>
        <translation>Hapus lajur paling kanan</translation>
    </message>
    <message>
        <source>Remove a lane</source>
        <translation>Hapus lajur</translation>
    </message>
    <message>
        <source>Remove this direction</source>
        <translation>Hapus arah ini</translation>
    </message>
    <message>
        <source>No lanes recorded</source>
        <translation>Belum ada lajur yang dicatat</translation>
    </message>
    <message numerus="yes">
        <source>All %n lane(s) clear</source>
        <translation>
            <numerusform>Semua %n lajur bebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lane(s) blocked</source>
        <translation>
            <numerusform>%1 dari %n lajur tertutup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lane(s) affected</source>
        <translation>
            <numerusform>%1 dari %n lajur terganggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lane(s) blocked, %2 affected</source>
        <translation>
            <numerusform>%1 dari %n lajur tertutup, %2 terganggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction %1, lane %2 of %3</source>
        <translation>Arah %1, lajur %2 dari %3</translation>
    </message>
    <message>
        <source>%1, lane %2 of %3</source>
        <translation>%1, lajur %2 dari %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Click or Space: clear → affected → blocked; C, A, B set it; Left and Right move between lanes</source>
        <translation>%1
Klik atau Spasi: bebas → terganggu → tertutup; C, A, B (clear, affected, blocked) langsung memilihnya; Kiri dan Kanan berpindah antarlajur</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (belum disimpan)</translation>
    </message>
</context>
<context>
    <name>lintas::LoginDialog</name>
    <message>
        <source>Log in to the regional server</source>
        <translation>Masuk ke server wilayah</translation>
    </message>
    <message>
        <source>Log in to the regional server %1 to share this desk&apos;s incidents and see the units live. Until then the desk works on its own and keeps every change.</source>
        <translation>Masuk ke server wilayah %1 untuk berbagi kejadian dari meja ini dan melihat posisi unit secara langsung. Sampai saat itu meja bekerja sendiri dan menyimpan setiap perubahan.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Bahasa / &amp;Language:</source>
        <translation>&amp;Bahasa / Language:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation>Kerja &amp;luring</translation>
    </message>
</context>
<context>
    <name>lintas::MainWindow</name>
    <message>
        <source>Lintas — Traffic command center</source>
        <translation>Lintas — Pusat Komando Lalu Lintas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Kejadian</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Set &amp;status (on the unit board)</source>
        <translation>Ubah &amp;status (di papan unit)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>Antrean kejadian</translation>
    </message>
    <message>
        <source>Unit board</source>
        <translation>Papan unit</translation>
    </message>
    <message>
        <source>Search open incidents: number, type, road, landmark (Ctrl+F)</source>
        <translation>Cari kejadian terbuka: nomor, jenis, jalan, tempat (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Kejadian &amp;baru…</translation>
    </message>
    <message>
        <source>Take a new call: open the incident intake form</source>
        <translation>Terima laporan baru: buka formulir kejadian</translation>
    </message>
    <message>
        <source>&amp;Search incidents</source>
        <translation>&amp;Cari kejadian</translation>
    </message>
    <message>
        <source>Search the open incidents</source>
        <translation>Cari di antara kejadian yang masih terbuka</translation>
    </message>
    <message>
        <source>&amp;Dispatch unit</source>
        <translation>Tu&amp;gaskan unit</translation>
    </message>
    <message>
        <source>C&amp;lear incident</source>
        <translation>&amp;Selesaikan kejadian</translation>
    </message>
    <message>
        <source>Mark the selected incident as cleared and free the units on it</source>
        <translation>Tandai kejadian yang dipilih selesai ditangani dan bebaskan unit yang menanganinya</translation>
    </message>
    <message>
        <source>Cl&amp;ose incident</source>
        <translation>T&amp;utup kejadian</translation>
    </message>
    <message>
        <source>Close the selected incident (cleared, or a false report); it leaves the queue</source>
        <translation>Tutup kejadian yang dipilih (sudah selesai, atau laporan palsu); kejadian keluar dari antrean</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Tambah ca&amp;tatan</translation>
    </message>
    <message>
        <source>Write a note on the selected incident&apos;s timeline</source>
        <translation>Tulis catatan di kronologi kejadian yang dipilih</translation>
    </message>
    <message>
        <source>Go to incident &amp;queue</source>
        <translation>Ke &amp;antrean kejadian</translation>
    </message>
    <message>
        <source>Go to &amp;unit board</source>
        <translation>Ke &amp;papan unit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Quit Lintas</source>
        <translation>Keluar dari Lintas</translation>
    </message>
    <message>
        <source>Dispatch the selected unit to the selected incident</source>
        <translation>Tugaskan unit yang dipilih ke kejadian yang dipilih</translation>
    </message>
    <message>
        <source>Set the selected unit to “%1”</source>
        <translation>Ubah status unit yang dipilih menjadi “%1”</translation>
    </message>
    <message>
        <source>&amp;Light (day)</source>
        <translation>&amp;Terang (siang)</translation>
    </message>
    <message>
        <source>Light theme for daytime</source>
        <translation>Tema terang untuk siang hari</translation>
    </message>
    <message>
        <source>&amp;Dark (night)</source>
        <translation>&amp;Gelap (malam)</translation>
    </message>
    <message>
        <source>Dark theme for the night shift</source>
        <translation>Tema gelap untuk dinas malam</translation>
    </message>
    <message>
        <source>Incident queue panel</source>
        <translation>Panel antrean kejadian</translation>
    </message>
    <message>
        <source>Show or hide the incident queue</source>
        <translation>Tampilkan atau sembunyikan antrean kejadian</translation>
    </message>
    <message>
        <source>Unit board panel</source>
        <translation>Panel papan unit</translation>
    </message>
    <message>
        <source>Show or hide the unit board</source>
        <translation>Tampilkan atau sembunyikan papan unit</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Kembalikan tata letak</translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation>Kembalikan panel ke posisi semula</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>&amp;About Lintas</source>
        <translation>&amp;Tentang Lintas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n perubahan menunggu sinkronisasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n kejadian terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident saved</source>
        <translation>Kejadian tersimpan</translation>
    </message>
    <message>
        <source>Select an incident in the queue first (F2)</source>
        <translation>Pilih kejadian di antrean terlebih dahulu (F2)</translation>
    </message>
    <message>
        <source>Dispatch unit</source>
        <translation>Tugaskan unit</translation>
    </message>
    <message>
        <source>No unit can be dispatched now: every unit is busy.</source>
        <translation>Saat ini tidak ada unit yang dapat ditugaskan: semua unit sedang bertugas.</translation>
    </message>
    <message>
        <source>%1 dispatched to %2</source>
        <translation>%1 ditugaskan ke %2</translation>
    </message>
    <message>
        <source>Select a unit on the unit board first (F3)</source>
        <translation>Pilih unit di papan unit terlebih dahulu (F3)</translation>
    </message>
    <message>
        <source>%1 cannot go from “%2” to “%3”</source>
        <translation>Status %1 tidak dapat diubah dari “%2” menjadi “%3”</translation>
    </message>
    <message>
        <source>Close %1 without dispatching a unit (a false or duplicate report)? It leaves the queue.</source>
        <translation>Tutup %1 tanpa menugaskan unit (laporan palsu atau ganda)? Kejadian akan keluar dari antrean.</translation>
    </message>
    <message>
        <source>Close %1? It leaves the queue.</source>
        <translation>Tutup %1? Kejadian akan keluar dari antrean.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Tutup kejadian</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Perubahan tidak tersimpan</translation>
    </message>
    <message>
        <source>The store refused the change.</source>
        <translation>Penyimpanan menolak perubahan ini.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Intake form: save</source>
        <translation>Formulir kejadian: simpan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Intake form: cancel</source>
        <translation>Formulir kejadian: batal</translation>
    </message>
    <message>
        <source>About Lintas</source>
        <translation>Tentang Lintas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lintas %1&lt;/b&gt;&lt;br&gt;Traffic police command center.&lt;br&gt;Map data © OpenStreetMap contributors.</source>
        <translation>&lt;b&gt;Lintas %1&lt;/b&gt;&lt;br&gt;Pusat komando polisi lalu lintas.&lt;br&gt;Data peta © kontributor OpenStreetMap.</translation>
    </message>
    <message>
        <source>No place called “%1” on the map</source>
        <translation>Tidak ada tempat bernama “%1” di peta</translation>
    </message>
    <message>
        <source>No map package is open</source>
        <translation>Belum ada paket peta yang dibuka</translation>
    </message>
    <message>
        <source>Incident detail</source>
        <translation>Detail kejadian</translation>
    </message>
    <message>
        <source>Find a place on the map: road or landmark (Ctrl+L)</source>
        <translation>Cari tempat di peta: jalan atau tengara (Ctrl+L)</translation>
    </message>
    <message>
        <source>Type a road or landmark, such as “Sudirman” or “Monas”, and press Enter to move the map there (Ctrl+L)</source>
        <translation>Ketik nama jalan atau tengara, misalnya “Sudirman” atau “Monas”, lalu tekan Enter untuk memindahkan peta ke sana (Ctrl+L)</translation>
    </message>
    <message>
        <source>Go to &amp;map</source>
        <translation>Ke &amp;peta</translation>
    </message>
    <message>
        <source>Put the keyboard on the map: arrows pan, + and − zoom</source>
        <translation>Arahkan papan ketik ke peta: panah menggeser, + dan − memperbesar/memperkecil</translation>
    </message>
    <message>
        <source>&amp;Find place on the map…</source>
        <translation>&amp;Cari tempat di peta…</translation>
    </message>
    <message>
        <source>Find a road or landmark and move the map there</source>
        <translation>Cari jalan atau tengara dan pindahkan peta ke sana</translation>
    </message>
    <message>
        <source>&amp;Kecamatan boundaries</source>
        <translation>Batas &amp;kecamatan</translation>
    </message>
    <message>
        <source>Show or hide the kecamatan boundaries on the map</source>
        <translation>Tampilkan atau sembunyikan batas kecamatan di peta</translation>
    </message>
    <message>
        <source>&amp;Open map package…</source>
        <translation>&amp;Buka paket peta…</translation>
    </message>
    <message>
        <source>Open another map package (*.lintasmap)</source>
        <translation>Buka paket peta lain (*.lintasmap)</translation>
    </message>
    <message>
        <source>Incident detail panel</source>
        <translation>Panel detail kejadian</translation>
    </message>
    <message>
        <source>Show or hide the incident detail</source>
        <translation>Tampilkan atau sembunyikan detail kejadian</translation>
    </message>
    <message>
        <source>%1 is “%2”: no unit can be dispatched to it</source>
        <translation>%1 berstatus “%2”: tidak ada unit yang dapat dikirim ke sana</translation>
    </message>
    <message>
        <source>%1 is already on %2</source>
        <translation>%1 sudah menangani %2</translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot be dispatched now</source>
        <translation>%1 berstatus “%2” dan tidak dapat dikirim sekarang</translation>
    </message>
    <message>
        <source>Start Lintas with --map FILE to use a map package (*.lintasmap), or open one with File ▸ Open map package (%1). Incidents and units keep working without the map.</source>
        <translation>Jalankan Lintas dengan --map BERKAS untuk memakai sebuah paket peta (*.lintasmap), atau buka lewat Berkas ▸ Buka paket peta (%1). Kejadian dan unit tetap berfungsi tanpa peta.</translation>
    </message>
    <message>
        <source>The map package cannot be opened</source>
        <translation>Paket peta tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No map package found</source>
        <translation>Paket peta tidak ditemukan</translation>
    </message>
    <message>
        <source>No place to look for a map package was given.</source>
        <translation>Tidak ada lokasi yang diberikan untuk mencari paket peta.</translation>
    </message>
    <message>
        <source>Lintas looked for a map package in:</source>
        <translation>Lintas mencari paket peta di:</translation>
    </message>
    <message>
        <source>Open map package</source>
        <translation>Buka paket peta</translation>
    </message>
    <message>
        <source>Map packages (*.lintasmap)</source>
        <translation>Paket peta (*.lintasmap)</translation>
    </message>
    <message>
        <source>The map package %1 cannot be opened.</source>
        <translation>Paket peta %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Map package %1 opened</source>
        <translation>Paket peta %1 dibuka</translation>
    </message>
    <message>
        <source>road</source>
        <translation>jalan</translation>
    </message>
    <message>
        <source>landmark</source>
        <translation>tengara</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Import map data…</source>
        <translation>&amp;Impor data peta…</translation>
    </message>
    <message>
        <source>Build a map package from OpenStreetMap, Shapefile or GeoJSON data</source>
        <translation>Buat paket peta dari data OpenStreetMap, Shapefile, atau GeoJSON</translation>
    </message>
    <message>
        <source>That incident is not on record at this desk</source>
        <translation>Kejadian itu tidak tercatat di meja ini</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Perlu perhatian (%1)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Needs attention panel</source>
        <translation>Panel perlu perhatian</translation>
    </message>
    <message>
        <source>Show or hide the changes the regional server did not accept</source>
        <translation>Tampilkan atau sembunyikan perubahan yang tidak diterima server wilayah</translation>
    </message>
    <message>
        <source>Recommended units</source>
        <translation>Rekomendasi unit</translation>
    </message>
    <message>
        <source>Send the highlighted recommended unit (the top one) to the selected incident; from the unit board, the unit selected there</source>
        <translation>Tugaskan unit rekomendasi yang disorot (yang teratas) ke kejadian yang dipilih; dari papan unit, unit yang dipilih di sana</translation>
    </message>
    <message>
        <source>Dispatch &amp;another unit…</source>
        <translation>Tugaskan unit &amp;lain…</translation>
    </message>
    <message>
        <source>Choose any unit to send to the selected incident</source>
        <translation>Pilih unit mana pun untuk dikirim ke kejadian yang dipilih</translation>
    </message>
    <message>
        <source>Response &amp;limits…</source>
        <translation>Batas &amp;waktu respons…</translation>
    </message>
    <message>
        <source>How soon each priority must have a unit dispatched and on scene</source>
        <translation>Seberapa cepat unit harus ditugaskan dan tiba di lokasi untuk setiap prioritas</translation>
    </message>
    <message>
        <source>Go to &amp;recommended units</source>
        <translation>Ke &amp;rekomendasi unit</translation>
    </message>
    <message>
        <source>Put the keyboard on the recommended units: arrows choose, Enter dispatches</source>
        <translation>Arahkan papan ketik ke rekomendasi unit: panah memilih, Enter menugaskan</translation>
    </message>
    <message>
        <source>Recommended units panel</source>
        <translation>Panel rekomendasi unit</translation>
    </message>
    <message>
        <source>Show or hide the recommended units</source>
        <translation>Tampilkan atau sembunyikan rekomendasi unit</translation>
    </message>
    <message>
        <source>Show every keyboard shortcut over the window</source>
        <translation>Tampilkan semua pintasan papan ketik di atas jendela</translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot be dispatched now; choose another unit</source>
        <translation>%1 berstatus “%2” dan tidak dapat dikirim sekarang; pilih unit lain</translation>
    </message>
    <message>
        <source>Taking a call</source>
        <translation>Menerima laporan</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Huruf</translation>
    </message>
    <message>
        <source>Intake form: the incident type (K accident, M congestion, …)</source>
        <translation>Formulir kejadian: jenis kejadian (K kecelakaan, M kemacetan, …)</translation>
    </message>
    <message>
        <source>1–4</source>
        <translation>1–4</translation>
    </message>
    <message>
        <source>Intake form: the priority</source>
        <translation>Formulir kejadian: prioritas</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Intake form: take the place offered for the typed location</source>
        <translation>Formulir kejadian: pakai tempat yang ditawarkan untuk lokasi yang diketik</translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>↑ ↓, Enter</source>
        <translation>↑ ↓, Enter</translation>
    </message>
    <message>
        <source>Recommended units: highlight another unit, dispatch it</source>
        <translation>Rekomendasi unit: sorot unit lain, lalu tugaskan</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <source>Unit board: set the status (%1)</source>
        <translation>Papan unit: ubah status (%1)</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Arrows, + −</source>
        <translation>Panah, + −</translation>
    </message>
    <message>
        <source>Map: pan and zoom</source>
        <translation>Peta: geser dan perbesar/perkecil</translation>
    </message>
    <message>
        <source>Cases, view and program</source>
        <translation>Perkara, tampilan, dan program</translation>
    </message>
</context>
<context>
    <name>lintas::MapImportDialog</name>
    <message>
        <source>Import map data</source>
        <translation>Impor data peta</translation>
    </message>
    <message>
        <source>Map data: OpenStreetMap (.osm.pbf, .osm), Shapefile or GeoJSON</source>
        <translation>Data peta: OpenStreetMap (.osm.pbf, .osm), Shapefile, atau GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Tambah berkas…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>optional: a .shp, .geojson or .osm.pbf with kecamatan boundaries</source>
        <translation>opsional: berkas .shp, .geojson, atau .osm.pbf berisi batas kecamatan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Without a district file, the kecamatan boundaries (admin_level 6) of the OpenStreetMap data are used.</source>
        <translation>Tanpa berkas kecamatan, batas kecamatan (admin_level 6) dari data OpenStreetMap yang digunakan.</translation>
    </message>
    <message>
        <source>&amp;Landmarks:</source>
        <translation>T&amp;engara:</translation>
    </message>
    <message>
        <source>optional: CSV with name, kind, latitude, longitude</source>
        <translation>opsional: CSV berisi nama, jenis, lintang, bujur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>the file name, if left empty</source>
        <translation>nama berkas, jika dikosongkan</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <source>the new map package (*.lintasmap)</source>
        <translation>paket peta baru (*.lintasmap)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>&amp;Open map</source>
        <translation>&amp;Buka peta</translation>
    </message>
    <message>
        <source>Show the new map package on the map</source>
        <translation>Tampilkan paket peta baru di peta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The map package is being written and cannot be cancelled now</source>
        <translation>Paket peta sedang ditulis dan tidak dapat dibatalkan sekarang</translation>
    </message>
    <message>
        <source>Add map data</source>
        <translation>Tambah data peta</translation>
    </message>
    <message>
        <source>Map data (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2 *.shp *.geojson *.json);;OpenStreetMap (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json)</source>
        <translation>Data peta (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2 *.shp *.geojson *.json);;OpenStreetMap (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>District boundaries</source>
        <translation>Batas kecamatan</translation>
    </message>
    <message>
        <source>District boundaries (*.shp *.geojson *.json *.osm.pbf *.pbf *.osm)</source>
        <translation>Batas kecamatan (*.shp *.geojson *.json *.osm.pbf *.pbf *.osm)</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Tengara</translation>
    </message>
    <message>
        <source>Landmarks (*.csv)</source>
        <translation>Tengara (*.csv)</translation>
    </message>
    <message>
        <source>Save map package</source>
        <translation>Simpan paket peta</translation>
    </message>
    <message>
        <source>Map packages (*.lintasmap)</source>
        <translation>Paket peta (*.lintasmap)</translation>
    </message>
    <message>
        <source>Add at least one file with roads: OpenStreetMap (.osm.pbf, .osm), Shapefile or GeoJSON.</source>
        <translation>Tambahkan setidaknya satu berkas berisi jalan: OpenStreetMap (.osm.pbf, .osm), Shapefile, atau GeoJSON.</translation>
    </message>
    <message>
        <source>%1: unknown map data format (expected .osm.pbf, .osm, .shp, .geojson or .json).</source>
        <translation>%1: format data peta tidak dikenal (seharusnya .osm.pbf, .osm, .shp, .geojson, atau .json).</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: berkas tidak ada.</translation>
    </message>
    <message>
        <source>Choose where to save the map package.</source>
        <translation>Pilih tempat untuk menyimpan paket peta.</translation>
    </message>
    <message>
        <source>The map package would replace one of its own input files; choose another name.</source>
        <translation>Paket peta akan menimpa salah satu berkas masukannya sendiri; pilih nama lain.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new map package?</source>
        <translation>%1 sudah ada. Ganti dengan paket peta yang baru?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>The map package is being written; this last step cannot be cancelled. The dialog can be closed when it is done.</source>
        <translation>Paket peta sedang ditulis; langkah terakhir ini tidak dapat dibatalkan. Dialog dapat ditutup setelah selesai.</translation>
    </message>
    <message>
        <source>Writing the map package. This last step cannot be cancelled.</source>
        <translation>Menulis paket peta. Langkah terakhir ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>lintas::MapImportJob</name>
    <message>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <source>unknown map data format (expected .osm.pbf, .osm, .shp, .geojson or .json)</source>
        <translation>format data peta tidak dikenal (seharusnya .osm.pbf, .osm, .shp, .geojson, atau .json)</translation>
    </message>
    <message>
        <source>unknown boundary format (expected .shp, .geojson, .json or .osm.pbf)</source>
        <translation>format batas wilayah tidak dikenal (seharusnya .shp, .geojson, .json, atau .osm.pbf)</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message>
        <source>The map data holds no roads; a map package needs at least one.</source>
        <translation>Data peta tidak berisi jalan; paket peta memerlukan setidaknya satu jalan.</translation>
    </message>
    <message>
        <source>Writing roads</source>
        <translation>Menulis jalan</translation>
    </message>
    <message>
        <source>Building the routing graph</source>
        <translation>Membangun graf rute</translation>
    </message>
    <message>
        <source>Writing districts</source>
        <translation>Menulis kecamatan</translation>
    </message>
    <message>
        <source>Indexing places for search</source>
        <translation>Mengindeks tempat untuk pencarian</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Menulis %1</translation>
    </message>
    <message>
        <source>Wrote %1 (roads: %2, places: %3, districts: %4).</source>
        <translation>%1 selesai ditulis (jalan: %2, tempat: %3, kecamatan: %4).</translation>
    </message>
</context>
<context>
    <name>lintas::MapView</name>
    <message>
        <source>No map package is open</source>
        <translation>Belum ada paket peta yang dibuka</translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translation>Memuat peta…</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 · %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 · %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4 km/h</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;%4 km/jam</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n kejadian&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unit(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n unit&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Klik untuk memperbesar</translation>
    </message>
    <message>
        <source>New incident here</source>
        <translation>Kejadian baru di sini</translation>
    </message>
    <message>
        <source>Centre map here</source>
        <translation>Pusatkan peta di sini</translation>
    </message>
    <message>
        <source>R2</source>
        <comment>unit kind on a map marker: motorcycle patrol</comment>
        <translation>R2</translation>
    </message>
    <message>
        <source>R4</source>
        <comment>unit kind on a map marker: car patrol</comment>
        <translation>R4</translation>
    </message>
    <message>
        <source>PJR</source>
        <comment>unit kind on a map marker: highway patrol</comment>
        <translation>PJR</translation>
    </message>
    <message>
        <source>D</source>
        <comment>unit kind on a map marker: tow truck (derek)</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>A</source>
        <comment>unit kind on a map marker: ambulance</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>lintas::NeedsAttentionModel</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Made at %1 by %2</source>
        <translation>Dibuat %1 oleh %2</translation>
    </message>
    <message>
        <source>Rejected by the server at %1</source>
        <translation>Ditolak server pada %1</translation>
    </message>
    <message>
        <source>%1
The server said: %2</source>
        <translation>%1
Pesan server: %2</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Waktu dibuat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Why the server rejected it</source>
        <translation>Alasan ditolak server</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>Peran Anda tidak diizinkan melakukan ini</translation>
    </message>
    <message>
        <source>This record is outside your area of command</source>
        <translation>Data ini di luar wilayah tugas Anda</translation>
    </message>
    <message>
        <source>Your account may only read, not change records</source>
        <translation>Akun Anda hanya boleh membaca, tidak boleh mengubah data</translation>
    </message>
    <message>
        <source>Rejected by the server (%1)</source>
        <translation>Ditolak server (%1)</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Ditolak server</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>kejadian %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation>Kejadian baru: %1</translation>
    </message>
    <message>
        <source>New incident %1: %2</source>
        <translation>Kejadian baru %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: status from “%2” to “%3”</source>
        <translation>%1: status dari “%2” menjadi “%3”</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <translation>%1: catatan %2</translation>
    </message>
    <message>
        <source>%1: dispatch of %2</source>
        <translation>%1: penugasan %2</translation>
    </message>
    <message>
        <source>New unit %1</source>
        <translation>Unit baru %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: dispatch</source>
        <translation>%1: penugasan</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posisi</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioritas %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>jenis %1</translation>
    </message>
    <message>
        <source>road %1</source>
        <translation>jalan %1</translation>
    </message>
    <message>
        <source>landmark %1</source>
        <translation>tengara %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>satuan %1</translation>
    </message>
    <message>
        <source>lanes blocked %1</source>
        <translation>lajur tertutup %1</translation>
    </message>
    <message>
        <source>lanes %1</source>
        <translation>jumlah lajur %1</translation>
    </message>
    <message>
        <source>casualties</source>
        <translation>korban</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>pelapor</translation>
    </message>
    <message>
        <source>summary %1</source>
        <translation>ringkasan %1</translation>
    </message>
    <message>
        <source>callsign %1</source>
        <translation>kode panggil %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>jenis unit %1</translation>
    </message>
    <message>
        <source>crew</source>
        <translation>personel</translation>
    </message>
    <message>
        <source>no fields changed</source>
        <translation>tidak ada isian yang berubah</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>mengubah %1</translation>
    </message>
    <message>
        <source>Response thresholds: %1</source>
        <translation>Batas waktu respons: %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>perkara %1</translation>
    </message>
    <message>
        <source>case</source>
        <translation>perkara</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 baru</translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation>%1 baru %2</translation>
    </message>
    <message>
        <source>%1: correction %2 (%3)</source>
        <translation>%1: koreksi %2 (%3)</translation>
    </message>
    <message>
        <source>%1: attachment %2</source>
        <translation>%1: lampiran %2</translation>
    </message>
    <message>
        <source>%1: void requested, %2</source>
        <translation>%1: pembatalan diajukan, %2</translation>
    </message>
    <message>
        <source>%1: void approved, %2</source>
        <translation>%1: pembatalan disetujui, %2</translation>
    </message>
    <message>
        <source>%1: void refused, %2</source>
        <translation>%1: pembatalan ditolak, %2</translation>
    </message>
    <message>
        <source>%1: record opened</source>
        <translation>%1: data dibuka</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>pasal %1</translation>
    </message>
    <message>
        <source>New article in the catalogue: %1</source>
        <translation>Pasal baru di katalog: %1</translation>
    </message>
    <message>
        <source>%1: retired from the catalogue</source>
        <translation>%1: dinonaktifkan dari katalog</translation>
    </message>
    <message>
        <source>%1: catalogue entry changed</source>
        <translation>%1: entri katalog diubah</translation>
    </message>
</context>
<context>
    <name>lintas::NeedsAttentionPanel</name>
    <message>
        <source>Open incident</source>
        <translation>Buka kejadian</translation>
    </message>
    <message>
        <source>Show the incident this change was about (Enter)</source>
        <translation>Tampilkan kejadian yang terkait perubahan ini (Enter)</translation>
    </message>
    <message>
        <source>Nothing needs attention: the regional server accepted every change made at this desk.</source>
        <translation>Tidak ada yang perlu perhatian: server wilayah menerima setiap perubahan dari meja ini.</translation>
    </message>
    <message>
        <source>The regional server did not accept these changes, so they are not in the records. Make them again if they are still needed, or ask a supervisor.</source>
        <translation>Server wilayah tidak menerima perubahan berikut, sehingga tidak tercatat. Buat kembali jika masih diperlukan, atau hubungi supervisor.</translation>
    </message>
</context>
<context>
    <name>lintas::OfflineAreaDialog</name>
    <message>
        <source>Download offline area</source>
        <translation>Unduh area luring</translation>
    </message>
    <message>
        <source>Downloads the map tiles of the area now on screen from %1, so the map shows them without a network.</source>
        <translation>Mengunduh ubin peta untuk area yang sedang tampil di layar dari %1, agar peta tetap dapat menampilkannya tanpa jaringan.</translation>
    </message>
    <message>
        <source>the tile server</source>
        <translation>server ubin</translation>
    </message>
    <message>
        <source>Area: %1° to %2° south–north, %3° to %4° west–east</source>
        <translation>Area: %1° sampai %2° selatan–utara, %3° sampai %4° barat–timur</translation>
    </message>
    <message>
        <source>From zoom:</source>
        <translation>Dari tingkat perbesaran:</translation>
    </message>
    <message>
        <source>To zoom:</source>
        <translation>Sampai tingkat perbesaran:</translation>
    </message>
    <message>
        <source>Into the tile cache</source>
        <translation>Ke tembolok ubin</translation>
    </message>
    <message>
        <source>Into an MBTiles file:</source>
        <translation>Ke berkas MBTiles:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tile(s), about %1.</source>
        <translation>
            <numerusform>%Ln ubin, sekitar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than one download may take (%L1 tiles): choose a smaller area or fewer zoom levels.</source>
        <translation>Itu melebihi batas satu kali unduhan (%L1 ubin): pilih area yang lebih kecil atau lebih sedikit tingkat perbesaran.</translation>
    </message>
    <message>
        <source>It is larger than the tile cache (%1): older tiles would be dropped. Save it into an MBTiles file instead.</source>
        <translation>Ukurannya melebihi tembolok ubin (%1): ubin yang lebih lama akan dibuang. Sebaiknya simpan ke berkas MBTiles.</translation>
    </message>
    <message>
        <source>Save the offline area</source>
        <translation>Simpan area luring</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>Berkas MBTiles (*.mbtiles)</translation>
    </message>
    <message numerus="yes">
        <source>Download %Ln tile(s) (about %1) from %2?</source>
        <translation>
            <numerusform>Unduh %Ln ubin (sekitar %1) dari %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%L1 of %L2 tiles</source>
        <translation>%L1 dari %L2 ubin</translation>
    </message>
</context>
<context>
    <name>lintas::OverdueToast</name>
    <message>
        <source>Show incident</source>
        <translation>Tampilkan kejadian</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>lintas::OverrideReasonDialog</name>
    <message>
        <source>Reason for the override</source>
        <translation>Alasan tidak mengikuti rekomendasi</translation>
    </message>
    <message>
        <source>Send %1 to %2 instead of the recommended %3? Say why in a few words.</source>
        <translation>Kirim %1 ke %2, bukan %3 yang direkomendasikan? Jelaskan alasannya secara singkat.</translation>
    </message>
    <message>
        <source>For example: %1 is stuck in traffic; %2 knows the area</source>
        <translation>Misalnya: %1 terjebak macet; %2 mengenal daerahnya</translation>
    </message>
    <message>
        <source>The reason is kept in the incident&apos;s timeline and the audit log.</source>
        <translation>Alasan ini dicatat di kronologi kejadian dan di log audit.</translation>
    </message>
    <message>
        <source>Dispatch %1 (Enter)</source>
        <translation>Tugaskan %1 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
</context>
<context>
    <name>lintas::PartyTable</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>lintas::PendingVoidModel</name>
    <message>
        <source>Case</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>lintas::PlacementLayer</name>
    <message>
        <source>%1 → %2 min by road, covers %3 expected incidents</source>
        <translation>%1 → %2 mnt lewat jalan, menjangkau %3 perkiraan kejadian</translation>
    </message>
</context>
<context>
    <name>lintas::RecommendationModel</name>
    <message>
        <source>no route</source>
        <translation>tidak ada rute</translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot be dispatched now</source>
        <translation>%1 berstatus “%2” dan tidak dapat dikirim sekarang</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>ETA by road</source>
        <translation>ETA lewat jalan</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rute</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>lintas::RecommendationPanel</name>
    <message>
        <source>D sends the highlighted unit · F6 then ↑ ↓ picks another, Enter sends it · Shift+D: any unit</source>
        <translation>D menugaskan unit yang disorot · F6 lalu ↑ ↓ memilih unit lain, Enter menugaskannya · Shift+D: unit mana pun</translation>
    </message>
    <message>
        <source>Recommended units</source>
        <translation>Rekomendasi unit</translation>
    </message>
    <message>
        <source>the new incident</source>
        <translation>kejadian baru</translation>
    </message>
    <message>
        <source>Recommended units for %1 · %2 %3</source>
        <translation>Rekomendasi unit untuk %1 · %2 %3</translation>
    </message>
    <message>
        <source>This incident takes no more units.</source>
        <translation>Kejadian ini tidak menerima unit lagi.</translation>
    </message>
    <message>
        <source>Select an incident to see which units to send.</source>
        <translation>Pilih kejadian untuk melihat unit mana yang perlu dikirim.</translation>
    </message>
    <message>
        <source>Finding the nearest units by road…</source>
        <translation>Mencari unit terdekat lewat jalan…</translation>
    </message>
    <message>
        <source>No unit can be sent now: every unit is busy, on scene or out of service.</source>
        <translation>Saat ini tidak ada unit yang dapat dikirim: semua unit sibuk, di lokasi, atau tidak beroperasi.</translation>
    </message>
    <message>
        <source>By road travel time from live positions, as of %1.</source>
        <translation>Menurut waktu tempuh lewat jalan dari posisi terkini, per %1.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>%1 Choose a unit yourself: Enter, or Shift+D.</source>
        <translation>%1 Pilih unit sendiri: Enter, atau Shift+D.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · on the way</source>
        <translation>%1 · menuju lokasi</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Menuju lokasi</translation>
    </message>
</context>
<context>
    <name>lintas::ReportScheduler</name>
    <message>
        <source>Yesterday&apos;s daily report could not be written: %1</source>
        <translation>Laporan harian kemarin tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Yesterday&apos;s daily report is ready: %1</source>
        <translation>Laporan harian kemarin sudah siap: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>lintas::ReportSettingsDialog</name>
    <message>
        <source>Choose the folder the reports are written to.</source>
        <translation>Pilih folder tempat laporan ditulis.</translation>
    </message>
    <message>
        <source>Folder for the automatic reports</source>
        <translation>Folder untuk laporan otomatis</translation>
    </message>
    <message>
        <source>Automatic daily report</source>
        <translation>Laporan harian otomatis</translation>
    </message>
    <message>
        <source>Every day at the hour below, the desk writes the previous day&apos;s report of its Polda as PDF (Bahasa Indonesia and English) and CSV into the folder. Files already there are kept.</source>
        <translation>Setiap hari pada jam di bawah ini, meja menulis laporan hari sebelumnya (H-1) untuk Polda-nya sebagai PDF (Bahasa Indonesia dan Inggris) dan CSV ke dalam folder. Berkas yang sudah ada tidak ditimpa.</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Jam:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
</context>
<context>
    <name>lintas::ReportVerifyDialog</name>
    <message>
        <source>Signed report</source>
        <translation>Laporan yang disahkan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>Checking the file against the sign-offs…</source>
        <translation>Mencocokkan berkas dengan catatan pengesahan…</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 berkas: %1</translation>
    </message>
    <message>
        <source>These bytes match no sign-off: the file was changed after signing, or never signed.</source>
        <translation>Isi berkas ini tidak cocok dengan pengesahan mana pun: berkas diubah setelah disahkan, atau tidak pernah disahkan.</translation>
    </message>
    <message>
        <source>Signed: report %1, signed off by %2 on %3</source>
        <translation>Disahkan: laporan %1, disahkan oleh %2 pada %3</translation>
    </message>
    <message>
        <source>Report %1 (%2), file %3: signed off by %4 on %5 at desk %6 (audit entry %7)</source>
        <translation>Laporan %1 (%2), berkas %3: disahkan oleh %4 pada %5 di meja %6 (entri audit %7)</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries verified</source>
        <translation>Jejak audit utuh: %1 entri terverifikasi</translation>
    </message>
    <message>
        <source>The audit trail was tampered with, so this verdict cannot be trusted: %1</source>
        <translation>Jejak audit telah dimanipulasi, sehingga hasil ini tidak dapat dipercaya: %1</translation>
    </message>
    <message>
        <source>Verify a signed report</source>
        <translation>Verifikasi laporan yang disahkan</translation>
    </message>
    <message>
        <source>Choose a report PDF. Its SHA-256 is compared with the sign-offs in the audit trail: a file that was signed and not changed since matches exactly one, with who signed it and when.</source>
        <translation>Pilih PDF laporan. SHA-256-nya dicocokkan dengan catatan pengesahan di jejak audit: berkas yang sudah disahkan dan tidak diubah sejak itu cocok dengan tepat satu pengesahan, lengkap dengan siapa yang mengesahkan dan kapan.</translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation>&amp;Pilih PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>lintas::ReportWindow</name>
    <message>
        <source>Choose an operation.</source>
        <translation>Pilih operasi.</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Menyusun…</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Laporan tidak dapat disusun: %1</translation>
    </message>
    <message>
        <source>%1 — built %2</source>
        <translation>%1 — disusun %2</translation>
    </message>
    <message>
        <source>Write the PDF, record its SHA-256 in the audit trail as signed by you</source>
        <translation>Tulis PDF, lalu catat SHA-256-nya di jejak audit sebagai disahkan oleh Anda</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can sign a report off</source>
        <translation>Hanya pengawas atau administrator yang dapat mengesahkan laporan</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Ekspor laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Ekspor laporan sebagai CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sign off the report: the PDF</source>
        <translation>Sahkan laporan: berkas PDF</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>PDF written: %1</source>
        <translation>PDF ditulis: %1</translation>
    </message>
    <message>
        <source>CSV written: %1</source>
        <translation>CSV ditulis: %1</translation>
    </message>
    <message>
        <source>Signing off %1…</source>
        <translation>Mengesahkan %1…</translation>
    </message>
    <message>
        <source>The sign-off could not be recorded: %1</source>
        <translation>Pengesahan tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2 WIB — SHA-256 %3</source>
        <translation>Disahkan oleh %1 pukul %2 WIB — SHA-256 %3</translation>
    </message>
    <message>
        <source>Signed off: %1</source>
        <translation>Disahkan: %1</translation>
    </message>
    <message>
        <source>Daily report (Anev)</source>
        <translation>Laporan harian (Anev)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Cakupan:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operasi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor CS&amp;V…</translation>
    </message>
    <message>
        <source>Si&amp;gn off…</source>
        <translation>&amp;Sahkan…</translation>
    </message>
    <message>
        <source>&amp;Automatic report…</source>
        <translation>Laporan otom&amp;atis…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>lintas::ResponseWatch</name>
    <message numerus="yes">
        <source>%n incident(s) overdue</source>
        <translation>
            <numerusform>%n kejadian melewati batas waktu</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Kejadian baru</translation>
    </message>
    <message>
        <source>Incident overdue</source>
        <translation>Kejadian melewati batas waktu</translation>
    </message>
    <message>
        <source>Incident close to its limit</source>
        <translation>Kejadian mendekati batas waktu</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) close to their limits</source>
        <translation>
            <numerusform>%n kejadian mendekati batas waktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::SettlementImportDialog</name>
    <message>
        <source>Bank settlement file</source>
        <translation>Berkas setelmen bank</translation>
    </message>
    <message>
        <source>Settlement files (*.csv);;All files (*)</source>
        <translation>Berkas setelmen (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The tickets could not be read from the store: %1</source>
        <translation>Data tilang tidak dapat dibaca dari penyimpanan: %1</translation>
    </message>
    <message>
        <source>your account may not record payments</source>
        <translation>akun Anda tidak berwenang mencatat pembayaran</translation>
    </message>
    <message>
        <source>Import bank settlement</source>
        <translation>Impor setelmen bank</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Choose the settlement file (CSV) the bank sent.</source>
        <translation>Pilih berkas setelmen (CSV) yang dikirim bank.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Reading and matching the file…</source>
        <translation>Membaca dan mencocokkan berkas…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). All %n row(s) match: %1 total.</source>
        <translation>
            <numerusform>%n baris. Semua %n baris cocok: total %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) were paid.</source>
        <translation>
            <numerusform>%n tilang dilunasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the payments…</source>
        <translation>Mencatat pembayaran…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>The file holds no payments.</source>
        <translation>Berkas tidak memuat pembayaran.</translation>
    </message>
    <message>
        <source>%1, %2. Every row must match before anything is paid.</source>
        <translation>%1, %2. Semua baris harus cocok sebelum ada yang dilunasi.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n masalah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n payment(s)</source>
        <translation>
            <numerusform>&amp;Impor %n pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
</context>
<context>
    <name>lintas::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Esc or F1 closes</source>
        <translation>Esc atau F1 untuk menutup</translation>
    </message>
</context>
<context>
    <name>lintas::Store</name>
    <message>
        <source>The store %1 cannot be used: %2</source>
        <translation>Penyimpanan %1 tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <source>The store %1 is not a file.</source>
        <translation>Penyimpanan %1 bukan sebuah berkas.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: permission denied.</source>
        <translation>Penyimpanan %1 tidak dapat dibaca: izin ditolak.</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: permission denied.</source>
        <translation>Penyimpanan %1 tidak dapat ditulisi: izin ditolak.</translation>
    </message>
    <message>
        <source>The folder %1 for the store cannot be created.</source>
        <translation>Folder %1 untuk penyimpanan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Penyimpanan %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Lintas store: it is not an SQLite database.</source>
        <translation>Berkas %1 bukan penyimpanan Lintas: berkas ini bukan basis data SQLite.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>Penyimpanan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Lintas (schema version %2; this program knows versions up to %3).</source>
        <translation>Penyimpanan %1 ditulis oleh Lintas versi yang lebih baru (skema versi %2; program ini hanya mengenal sampai versi %3).</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Lintas store.</source>
        <translation>Berkas %1 adalah basis data SQLite, tetapi bukan penyimpanan Lintas.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: the integrity check could not run (%2).</source>
        <translation>Penyimpanan %1 rusak: pemeriksaan integritas tidak dapat dijalankan (%2).</translation>
    </message>
    <message>
        <source>The store %1 is damaged: the integrity check found %2.</source>
        <translation>Penyimpanan %1 rusak: pemeriksaan integritas menemukan %2.</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>Penyimpanan %1 tidak dapat ditulisi: %2</translation>
    </message>
    <message>
        <source>WAL journal refused</source>
        <translation>jurnal WAL ditolak</translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded to schema version %2: %3</source>
        <translation>Penyimpanan %1 tidak dapat ditingkatkan ke skema versi %2: %3</translation>
    </message>
    <message>
        <source>A %1 change lacks its id, its record or its clock.</source>
        <translation>Sebuah perubahan %1 tidak memiliki id, catatan, atau jamnya.</translation>
    </message>
    <message>
        <source>Notes can only be added to incidents.</source>
        <translation>Catatan hanya dapat ditambahkan pada kejadian.</translation>
    </message>
    <message>
        <source>A note on %1 is empty.</source>
        <translation>Catatan pada %1 kosong.</translation>
    </message>
    <message>
        <source>A dispatch must name an incident and a unit.</source>
        <translation>Penugasan harus menyebutkan kejadian dan unitnya.</translation>
    </message>
    <message>
        <source>The %1 change on %2 has an unknown field “%3”.</source>
        <translation>Perubahan %1 pada %2 memiliki isian “%3” yang tidak dikenal.</translation>
    </message>
    <message>
        <source>Priority must be P1 to P4; %1 is not.</source>
        <translation>Prioritas harus P1 sampai P4; %1 tidak termasuk.</translation>
    </message>
    <message>
        <source>Unknown unit status “%1”.</source>
        <translation>Status unit “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation>Kejadian %1 tidak ada.</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>Unit %1 tidak ada.</translation>
    </message>
    <message>
        <source>Unit %1 cannot be dispatched without an incident.</source>
        <translation>Unit %1 tidak dapat ditugaskan tanpa kejadian.</translation>
    </message>
    <message>
        <source>Incident %1 cannot go from %2 to %3.</source>
        <translation>Status kejadian %1 tidak dapat diubah dari %2 menjadi %3.</translation>
    </message>
    <message>
        <source>Unit %1 cannot go from %2 to %3.</source>
        <translation>Status unit %1 tidak dapat diubah dari %2 menjadi %3.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Penyimpanan belum dibuka.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2</source>
        <translation>Penyimpanan %1 rusak: %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged: it holds %2 bytes where its pages need %3.</source>
        <translation>Penyimpanan %1 rusak: isinya %2 bita, padahal halamannya memerlukan %3.</translation>
    </message>
    <message>
        <source>the response thresholds</source>
        <translation>batas waktu respons</translation>
    </message>
    <message>
        <source>The move of unit %1 names an unknown source “%2”.</source>
        <translation>Perubahan status unit %1 menyebut sumber “%2” yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The move of unit %1 has a distance that is not a length in metres (“%2”).</source>
        <translation>Perubahan status unit %1 memiliki jarak yang bukan panjang dalam meter (“%2”).</translation>
    </message>
    <message>
        <source>Dispatching %1 to %2 instead of the recommended %3: the override of the recommended unit needs a reason.</source>
        <translation>Penugasan %1 ke %2 sebagai ganti %3 yang direkomendasikan: mengganti unit rekomendasi memerlukan alasan.</translation>
    </message>
    <message>
        <source>The lanes of incident %1 cannot be read: %2</source>
        <translation>Data lajur kejadian %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The setting %1 is not one this program knows.</source>
        <translation>Pengaturan %1 tidak dikenal oleh program ini.</translation>
    </message>
    <message>
        <source>The response thresholds take create and set changes only, not %1.</source>
        <translation>Batas waktu respons hanya menerima perubahan create dan set, bukan %1.</translation>
    </message>
    <message>
        <source>The change of the response thresholds has an unknown field “%1”.</source>
        <translation>Perubahan batas waktu respons memiliki isian “%1” yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The response thresholds must name the Polda they apply to (station_code).</source>
        <translation>Batas waktu respons harus menyebutkan Polda tempat batas itu berlaku (station_code).</translation>
    </message>
    <message>
        <source>The response thresholds cannot be saved: %1</source>
        <translation>Batas waktu respons tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>A %1 change applies to cases only, not to %2.</source>
        <translation>Perubahan %1 hanya berlaku untuk perkara, bukan untuk %2.</translation>
    </message>
    <message>
        <source>The report sign-off names no report.</source>
        <translation>Pengesahan laporan tidak menyebutkan laporannya.</translation>
    </message>
    <message>
        <source>The sign-off of report %1 carries a SHA-256 of %2 bytes; it must be 32.</source>
        <translation>Pengesahan laporan %1 membawa SHA-256 sepanjang %2 bita; seharusnya 32.</translation>
    </message>
    <message>
        <source>The sign-off of report %1 names no supervisor.</source>
        <translation>Pengesahan laporan %1 tidak menyebutkan pengawas.</translation>
    </message>
    <message>
        <source>The sign-off names the report &quot;%1&quot;; a report id has no spaces and no &quot;=&quot;.</source>
        <translation>Pengesahan menyebutkan laporan &quot;%1&quot;; id laporan tidak boleh berisi spasi atau &quot;=&quot;.</translation>
    </message>
    <message>
        <source>The sign-off of report %1 gives the language &quot;%2&quot;; a language code has no spaces and no &quot;=&quot;.</source>
        <translation>Pengesahan laporan %1 menyebutkan bahasa &quot;%2&quot;; kode bahasa tidak boleh berisi spasi atau &quot;=&quot;.</translation>
    </message>
</context>
<context>
    <name>lintas::StoreReader</name>
    <message>
        <source>The store has schema version %1; this program reads version %2.</source>
        <translation>Penyimpanan memiliki skema versi %1; program ini membaca versi %2.</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status berubah dari %1 menjadi %2</translation>
    </message>
    <message>
        <source>Status change to %1 not applied: the incident was %2 (conflict)</source>
        <translation>Perubahan status menjadi %1 tidak diterapkan: kejadian sudah %2 (konflik)</translation>
    </message>
    <message>
        <source>Unit %1 dispatched</source>
        <translation>Unit %1 ditugaskan</translation>
    </message>
    <message>
        <source>Unit %1 arrived on scene</source>
        <translation>Unit %1 tiba di lokasi</translation>
    </message>
    <message>
        <source>Unit %1 left the scene</source>
        <translation>Unit %1 meninggalkan lokasi</translation>
    </message>
    <message>
        <source>Unit %1 dispatched instead of the recommended %2: %3</source>
        <translation>Unit %1 ditugaskan sebagai ganti %2 yang direkomendasikan: %3</translation>
    </message>
    <message>
        <source>Unit %1 dispatched: %2</source>
        <translation>Unit %1 ditugaskan: %2</translation>
    </message>
    <message>
        <source>Unit %1 dispatched as recommended, ETA %2 min</source>
        <translation>Unit %1 ditugaskan sesuai rekomendasi, ETA %2 mnt</translation>
    </message>
    <message>
        <source>Unit %1 dispatched as recommended</source>
        <translation>Unit %1 ditugaskan sesuai rekomendasi</translation>
    </message>
    <message>
        <source>Unit %1 dispatched, ETA %2 min</source>
        <translation>Unit %1 ditugaskan, ETA %2 mnt</translation>
    </message>
    <message>
        <source>Unit %1 arrived on scene (position %2 m from the incident)</source>
        <translation>Unit %1 tiba di lokasi (posisi %2 m dari kejadian)</translation>
    </message>
    <message>
        <source>Last unit left the scene</source>
        <translation>Unit terakhir meninggalkan lokasi</translation>
    </message>
    <message>
        <source>Lanes: not recorded</source>
        <translation>Lajur: belum dicatat</translation>
    </message>
    <message>
        <source>Lanes: all clear</source>
        <translation>Lajur: semua bebas</translation>
    </message>
    <message>
        <source>%1 of %2 blocked, %3 affected</source>
        <translation>%1 dari %2 tertutup, %3 terganggu</translation>
    </message>
    <message>
        <source>%1 of %2 blocked</source>
        <translation>%1 dari %2 tertutup</translation>
    </message>
    <message>
        <source>%1 of %2 affected</source>
        <translation>%1 dari %2 terganggu</translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>semua bebas</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Lajur: %1</translation>
    </message>
    <message>
        <source>Incident verified</source>
        <translation>Kejadian diverifikasi</translation>
    </message>
    <message>
        <source>Lanes cleared</source>
        <translation>Lajur dibuka kembali</translation>
    </message>
</context>
<context>
    <name>lintas::StoreService</name>
    <message>
        <source>The store is not open.</source>
        <translation>Penyimpanan belum dibuka.</translation>
    </message>
</context>
<context>
    <name>lintas::SupervisionMenu</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>Ana&amp;lisis</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dasbor…</translation>
    </message>
    <message>
        <source>Live charts of incidents, response times, units, accidents and tickets</source>
        <translation>Grafik langsung kejadian, waktu respons, unit, kecelakaan, dan tilang</translation>
    </message>
    <message>
        <source>Daily &amp;report (Anev)…</source>
        <translation>&amp;Laporan harian (Anev)…</translation>
    </message>
    <message>
        <source>The daily report of a Polda or Polres: preview, PDF, CSV and sign-off</source>
        <translation>Laporan harian Polda atau Polres: pratinjau, PDF, CSV, dan pengesahan</translation>
    </message>
    <message>
        <source>&amp;Verify a signed report…</source>
        <translation>&amp;Verifikasi laporan yang disahkan…</translation>
    </message>
    <message>
        <source>Check a report PDF against the sign-offs in the audit trail</source>
        <translation>Cocokkan PDF laporan dengan catatan pengesahan di jejak audit</translation>
    </message>
</context>
<context>
    <name>lintas::SyncIndicator</name>
    <message>
        <source>Changes the regional server did not accept: open the list</source>
        <translation>Perubahan yang tidak diterima server wilayah: buka daftarnya</translation>
    </message>
</context>
<context>
    <name>lintas::SyncStatusText</name>
    <message>
        <source>Local only</source>
        <translation>Hanya lokal</translation>
    </message>
    <message>
        <source>Not connected to a regional server: every change is kept on this desk</source>
        <translation>Tidak terhubung ke server wilayah: semua perubahan disimpan di meja ini</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Catching up %1 / %2</source>
        <translation>Menyelaraskan %1 / %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation>Terhubung · sinkron %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 change(s) waiting · never synced</source>
        <translation>
            <numerusform>Terputus — %1 perubahan menunggu · belum pernah sinkron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %1 change(s) waiting · last sync %2</source>
        <translation>
            <numerusform>Terputus — %1 perubahan menunggu · sinkron terakhir %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline · never synced</source>
        <translation>Terputus · belum pernah sinkron</translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <translation>Terputus · sinkron terakhir %1</translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation>Sertifikat server tidak dipercaya</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login ditolak</translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation>Login ditolak: %1</translation>
    </message>
    <message>
        <source>Connected to the regional server%1 as %2 (%3)</source>
        <translation>Terhubung ke server wilayah%1 sebagai %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to the regional server</source>
        <translation>Terhubung ke server wilayah</translation>
    </message>
    <message>
        <source>Receiving the region&apos;s changes: %1 of %2</source>
        <translation>Menerima perubahan wilayah: %1 dari %2</translation>
    </message>
    <message>
        <source>No connection to the regional server; changes are kept on this desk</source>
        <translation>Tidak terhubung ke server wilayah; perubahan disimpan di meja ini</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation>Percobaan berikutnya pukul %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not confirmed: this desk does not connect to it</source>
        <translation>Sertifikat server belum dikonfirmasi: meja ini tidak terhubung ke server tersebut</translation>
    </message>
    <message>
        <source>This desk is not logged in to the regional server</source>
        <translation>Meja ini belum masuk ke server wilayah</translation>
    </message>
    <message>
        <source>The regional server refused the login</source>
        <translation>Server wilayah menolak login</translation>
    </message>
    <message>
        <source>Connecting to the regional server</source>
        <translation>Menghubungkan ke server wilayah</translation>
    </message>
    <message>
        <source>Sync with the regional server is stopped</source>
        <translation>Sinkronisasi dengan server wilayah dihentikan</translation>
    </message>
    <message>
        <source>Last in step with the server: %1</source>
        <translation>Terakhir selaras dengan server: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) need attention</source>
        <translation>
            <numerusform>%1 perubahan perlu perhatian</numerusform>
        </translation>
    </message>
    <message>
        <source>The regional server&apos;s certificate was not confirmed, so this desk does not connect to it.</source>
        <translation>Sertifikat server wilayah belum dikonfirmasi, sehingga meja ini tidak terhubung ke server tersebut.</translation>
    </message>
    <message>
        <source>This desk is not logged in to the regional server.</source>
        <translation>Meja ini belum masuk ke server wilayah.</translation>
    </message>
    <message>
        <source>The regional server refused the login.</source>
        <translation>Server wilayah menolak login.</translation>
    </message>
    <message>
        <source>You can keep working: changes are kept on this desk.</source>
        <translation>Anda tetap dapat bekerja: perubahan disimpan di meja ini.</translation>
    </message>
    <message numerus="yes">
        <source>You can keep working: %1 change(s) are kept on this desk and will be sent once it is connected.</source>
        <translation>
            <numerusform>Anda tetap dapat bekerja: %1 perubahan disimpan di meja ini dan akan dikirim setelah terhubung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the regional server. You can keep working: changes are kept on this desk and will be sent automatically.</source>
        <translation>Tidak terhubung ke server wilayah. Anda tetap dapat bekerja: perubahan disimpan di meja ini dan akan dikirim otomatis.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the regional server. You can keep working: %1 change(s) are kept on this desk and will be sent automatically.</source>
        <translation>
            <numerusform>Tidak terhubung ke server wilayah. Anda tetap dapat bekerja: %1 perubahan disimpan di meja ini dan akan dikirim otomatis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server administrator gives before trusting it.</source>
        <translation>Cocokkan sidik jarinya dengan yang diberikan administrator server sebelum mempercayainya.</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Sinkron terakhir %1</translation>
    </message>
    <message>
        <source>Check the certificate…</source>
        <translation>Periksa sertifikat…</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Coba lagi sekarang</translation>
    </message>
</context>
<context>
    <name>lintas::ThresholdsDialog</name>
    <message>
        <source>Response limits</source>
        <translation>Batas waktu respons</translation>
    </message>
    <message>
        <source>Response limits (read only)</source>
        <translation>Batas waktu respons (hanya baca)</translation>
    </message>
    <message>
        <source>How soon each priority must have a unit dispatched and a unit on scene, both counted from the report. They apply to every desk of the region.</source>
        <translation>Seberapa cepat setiap prioritas harus mendapat unit yang ditugaskan dan unit yang tiba di lokasi, keduanya dihitung sejak laporan. Batas ini berlaku untuk semua meja di wilayah ini.</translation>
    </message>
    <message>
        <source>How soon each priority must have a unit dispatched and a unit on scene, both counted from the report. Only a supervisor can change them.</source>
        <translation>Seberapa cepat setiap prioritas harus mendapat unit yang ditugaskan dan unit yang tiba di lokasi, keduanya dihitung sejak laporan. Hanya supervisor yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Dispatched within</source>
        <translation>Ditugaskan dalam</translation>
    </message>
    <message>
        <source>On scene within</source>
        <translation>Tiba di lokasi dalam</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Turn &amp;amber after this share of a limit</source>
        <translation>Berubah &amp;kuning setelah persentase batas ini</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 dispatched within</source>
        <translation>%1 ditugaskan dalam</translation>
    </message>
    <message>
        <source>%1 on scene within</source>
        <translation>%1 tiba di lokasi dalam</translation>
    </message>
    <message>
        <source>Amber share</source>
        <translation>Persentase kuning</translation>
    </message>
    <message>
        <source>%1: %2 min is shorter than %3 (%4 min); a unit cannot be on scene before one is dispatched.</source>
        <translation>%1: %2 mnt lebih pendek dari %3 (%4 mnt); unit tidak mungkin tiba di lokasi sebelum ada yang ditugaskan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lintas::TileAreaDownload</name>
    <message>
        <source>A download is already running.</source>
        <translation>Unduhan lain sedang berjalan.</translation>
    </message>
    <message>
        <source>The area to download is empty.</source>
        <translation>Area yang akan diunduh kosong.</translation>
    </message>
    <message>
        <source>The zoom range %1 to %2 is not valid.</source>
        <translation>Rentang tingkat perbesaran %1 sampai %2 tidak sah.</translation>
    </message>
    <message>
        <source>The area holds %L1 tiles, more than the %L2 one download may take. Choose a smaller area or fewer zoom levels.</source>
        <translation>Area ini berisi %L1 ubin, melebihi batas %L2 ubin untuk satu kali unduhan. Pilih area yang lebih kecil atau lebih sedikit tingkat perbesaran.</translation>
    </message>
    <message>
        <source>There is no tile cache to download into.</source>
        <translation>Tidak ada tembolok ubin untuk menampung unduhan.</translation>
    </message>
    <message>
        <source>Every tile of the area was already held.</source>
        <translation>Semua ubin di area ini sudah tersedia.</translation>
    </message>
    <message>
        <source>The tile server did not answer %1 requests in a row; the download stopped. Check the server address and the network.</source>
        <translation>Server ubin tidak menjawab %1 permintaan berturut-turut; unduhan dihentikan. Periksa alamat server dan jaringan.</translation>
    </message>
    <message>
        <source>Downloaded the area; %L1 tiles could not be fetched.</source>
        <translation>Area selesai diunduh; %L1 ubin tidak dapat diambil.</translation>
    </message>
    <message>
        <source>Downloaded the area: %L1 tiles.</source>
        <translation>Area selesai diunduh: %L1 ubin.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Unduhan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>lintas::TileMenu</name>
    <message>
        <source>&amp;Raster tiles</source>
        <translation>&amp;Ubin raster</translation>
    </message>
    <message>
        <source>Open &amp;tile file (MBTiles)…</source>
        <translation>Buka berkas &amp;ubin (MBTiles)…</translation>
    </message>
    <message>
        <source>Tile &amp;server…</source>
        <translation>&amp;Server ubin…</translation>
    </message>
    <message>
        <source>Download &amp;offline area…</source>
        <translation>Unduh area &amp;luring…</translation>
    </message>
    <message>
        <source>&amp;No raster tiles</source>
        <translation>&amp;Tanpa ubin raster</translation>
    </message>
    <message>
        <source>Download the area on screen from the configured tile server into the cache</source>
        <translation>Unduh area yang tampil di layar dari server ubin yang telah diatur ke dalam tembolok</translation>
    </message>
    <message>
        <source>Open tile file</source>
        <translation>Buka berkas ubin</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles *.lintasmap)</source>
        <translation>MBTiles (*.mbtiles *.lintasmap)</translation>
    </message>
    <message>
        <source>The tile file %1 cannot be used.</source>
        <translation>Berkas ubin %1 tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation>Server ubin</translation>
    </message>
    <message>
        <source>The agency&apos;s XYZ tile server, with {z}, {x} and {y} in the address
(for example https://tiles.polda.example/{z}/{x}/{y}.png):</source>
        <translation>Server ubin XYZ milik instansi, dengan {z}, {x}, dan {y} di dalam alamatnya
(misalnya https://tiles.polda.example/{z}/{x}/{y}.png):</translation>
    </message>
    <message>
        <source>This tile server address cannot be used.</source>
        <translation>Alamat server ubin ini tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>This is a public tile server: it may be used for browsing only. Offline areas are never downloaded from it; use the agency&apos;s own tile server for that.</source>
        <translation>Ini server ubin publik: hanya boleh dipakai untuk melihat-lihat peta. Area luring tidak pernah diunduh dari server ini; untuk itu, gunakan server ubin milik instansi sendiri.</translation>
    </message>
    <message>
        <source>Show raster tiles from an MBTiles file</source>
        <translation>Tampilkan ubin raster dari berkas MBTiles</translation>
    </message>
    <message>
        <source>Show raster tiles from the agency&apos;s own tile server</source>
        <translation>Tampilkan ubin raster dari server ubin milik instansi sendiri</translation>
    </message>
    <message>
        <source>Show the vector map only</source>
        <translation>Tampilkan peta vektor saja</translation>
    </message>
</context>
<context>
    <name>lintas::TileSource</name>
    <message>
        <source>No tile source is set.</source>
        <translation>Belum ada sumber ubin yang diatur.</translation>
    </message>
    <message>
        <source>No tile file is given.</source>
        <translation>Belum ada berkas ubin yang ditentukan.</translation>
    </message>
    <message>
        <source>The tile server address must start with https:// or http:// and name a host, like https://tiles.example.org/{z}/{x}/{y}.png.</source>
        <translation>Alamat server ubin harus diawali https:// atau http:// dan menyebutkan nama host, seperti https://tiles.example.org/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>The tile server address needs the placeholders {z}, {x} and {y}, like https://tiles.example.org/{z}/{x}/{y}.png.</source>
        <translation>Alamat server ubin memerlukan penanda {z}, {x}, dan {y}, seperti https://tiles.example.org/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>Offline areas are downloaded from a tile server; set the agency&apos;s tile server first.</source>
        <translation>Area luring diunduh dari server ubin; atur server ubin milik instansi terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 is a public tile server. Its tile usage policy allows ordinary map browsing but forbids bulk and offline downloads, which take capacity from everyone else. Download offline areas only from the agency&apos;s own tile server, or open an MBTiles file prepared for offline use.</source>
        <translation>%1 adalah server ubin publik. Kebijakan penggunaannya mengizinkan penjelajahan peta biasa, tetapi melarang unduhan massal dan unduhan untuk pemakaian luring, yang menyita kapasitas server dari pengguna lain. Unduh area luring hanya dari server ubin milik instansi sendiri, atau buka berkas MBTiles yang sudah disiapkan untuk pemakaian luring.</translation>
    </message>
</context>
<context>
    <name>lintas::UnitBoardModel</name>
    <message>
        <source>In this status since %1</source>
        <translation>Dalam status ini sejak %1</translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation>Awak: %1</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Kode panggil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Kesatuan</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>tanpa posisi</translation>
    </message>
    <message>
        <source>current</source>
        <translation>terkini</translation>
    </message>
    <message>
        <source>No position known for this unit</source>
        <translation>Posisi unit ini belum diketahui</translation>
    </message>
    <message>
        <source>Last position %1, %2</source>
        <translation>Posisi terakhir %1, %2</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
</context>
<context>
    <name>lintas::UnitPickerDialog</name>
    <message>
        <source>Dispatch a unit</source>
        <translation>Tugaskan unit</translation>
    </message>
    <message>
        <source>Dispatch (Enter)</source>
        <translation>Tugaskan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Send a unit to %1 (%2). Nearest first (straight-line distance, not a travel time); Enter dispatches.</source>
        <translation>Kirim unit ke %1 (%2). Yang terdekat lebih dulu (jarak garis lurus, bukan waktu tempuh); Enter menugaskan.</translation>
    </message>
    <message>
        <source>Send a unit to %1 (%2). In the order of the road ranking, with travel times by road; Enter dispatches.</source>
        <translation>Kirim unit ke %1 (%2). Diurutkan menurut peringkat lewat jalan, dengan waktu tempuh lewat jalan; Enter menugaskan.</translation>
    </message>
    <message>
        <source>%1 by road</source>
        <translation>%1 lewat jalan</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>berjarak %1 km</translation>
    </message>
</context>
<context>
    <name>lintas::WatchAlertCard</name>
    <message numerus="yes">
        <source>%n more alert(s) waiting</source>
        <translation>
            <numerusform>%n peringatan lain menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Buka kejadian</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka perkara</translation>
    </message>
    <message>
        <source>WATCH LIST ALERT</source>
        <translation>PERINGATAN DAFTAR PANTAUAN</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Put this alert away; it stays in Cases ▸ Watch-list alerts…</source>
        <translation>Singkirkan peringatan ini; peringatan tetap ada di Perkara ▸ Peringatan daftar pantauan…</translation>
    </message>
</context>
<context>
    <name>lintas::WatchAlertListDialog</name>
    <message>
        <source>Watch-list alerts</source>
        <translation>Peringatan daftar pantauan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Watch entry</source>
        <translation>Entri pantauan</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Terlihat pada</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No watch-listed plate has been seen since this desk started.</source>
        <translation>Belum ada nomor polisi dalam daftar pantauan yang terlihat sejak meja ini dijalankan.</translation>
    </message>
    <message>
        <source>Watch-listed plates seen since this desk started, newest first.</source>
        <translation>Nomor polisi dalam daftar pantauan yang terlihat sejak meja ini dijalankan, dari yang terbaru.</translation>
    </message>
</context>
<context>
    <name>lintas::analytics</name>
    <message>
        <source>Incidents per hour</source>
        <translation>Kejadian per jam</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Kejadian menurut jenis</translation>
    </message>
    <message>
        <source>Incidents by sector</source>
        <translation>Kejadian menurut wilayah</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Waktu respons</translation>
    </message>
    <message>
        <source>Open incidents by age</source>
        <translation>Kejadian terbuka menurut lamanya</translation>
    </message>
    <message>
        <source>Units by status</source>
        <translation>Unit menurut status</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Kecelakaan</translation>
    </message>
    <message>
        <source>Violations by article</source>
        <translation>Pelanggaran menurut pasal</translation>
    </message>
    <message>
        <source>ETLE funnel</source>
        <translation>Tahapan ETLE</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prakiraan</translation>
    </message>
    <message>
        <source>Last week&apos;s same hour</source>
        <translation>Jam yang sama minggu lalu</translation>
    </message>
    <message>
        <source>All-time density</source>
        <translation>Kepadatan seluruh riwayat</translation>
    </message>
    <message>
        <source>last week&apos;s same hour</source>
        <translation>jam yang sama minggu lalu</translation>
    </message>
    <message>
        <source>the all-time density</source>
        <translation>kepadatan seluruh riwayat</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>the cell size must be positive, not %1 m</source>
        <translation>ukuran sel harus positif, bukan %1 m</translation>
    </message>
    <message>
        <source>at least one week must train, not %1</source>
        <translation>minimal satu minggu harus dipakai untuk pelatihan, bukan %1</translation>
    </message>
    <message>
        <source>no area fractions to evaluate at</source>
        <translation>tidak ada fraksi luas wilayah untuk dievaluasi</translation>
    </message>
    <message>
        <source>an area fraction must lie between 0 and 1, not %1</source>
        <translation>fraksi luas wilayah harus di antara 0 dan 1, bukan %1</translation>
    </message>
    <message>
        <source>the history holds no events</source>
        <translation>riwayat tidak berisi kejadian apa pun</translation>
    </message>
    <message>
        <source>the events spread over too large an area for cells of %1 m</source>
        <translation>kejadian tersebar di wilayah yang terlalu luas untuk sel %1 m</translation>
    </message>
    <message>
        <source>the history covers %1 days; the evaluation needs at least %2 weeks (%3 to train, one to forecast)</source>
        <translation>riwayat mencakup %1 hari; evaluasi memerlukan minimal %2 minggu (%3 untuk pelatihan, satu untuk prakiraan)</translation>
    </message>
    <message>
        <source>no event of the forecast weeks lies inside the area</source>
        <translation>tidak ada kejadian pada minggu prakiraan yang berada di dalam wilayah</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>baris %1: isian bertanda kutip tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the file is empty: expected a header naming the columns time, latitude and longitude</source>
        <translation>berkas kosong: diharapkan baris judul yang menyebutkan kolom time, latitude, dan longitude</translation>
    </message>
    <message>
        <source>line %1: no header: the first line must name the columns time, latitude and longitude</source>
        <translation>baris %1: tidak ada baris judul: baris pertama harus menyebutkan kolom time, latitude, dan longitude</translation>
    </message>
    <message>
        <source>line %1: the header has no column %2</source>
        <translation>baris %1: baris judul tidak memiliki kolom %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>nilainya tidak ada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (ISO 8601 such as 2024-03-12T10:30:00+07:00, or Unix seconds)</source>
        <translation>&apos;%1&apos; bukan waktu (ISO 8601 seperti 2024-03-12T10:30:00+07:00, atau detik Unix)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>%1 is not a latitude (-90 to 90)</source>
        <translation>%1 bukan lintang (-90 sampai 90)</translation>
    </message>
    <message>
        <source>%1 is not a longitude (-180 to 180)</source>
        <translation>%1 bukan bujur (-180 sampai 180)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>tidak dapat membuka penyimpanan %1: %2</translation>
    </message>
    <message>
        <source>cannot read the incidents of %1: %2</source>
        <translation>tidak dapat membaca kejadian dari %1: %2</translation>
    </message>
    <message>
        <source>cannot read the accident cases of %1: %2</source>
        <translation>tidak dapat membaca perkara kecelakaan dari %1: %2</translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DailyReportBuilder</name>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Penyimpanan %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>Penyimpanan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The store %1 has schema version %2; this program reads version %3.</source>
        <translation>Penyimpanan %1 memiliki skema versi %2; program ini membaca versi %3.</translation>
    </message>
    <message>
        <source>No report to build into.</source>
        <translation>Tidak ada laporan yang dapat diisi.</translation>
    </message>
    <message>
        <source>The report scope &quot;%1&quot; is not a Polda or Polres of the station directory.</source>
        <translation>Cakupan laporan &quot;%1&quot; bukan Polda atau Polres dalam daftar kesatuan.</translation>
    </message>
    <message>
        <source>The report period is empty: it must end after it starts.</source>
        <translation>Periode laporan kosong: waktu akhirnya harus setelah waktu awalnya.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Penyimpanan belum dibuka.</translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DashboardDrill</name>
    <message>
        <source>The dashboard chart &quot;%1&quot; has no bar, slice or point &apos;%2&apos;.</source>
        <translation>Grafik dasbor &quot;%1&quot; tidak memiliki batang, irisan, atau titik &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The response times chart has no bin %1; bins run from 0 to %2.</source>
        <translation>Grafik waktu respons tidak memiliki kelompok %1; kelompoknya bernomor 0 sampai %2.</translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DashboardQuery</name>
    <message>
        <source>The dashboard filter names station &apos;%1&apos;, which is not in the station directory.</source>
        <translation>Penyaring dasbor menyebutkan kesatuan &apos;%1&apos;, yang tidak ada dalam daftar kesatuan.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>Penyimpanan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The store %1 has schema version %2; the dashboard reads version %3.</source>
        <translation>Penyimpanan %1 memiliki skema versi %2; dasbor membaca versi %3.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Penyimpanan belum dibuka.</translation>
    </message>
    <message>
        <source>The dashboard could not read the store: %1</source>
        <translation>Dasbor tidak dapat membaca penyimpanan: %1</translation>
    </message>
</context>
<context>
    <name>lintas::analytics::DispatchAdvisor</name>
    <message>
        <source>Cannot open the map %1 for routing: %2</source>
        <translation>Peta %1 tidak dapat dibuka untuk menghitung rute: %2</translation>
    </message>
    <message>
        <source>The map %1 has no road network to route on: %2</source>
        <translation>Peta %1 tidak memiliki jaringan jalan untuk menghitung rute: %2</translation>
    </message>
    <message>
        <source>No map with a road network is loaded: travel times by road are not available.</source>
        <translation>Belum ada peta berjaringan jalan yang dimuat: waktu tempuh lewat jalan tidak tersedia.</translation>
    </message>
    <message>
        <source>Incident %1 has no location to route to.</source>
        <translation>Kejadian %1 tidak memiliki lokasi untuk tujuan rute.</translation>
    </message>
    <message>
        <source>Incident %1 at %2, %3 is more than %4 m from any road on the map.</source>
        <translation>Kejadian %1 di %2, %3 berjarak lebih dari %4 m dari jalan mana pun di peta.</translation>
    </message>
</context>
<context>
    <name>lintas::analytics::EvaluationResult</name>
    <message>
        <source>Hotspot forecast evaluation</source>
        <translation>Evaluasi prakiraan rawan</translation>
    </message>
    <message>
        <source>  History: %1 events; the first %2 weeks train, %3 weeks are forecast hour by hour (%4 hours, %5 events)</source>
        <translation>  Riwayat: %1 kejadian; %2 minggu pertama untuk pelatihan, %3 minggu diprakirakan jam demi jam (%4 jam, %5 kejadian)</translation>
    </message>
    <message>
        <source>  Area: %1 cells of %2 m</source>
        <translation>  Wilayah: %1 sel berukuran %2 m</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Hit rate %1</source>
        <translation>Tingkat kena %1</translation>
    </message>
    <message>
        <source>PAI %1</source>
        <translation>PAI %1</translation>
    </message>
    <message>
        <source>%1 (PAI %2 against %3)</source>
        <translation>%1 (PAI %2 dibanding %3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Verdict: the forecast beats both baselines (%1) at %2 of the area.</source>
        <translation>Kesimpulan: prakiraan mengungguli kedua pembanding (%1) pada %2 luas wilayah.</translation>
    </message>
    <message>
        <source>Verdict: the forecast does NOT beat %1 on this history.</source>
        <translation>Kesimpulan: prakiraan TIDAK mengungguli %1 pada riwayat ini.</translation>
    </message>
    <message>
        <source>; nor </source>
        <translation>; juga tidak </translation>
    </message>
    <message>
        <source>It does beat %1 at %2.</source>
        <translation>Prakiraan tetap mengungguli %1 pada %2.</translation>
    </message>
</context>
<context>
    <name>lintas::analytics::OperationCalendar</name>
    <message>
        <source>the code is empty</source>
        <translation>kodenya kosong</translation>
    </message>
    <message>
        <source>the code %1 is already used on line %2</source>
        <translation>kode %1 sudah dipakai di baris %2</translation>
    </message>
    <message>
        <source>the kind is empty</source>
        <translation>jenisnya kosong</translation>
    </message>
    <message>
        <source>both names, in Bahasa Indonesia and in English, are required</source>
        <translation>kedua nama, dalam Bahasa Indonesia dan bahasa Inggris, wajib diisi</translation>
    </message>
    <message>
        <source>the start &quot;%1&quot; is not a date and time with an offset (2026-03-13T00:00:00+07:00)</source>
        <translation>waktu mulai &quot;%1&quot; bukan tanggal dan waktu dengan selisih zona waktu (2026-03-13T00:00:00+07:00)</translation>
    </message>
    <message>
        <source>the end &quot;%1&quot; is not a date and time with an offset (2026-03-27T00:00:00+07:00)</source>
        <translation>waktu selesai &quot;%1&quot; bukan tanggal dan waktu dengan selisih zona waktu (2026-03-27T00:00:00+07:00)</translation>
    </message>
    <message>
        <source>the end is not after the start</source>
        <translation>waktu selesai tidak jatuh setelah waktu mulai</translation>
    </message>
</context>
<context>
    <name>lintas::attachmentfiles</name>
    <message>
        <source>The store %1 could not be read: %2</source>
        <translation>Penyimpanan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>This desk does not hold the file %1 (it has not arrived from the server yet).</source>
        <translation>Meja ini belum memiliki berkas %1 (berkas itu belum tiba dari server).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 bukan berkas yang dapat dilampirkan.</translation>
    </message>
    <message>
        <source>“%1” is %2; a case takes files of up to %3.</source>
        <translation>“%1” berukuran %2; perkara hanya menerima berkas paling besar %3.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>“%1” is over %2; a case takes files of up to %2.</source>
        <translation>“%1” lebih dari %2; perkara hanya menerima berkas paling besar %2.</translation>
    </message>
</context>
<context>
    <name>lintas::casedetail</name>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>kendaraan</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>pengemudi %1</translation>
    </message>
    <message>
        <source>Motorcycle (R2)</source>
        <translation>Sepeda motor (R2)</translation>
    </message>
    <message>
        <source>Car (R4)</source>
        <translation>Mobil (R4)</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Truk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Ticket (tilang)</source>
        <translation>Tilang</translation>
    </message>
    <message>
        <source>Warning (teguran)</source>
        <translation>Teguran</translation>
    </message>
    <message>
        <source>Driving licence (SIM)</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Registration (STNK)</source>
        <translation>STNK</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Kering</translation>
    </message>
    <message>
        <source>Wet</source>
        <translation>Basah</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Under works</source>
        <translation>Ada pekerjaan jalan</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Hujan</translation>
    </message>
    <message>
        <source>Heavy rain</source>
        <translation>Hujan lebat</translation>
    </message>
    <message>
        <source>Fog</source>
        <translation>Kabut</translation>
    </message>
    <message>
        <source>MD — died</source>
        <translation>MD — meninggal dunia</translation>
    </message>
    <message>
        <source>LB — seriously hurt</source>
        <translation>LB — luka berat</translation>
    </message>
    <message>
        <source>LR — slightly hurt</source>
        <translation>LR — luka ringan</translation>
    </message>
    <message>
        <source>Put on the watch list</source>
        <translation>Masukkan ke daftar pantauan</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Vehicle identified…</source>
        <translation>Kendaraan teridentifikasi…</translation>
    </message>
    <message>
        <source>Send notice</source>
        <translation>Kirim surat konfirmasi</translation>
    </message>
    <message>
        <source>Owner confirmed</source>
        <translation>Pemilik mengonfirmasi</translation>
    </message>
    <message>
        <source>Transfer to driver…</source>
        <translation>Alihkan ke pengemudi…</translation>
    </message>
    <message>
        <source>Issue payment code</source>
        <translation>Terbitkan kode pembayaran</translation>
    </message>
    <message>
        <source>Request STNK block</source>
        <translation>Ajukan blokir STNK</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Tandai sudah dibayar</translation>
    </message>
    <message>
        <source>Take off the watch list</source>
        <translation>Keluarkan dari daftar pantauan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The capture shows a violation: the ticket goes ahead (the capture becomes version 1)</source>
        <translation>Tangkapan menunjukkan pelanggaran: tilang diproses lanjut (tangkapan menjadi versi 1)</translation>
    </message>
    <message>
        <source>The capture shows no violation or cannot be used; give the reason</source>
        <translation>Tangkapan tidak menunjukkan pelanggaran atau tidak dapat dipakai; sebutkan alasannya</translation>
    </message>
    <message>
        <source>Record the registered owner found for the plate</source>
        <translation>Catat pemilik terdaftar yang ditemukan untuk nomor polisi ini</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation notice went to the owner; the %n-day confirmation period starts now</source>
        <translation>
            <numerusform>Surat konfirmasi sudah dikirim ke pemilik; masa konfirmasi %n hari dimulai sekarang</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner confirmed they were driving</source>
        <translation>Pemilik mengonfirmasi bahwa dialah yang mengemudi</translation>
    </message>
    <message>
        <source>The owner named the actual driver; the ticket goes to them</source>
        <translation>Pemilik menyebutkan pengemudi sebenarnya; tilang dialihkan kepadanya</translation>
    </message>
    <message>
        <source>Issue the bank virtual-account code the fine is paid to</source>
        <translation>Terbitkan kode virtual account bank untuk pembayaran denda</translation>
    </message>
    <message>
        <source>Ask for the vehicle&apos;s registration (STNK) to be blocked until the fine is paid</source>
        <translation>Ajukan pemblokiran STNK kendaraan sampai denda dibayar</translation>
    </message>
    <message>
        <source>The vehicle was recovered or the report withdrawn</source>
        <translation>Kendaraan sudah ditemukan atau laporan dicabut</translation>
    </message>
    <message>
        <source>Close the case; it stays on record</source>
        <translation>Tutup perkara; perkara tetap tercatat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Diubah: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>alasan: %1</translation>
    </message>
    <message>
        <source>Corrected — reason: %1</source>
        <translation>Dikoreksi — alasan: %1</translation>
    </message>
    <message>
        <source>Corrected %1 — reason: %2</source>
        <translation>Dikoreksi %1 — alasan: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Attached %1 (%2)</source>
        <translation>Melampirkan %1 (%2)</translation>
    </message>
    <message>
        <source>Void requested — reason: %1</source>
        <translation>Pembatalan diajukan — alasan: %1</translation>
    </message>
    <message>
        <source>Void approved — reason: %1</source>
        <translation>Pembatalan disetujui — alasan: %1</translation>
    </message>
    <message>
        <source>Void refused — reason: %1</source>
        <translation>Pembatalan ditolak — alasan: %1</translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation>Membuka data</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmation overdue by %n day(s)</source>
        <translation>
            <numerusform>Konfirmasi terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation due %1 — last day</source>
        <translation>Batas konfirmasi %1 — hari terakhir</translation>
    </message>
    <message numerus="yes">
        <source>Confirmation due %1 — %n day(s) left</source>
        <translation>
            <numerusform>Batas konfirmasi %1 — tinggal %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 WIB</source>
        <translation>%1 WIB</translation>
    </message>
</context>
<context>
    <name>lintas::dashboardcharts</name>
    <message>
        <source>Art. %1</source>
        <translation>Ps. %1</translation>
    </message>
    <message>
        <source>Incidents per hour today</source>
        <translation>Kejadian per jam hari ini</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Kejadian menurut jenis</translation>
    </message>
    <message>
        <source>Incidents by sector (Polres)</source>
        <translation>Kejadian menurut wilayah (Polres)</translation>
    </message>
    <message>
        <source>Response time (report to first arrival)</source>
        <translation>Waktu respons (dari laporan sampai unit pertama tiba)</translation>
    </message>
    <message>
        <source>Median and p90 against the threshold</source>
        <translation>Median dan p90 dibanding batas waktu</translation>
    </message>
    <message>
        <source>Open incidents by age</source>
        <translation>Kejadian terbuka menurut lamanya</translation>
    </message>
    <message>
        <source>Units by status over the shift</source>
        <translation>Unit menurut status selama dinas</translation>
    </message>
    <message>
        <source>Accidents and victims, last 30 days</source>
        <translation>Kecelakaan dan korban, 30 hari terakhir</translation>
    </message>
    <message>
        <source>Violations by article (top 10)</source>
        <translation>Pelanggaran menurut pasal (10 teratas)</translation>
    </message>
    <message>
        <source>ETLE funnel</source>
        <translation>Tahapan ETLE</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Hour (WIB)</source>
        <translation>Jam (WIB)</translation>
    </message>
    <message>
        <source>Minutes to first arrival</source>
        <translation>Menit sampai unit pertama tiba</translation>
    </message>
    <message>
        <source>Under 15 min</source>
        <translation>Kurang dari 15 mnt</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 mnt</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 mnt</translation>
    </message>
    <message>
        <source>1–2 h</source>
        <translation>1–2 j</translation>
    </message>
    <message>
        <source>2–4 h</source>
        <translation>2–4 j</translation>
    </message>
    <message>
        <source>Over 4 h</source>
        <translation>Lebih dari 4 j</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Tertangkap kamera</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Surat konfirmasi terkirim</translation>
    </message>
    <message>
        <source>Payment issued</source>
        <translation>Kode pembayaran diterbitkan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Tanpa wilayah</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Same weekday, 8-week average</source>
        <translation>Hari yang sama, rata-rata 8 minggu</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Kejadian terbuka</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Kecelakaan</translation>
    </message>
    <message>
        <source>MD</source>
        <translation>MD</translation>
    </message>
    <message>
        <source>LB</source>
        <translation>LB</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>ETLE cases</source>
        <translation>Perkara ETLE</translation>
    </message>
    <message>
        <source>Incidents today, %1:00–%1:59</source>
        <translation>Kejadian hari ini, %1:00–%1:59</translation>
    </message>
    <message>
        <source>Response time %1 min, %2</source>
        <translation>Waktu respons %1 mnt, %2</translation>
    </message>
    <message>
        <source>Response times, %1</source>
        <translation>Waktu respons, %1</translation>
    </message>
    <message>
        <source>Units now: %1</source>
        <translation>Unit saat ini: %1</translation>
    </message>
    <message>
        <source>Accidents on %1</source>
        <translation>Kecelakaan pada %1</translation>
    </message>
</context>
<context>
    <name>lintas::geo::MBTiles</name>
    <message>
        <source>The tile file %1 does not exist.</source>
        <translation>Berkas ubin %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the tile file %1.</source>
        <translation>Folder untuk berkas ubin %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot open the tile file %1: %2</source>
        <translation>Berkas ubin %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Cannot create the tile file %1: %2</source>
        <translation>Berkas ubin %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 bukan berkas MBTiles (tidak memiliki tabel tiles).</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no metadata table).</source>
        <translation>%1 bukan berkas MBTiles (tidak memiliki tabel metadata).</translation>
    </message>
    <message>
        <source>Cannot prepare the tile file %1: %2</source>
        <translation>Berkas ubin %1 tidak dapat disiapkan: %2</translation>
    </message>
</context>
<context>
    <name>lintas::geo::MapPackage</name>
    <message>
        <source>The map package %1 does not exist.</source>
        <translation>Paket peta %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot open the map package %1: %2</source>
        <translation>Paket peta %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is not a Lintas map package.</source>
        <translation>%1 bukan paket peta Lintas.</translation>
    </message>
    <message>
        <source>%1 is not a Lintas map package (it has no schema version).</source>
        <translation>%1 bukan paket peta Lintas (tidak memiliki versi skema).</translation>
    </message>
    <message>
        <source>The map package %1 was made by a newer version of Lintas (map format %2; this version reads up to %3). Update Lintas or rebuild the package with this version&apos;s lintas-mapkit.</source>
        <translation>Paket peta %1 dibuat oleh versi Lintas yang lebih baru (format peta %2; versi ini membaca sampai %3). Perbarui Lintas atau bangun ulang paket dengan lintas-mapkit versi ini.</translation>
    </message>
    <message>
        <source>No map package is open.</source>
        <translation>Belum ada paket peta yang dibuka.</translation>
    </message>
    <message>
        <source>Cannot read the road graph: %1</source>
        <translation>Graf jalan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The road graph in %1 is damaged (node ids are not consecutive).</source>
        <translation>Graf jalan di %1 rusak (id simpul tidak berurutan).</translation>
    </message>
    <message>
        <source>The road graph in %1 is damaged (an edge names a missing node).</source>
        <translation>Graf jalan di %1 rusak (ada ruas yang merujuk simpul yang tidak ada).</translation>
    </message>
</context>
<context>
    <name>lintas::geo::MapPackageBuilder</name>
    <message>
        <source>There are no roads to write.</source>
        <translation>Tidak ada jalan untuk ditulis.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>Cannot write the map package: %1</source>
        <translation>Paket peta tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Cannot move the finished package to %1: %2</source>
        <translation>Paket yang sudah jadi tidak dapat dipindahkan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>lintas::geo::RoutingNetwork</name>
    <message>
        <source>The map package %1 has no routable roads.</source>
        <translation>Paket peta %1 tidak memiliki jalan yang dapat dipakai untuk rute.</translation>
    </message>
</context>
<context>
    <name>lintas::geo::TravelSpeeds</name>
    <message>
        <source>%1, line %2: [%3] %4: %5</source>
        <translation>%1, baris %2: [%3] %4: %5</translation>
    </message>
    <message>
        <source>%1: [%2] has no value for %3</source>
        <translation>%1: [%2] tidak memiliki nilai untuk %3</translation>
    </message>
    <message>
        <source>Cannot read the travel speeds %1: %2</source>
        <translation>Berkas kecepatan tempuh %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a section header must end with &apos;]&apos;</source>
        <translation>%1, baris %2: judul bagian harus diakhiri &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1, line %2: unknown section [%3] (known: %4)</source>
        <translation>%1, baris %2: bagian [%3] tidak dikenal (yang dikenal: %4)</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = value&quot; or a [section]</source>
        <translation>%1, baris %2: seharusnya &quot;kunci = nilai&quot; atau [bagian]</translation>
    </message>
    <message>
        <source>%1, line %2: a value before the first [section]</source>
        <translation>%1, baris %2: ada nilai sebelum [bagian] pertama</translation>
    </message>
    <message>
        <source>%1, line %2: [%3] %4 is given twice</source>
        <translation>%1, baris %2: [%3] %4 diberikan dua kali</translation>
    </message>
    <message>
        <source>not an OpenStreetMap road class (motorway, primary, residential, …)</source>
        <translation>bukan kelas jalan OpenStreetMap (motorway, primary, residential, …)</translation>
    </message>
    <message>
        <source>%1 is not a road vehicles drive on</source>
        <translation>%1 bukan jalan yang dilalui kendaraan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive speed in km/h</source>
        <translation>&apos;%1&apos; bukan kecepatan positif dalam km/jam</translation>
    </message>
    <message>
        <source>not an hour of the day (0 to 23)</source>
        <translation>bukan jam dalam sehari (0 sampai 23)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share of free flow (more than 0, at most 2)</source>
        <translation>&apos;%1&apos; bukan pecahan dari arus bebas (lebih dari 0, paling besar 2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share from 0 to 1</source>
        <translation>&apos;%1&apos; bukan pecahan dari 0 sampai 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive factor (at most 3)</source>
        <translation>&apos;%1&apos; bukan faktor positif (paling besar 3)</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>kunci tidak dikenal (yang dikenal: %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of hours such as 6-9 (from 06:00 to 09:00)</source>
        <translation>&apos;%1&apos; bukan rentang jam seperti 6-9 (dari 06:00 sampai 09:00)</translation>
    </message>
    <message>
        <source>no peak hour is given</source>
        <translation>tidak ada jam sibuk yang diberikan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a road class vehicles drive on</source>
        <translation>&apos;%1&apos; bukan kelas jalan yang dilalui kendaraan</translation>
    </message>
    <message>
        <source>cannot read the corridor table %1: %2</source>
        <translation>tabel koridor %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no corridor of this name in the corridor table</source>
        <translation>tidak ada koridor dengan nama ini di tabel koridor</translation>
    </message>
    <message>
        <source>the corridor name (nama_jalan) is empty</source>
        <translation>nama koridor (nama_jalan) kosong</translation>
    </message>
    <message>
        <source>the speed (kecepatan) &apos;%1&apos; of %2 is not a speed in km/h</source>
        <translation>nilai kolom kecepatan &apos;%1&apos; untuk %2 bukan kecepatan dalam km/jam</translation>
    </message>
</context>
<context>
    <name>lintas::sync::SyncSession</name>
    <message>
        <source>Cannot reach %1:%2 — %3</source>
        <translation>Tidak dapat menjangkau %1:%2 — %3</translation>
    </message>
    <message>
        <source>The secure connection to %1:%2 failed — %3</source>
        <translation>Koneksi aman ke %1:%2 gagal — %3</translation>
    </message>
    <message>
        <source>The connection to %1:%2 was lost — %3</source>
        <translation>Koneksi ke %1:%2 terputus — %3</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3). Its SHA-256 fingerprint is %4.</source>
        <translation>Sertifikat %1:%2 tidak dipercaya (%3). Sidik jari SHA-256-nya %4.</translation>
    </message>
    <message>
        <source>An unencrypted connection to %1 is refused: without TLS only a loopback address (127.0.0.1, ::1, localhost) may be used — %2</source>
        <translation>Koneksi tanpa enkripsi ke %1 ditolak: tanpa TLS hanya alamat loopback (127.0.0.1, ::1, localhost) yang boleh dipakai — %2</translation>
    </message>
    <message>
        <source>The secure connection to %1:%2 cannot be set up — %3</source>
        <translation>Koneksi aman ke %1:%2 tidak dapat disiapkan — %3</translation>
    </message>
    <message>
        <source>The server %1 sent a WELCOME that cannot be read.</source>
        <translation>Server %1 mengirim WELCOME yang tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The server %1 sent changes that cannot be read.</source>
        <translation>Server %1 mengirim perubahan yang tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The server&apos;s change log does not verify at entry %1: %2. Nothing of that batch was applied.</source>
        <translation>Log perubahan server tidak lolos verifikasi pada entri %1: %2. Tidak ada bagian dari kiriman itu yang diterapkan.</translation>
    </message>
    <message>
        <source>Changes received from %1 could not be saved: %2</source>
        <translation>Perubahan yang diterima dari %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The server %1 speaks another version of the sync protocol; this program needs an update.</source>
        <translation>Server %1 memakai versi protokol sinkronisasi yang lain; program ini perlu diperbarui.</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password of “%2”.</source>
        <translation>Server %1 menolak nama pengguna atau kata sandi “%2”.</translation>
    </message>
    <message>
        <source>The account “%2” is locked on %1 after repeated failed logins; try again later or ask an administrator.</source>
        <translation>Akun “%2” dikunci di %1 setelah berulang kali gagal login; coba lagi nanti atau hubungi administrator.</translation>
    </message>
    <message>
        <source>The account “%2” is disabled on %1.</source>
        <translation>Akun “%2” dinonaktifkan di %1.</translation>
    </message>
    <message>
        <source>The session on %1 has expired; log in again.</source>
        <translation>Sesi di %1 telah berakhir; silakan masuk kembali.</translation>
    </message>
    <message>
        <source>The server %1 reported an error: %2</source>
        <translation>Server %1 melaporkan kesalahan: %2</translation>
    </message>
    <message>
        <source>it does not follow entry %1, the last one this desk holds</source>
        <translation>entri ini tidak menyambung ke entri %1, entri terakhir yang dimiliki meja ini</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>entri %1 sampai %2 tidak ada</translation>
    </message>
    <message>
        <source>an entry has no sequence number</source>
        <translation>ada entri tanpa nomor urut</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2</source>
        <translation>entri %1 menyusul entri %2</translation>
    </message>
    <message>
        <source>its hash does not match its content and the entry before it</source>
        <translation>hash-nya tidak cocok dengan isinya dan entri sebelumnya</translation>
    </message>
    <message>
        <source>it differs from the entry %1 this desk holds</source>
        <translation>entri ini berbeda dengan entri %1 yang dimiliki meja ini</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lintas, the traffic police command center desk.</source>
        <translation>Lintas, meja kerja pusat komando polisi lalu lintas.</translation>
    </message>
    <message>
        <source>Start on a fresh deterministic demo store (Jakarta).</source>
        <translation>Mulai dengan penyimpanan demo baru yang selalu sama (Jakarta).</translation>
    </message>
    <message>
        <source>The store file to use.</source>
        <translation>Berkas penyimpanan yang digunakan.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>jalur</translation>
    </message>
    <message>
        <source>The site id of this desk (default: kept in the settings).</source>
        <translation>Id situs meja ini (bawaan: disimpan di pengaturan).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once loaded, then exit.</source>
        <translation>Tulis PNG jendela utama setelah dimuat, lalu keluar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Run without a display and write a screenshot (implied when there is no display).</source>
        <translation>Jalankan tanpa layar dan tulis tangkapan layar (otomatis bila tidak ada layar).</translation>
    </message>
    <message>
        <source>The map package to show (*.lintasmap; default: the Jakarta map that comes with Lintas).</source>
        <translation>Paket peta yang ditampilkan (*.lintasmap; bawaan: peta Jakarta yang disertakan dengan Lintas).</translation>
    </message>
    <message>
        <source>Sync with the regional server at this address (remembered; without one the desk works on its own).</source>
        <translation>Sinkronkan dengan server wilayah di alamat ini (diingat; tanpa alamat, meja bekerja sendiri).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Trust the regional server&apos;s certificate when the agency CA in this PEM file signed it (remembered).</source>
        <translation>Percayai sertifikat server wilayah bila ditandatangani CA instansi dalam berkas PEM ini (diingat).</translation>
    </message>
    <message>
        <source>Trust the regional server&apos;s certificate with this SHA-256 fingerprint (remembered).</source>
        <translation>Percayai sertifikat server wilayah dengan sidik jari SHA-256 ini (diingat).</translation>
    </message>
    <message>
        <source>AB:CD:…</source>
        <translation>AB:CD:…</translation>
    </message>
    <message>
        <source>Sync without TLS, with a server on this machine only (for developers).</source>
        <translation>Sinkronkan tanpa TLS, hanya dengan server di mesin ini (untuk pengembang).</translation>
    </message>
    <message>
        <source>Log in to the regional server as this user (remembered).</source>
        <translation>Masuk ke server wilayah sebagai pengguna ini (diingat).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (or set LINTAS_PASSWORD); never remembered. Without one the desk asks.</source>
        <translation>Baca kata sandi dari baris pertama berkas ini (atau atur LINTAS_PASSWORD); tidak pernah diingat. Tanpa itu, meja akan menanyakannya.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Berkas kata sandi %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
</TS>
