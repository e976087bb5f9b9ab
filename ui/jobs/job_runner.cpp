#include "ui/jobs/job_runner.h"

#include <QDateTime>
#include <QMetaObject>

#include <spdlog/spdlog.h>

namespace mlwb::ui {

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    // Jobs themselves fan out on the core's compute pool; this pool only hosts the driver.
    m_pool.setMaxThreadCount(2);
}

JobRunner::~JobRunner()
{
    m_job.requestCancel();
    m_pool.waitForDone();
}

core::JobContext JobRunner::beginJob(const QString& title)
{
    // Starting a new job cancels the one still running: its result would be stale anyway.
    if (m_busy) m_job.requestCancel();
    const quint64 generation = ++m_generation;
    m_job = core::JobContext();
    m_title = title;
    m_busy = true;
    m_lastPostMs = 0;
    // The destructor cancels and waits for the pool, so `this` outlives every observer call.
    m_job.setObserver([this, generation](double fraction, const std::string& message) {
        postProgress(generation, fraction, message);
    });
    spdlog::log(m_routine ? spdlog::level::debug : spdlog::level::info, "Started: {}", title.toStdString());
    emit jobStarted(title);
    emit progressChanged(0.0, title);
    return m_job;
}

void JobRunner::postProgress(quint64 generation, double fraction, const std::string& message)
{
    // Called from worker threads, possibly thousands of times: forward at most ~30 per second.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 last = m_lastPostMs.load();
    if (now - last < 33 && fraction < 1.0) return;
    if (!m_lastPostMs.compare_exchange_strong(last, now)) return;
    QMetaObject::invokeMethod(
        this,
        [this, fraction, generation, text = QString::fromStdString(message)]() {
            if (generation == m_generation && m_busy) emit progressChanged(fraction, text);
        },
        Qt::QueuedConnection);
}

void JobRunner::endJob(const core::Status& status)
{
    m_busy = false;
    const QString message = QString::fromStdString(status.message());
    const auto level = m_routine ? spdlog::level::debug : spdlog::level::info;
    if (status.isOk())
        spdlog::log(level, "Finished: {}", m_title.toStdString());
    else if (status.isCancelled())
        spdlog::log(level, "Cancelled: {}", m_title.toStdString());
    else
        spdlog::error("{} failed: {}", m_title.toStdString(), status.toString());
    emit jobFinished(status.isOk(), status.isCancelled(), message);
}

void JobRunner::cancel()
{
    if (m_busy) {
        spdlog::log(m_routine ? spdlog::level::debug : spdlog::level::info, "Cancel requested: {}",
                    m_title.toStdString());
        m_job.requestCancel();
    }
}

void JobRunner::discard()
{
    if (!m_busy) return;
    spdlog::log(m_routine ? spdlog::level::debug : spdlog::level::info, "Discarded: {}", m_title.toStdString());
    m_job.requestCancel();
    ++m_generation;  // the job's finished handler sees a newer generation and drops its result
    m_busy = false;
    emit jobFinished(false, true, QString());
}

}  // namespace mlwb::ui
