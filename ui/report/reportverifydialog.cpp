#include "reportverifydialog.h"

namespace lintas {

ReportVerifyDialog::ReportVerifyDialog(const SupervisionContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
}

ReportVerifyDialog::~ReportVerifyDialog() = default;

void ReportVerifyDialog::verifyFile(const QString &) {}

} // namespace lintas
