#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QWidget;

namespace lintas {

// Asks for what a step on a case needs before it is made: the reason for a correction, a rejection or a void,
// the owner found for a plate, the driver named by the owner. Required entries keep OK disabled until they are
// filled (a NIK until it is valid); the problem is named under the entry. Opened with open(), so the desk (and
// a test) keeps running while it waits: the caller acts on answered().
class CasePromptDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        enum class Kind
        {
            Line,
            Text, // several lines (a reason)
            Nik   // checked with validateNik
        };
        QString key;
        QString label;
        Kind kind = Kind::Line;
        bool required = true;
        QString placeholder;
        QString initial;
    };

    CasePromptDialog(const QString &title, const QString &question, const QString &okText, const QList<Entry> &entries,
                     QWidget *parent = nullptr);

    QVariantMap values() const; // trimmed text per key
    void setValue(const QString &key, const QString &text);
    bool canAccept() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void answered(const QVariantMap &values);

private:
    QString problemOf(const Entry &entry, const QString &text) const;
    QString textOf(const QString &key) const;
    void updateButtons();

    QList<Entry> m_entries;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_messages;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
