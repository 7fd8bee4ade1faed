#include "reportsettingsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "report/reportautosettings.h"
#include "theme.h"

namespace lintas {

ReportSettingsDialog::ReportSettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reportSettingsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_hourLabel = new QLabel(this);
    m_hour = new QSpinBox(this);
    m_hour->setObjectName(QStringLiteral("autoHour"));
    m_hour->setRange(0, 23);
    m_hour->setSuffix(QStringLiteral(":00 WIB"));
    m_hourLabel->setBuddy(m_hour);
    m_folderLabel = new QLabel(this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("autoFolder"));
    m_folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(this);
    m_browse->setAutoDefault(false);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name()));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ReportSettingsDialog::chooseFolder);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_hourLabel, m_hour);
    form->addRow(m_folderLabel, folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const ReportAutoSettings settings = ReportAutoSettings::load();
    m_hour->setValue(settings.hour);
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    retranslateUi();
    // Sized once the words are in: the explanation wraps at this width and keeps every line.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 36);
    resize(em * 40, layout->totalHeightForWidth(em * 40));
}

ReportSettingsDialog::~ReportSettingsDialog() = default;

bool ReportSettingsDialog::apply()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_error->setText(tr("Choose the folder the reports are written to."));
        m_error->show();
        return false;
    }
    m_error->hide();
    ReportAutoSettings settings;
    settings.hour = m_hour->value();
    settings.folder = QDir::fromNativeSeparators(folder);
    settings.save();
    return true;
}

void ReportSettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void ReportSettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the automatic reports"),
                                                             QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ReportSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Automatic daily report"));
    m_intro->setText(tr("Every day at the hour below, the desk writes the previous day's report of its Polda as PDF "
                        "(Bahasa Indonesia and English) and CSV into the folder. Files already there are kept."));
    m_hourLabel->setText(tr("&Hour:"));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
}

} // namespace lintas
