#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace lintas {

// The keyboard help (F1): a translucent sheet over the whole window listing every shortcut by what it is for
// (taking a call, dispatching, moving around, the view). The window builds the list from its actions, so what
// the sheet says is what the keys do. Esc, F1 or a click closes it.
class ShortcutOverlay : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString keys; // "D", "Ctrl+Enter", "↑ ↓"
        QString text;
    };
    struct Group
    {
        QString title;
        QList<Entry> entries;
    };

    // Lies over `window`, following its size.
    explicit ShortcutOverlay(QWidget *window);

    void setGroups(const QList<Group> &groups);
    const QList<Group> &groups() const { return m_groups; }
    // Every line as "keys — text", for tests and accessibility.
    QStringList lines() const;

    void open();
    void dismiss();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    void retranslateUi();

    QList<Group> m_groups;
    QWidget *m_card = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QGridLayout *m_grid = nullptr;
    QPointer<QWidget> m_returnFocusTo; // where the keyboard was before the sheet opened
};

} // namespace lintas
