#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;

namespace lintas {

// The regional server showed a certificate this desk does not trust (no agency CA file, or a new
// certificate): the operator compares its SHA-256 fingerprint with the one the server administrator gives
// and trusts it, or not. Cancel is the default. Opened with open(), never exec().
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(QString server, QByteArray sha256, QWidget *parent = nullptr);

    const QByteArray &fingerprint() const { return m_sha256; }
    QString fingerprintText() const; // "AB:CD:…"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_server;
    QByteArray m_sha256;
    QLabel *m_intro = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_advice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
