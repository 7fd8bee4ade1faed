#pragma once

#include <QUuid>
#include <QWidget>

#include "core/casefold.h"

class QLabel;
class QListWidget;
class QTreeWidget;

namespace lintas {

// The versions of a case (v1 at submission, one more per correction), each with its time, author and reason;
// the selected one's differences to the one before, field by field (label, before, after), lists written out.
class CaseVersionsView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseVersionsView(QWidget *parent = nullptr);

    // Keeps the selected version when the same case is shown again; selects the newest otherwise.
    void setFile(const CaseFile &file);
    void clear();
    void selectVersion(int number);
    int selectedVersion() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    void showDifferences();

    CaseFile m_file;
    QUuid m_caseId;
    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_differences = nullptr;
};

} // namespace lintas
