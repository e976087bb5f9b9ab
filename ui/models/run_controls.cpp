#include "ui/models/run_controls.h"

#include "ui/jobs/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlwb::ui {

RunControls::RunControls(const QString& buttonText, JobRunner* jobs, const QString& cancelledText,
                         const QString& failedText, QWidget* parent)
    : QWidget(parent),
      m_run(new QPushButton(buttonText, this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this)),
      m_status(new QLabel(this))
{
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout();
    row->addWidget(m_run);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_cancel, &QToolButton::clicked, jobs, &JobRunner::cancel);
    connect(jobs, &JobRunner::progressChanged, this, [this](double fraction, const QString& message) {
        m_progress->setValue(static_cast<int>(fraction * 1000));
        if (!message.isEmpty()) m_status->setText(message);
    });
    connect(jobs, &JobRunner::jobFinished, this,
            [this, cancelledText, failedText](bool ok, bool cancelled, const QString& message) {
                m_progress->hide();
                m_cancel->hide();
                m_run->setEnabled(m_ready);
                if (cancelled) m_status->setText(cancelledText);
                if (!ok && !cancelled) {
                    m_status->setText(failedText.arg(message));
                    m_status->setStyleSheet(QStringLiteral("color: #b03a2e;"));
                    m_showingError = true;
                }
                if (!ok) emit jobStopped(cancelled, message);
            });
}

void RunControls::setReady(bool ready)
{
    m_ready = ready;
    m_run->setEnabled(ready);
}

void RunControls::clearError()
{
    if (!m_showingError) return;
    m_showingError = false;
    m_status->clear();
    m_status->setStyleSheet(QString());
}

void RunControls::showStarted()
{
    m_showingError = false;
    m_status->setStyleSheet(QString());
    m_run->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
}

}  // namespace mlwb::ui
