// JobRunner: runs one core function at a time off the GUI thread, relays its progress to
// the status bar, and lets the user cancel it. Views use it for every long task (loading,
// profiling, training); results arrive on the GUI thread, and are dropped when stale.
#pragma once

#include "core/base/job_context.h"
#include "core/base/status.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace mlwb::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    bool isBusy() const { return m_busy; }
    // Small, frequent jobs (a histogram per column click) would crowd the log: they log at
    // debug level only. Failures are logged either way.
    void setRoutine(bool routine) { m_routine = routine; }
    QString currentTitle() const { return m_title; }

    // Runs work(job) on a background thread. onDone runs on the GUI thread with the result,
    // unless `guard` was destroyed or a newer job replaced this one in the meantime.
    // Capture inputs by value in `work`; it must never touch widgets.
    template <class T>
    void run(const QString& title, std::function<core::Result<T>(core::JobContext&)> work,
             std::function<void(core::Result<T>)> onDone, QObject* guard)
    {
        auto job = beginJob(title);
        auto result = std::make_shared<std::optional<core::Result<T>>>();
        const quint64 generation = m_generation;
        auto* watcher = new QFutureWatcher<void>(this);
        QPointer<QObject> guardPtr(guard);
        connect(watcher, &QFutureWatcher<void>::finished, this,
                [this, watcher, result, generation, guardPtr, onDone = std::move(onDone)]() {
                    watcher->deleteLater();
                    if (generation != m_generation) return;  // a newer job took over
                    const core::Status status =
                        result->has_value() ? (*result)->status() : core::Status::internal("job produced no result");
                    endJob(status);
                    if (guardPtr && result->has_value()) onDone(std::move(**result));
                });
        watcher->setFuture(QtConcurrent::run(&m_pool, [job, result, work = std::move(work)]() mutable {
            try {
                result->emplace(work(job));
            } catch (const std::exception& error) {
                result->emplace(core::Status::internal(error.what()));
            } catch (...) {
                result->emplace(core::Status::internal("unknown exception"));
            }
        }));
    }

public slots:
    void cancel();
    // Cancels the running job and forgets it: its result never arrives, because what it
    // worked on is gone (another dataset was opened). Listeners see it end as cancelled.
    void discard();

signals:
    void jobStarted(const QString& title);
    void progressChanged(double fraction, const QString& message);
    // ok is false for errors and cancellation; message says which.
    void jobFinished(bool ok, bool cancelled, const QString& message);

private:
    core::JobContext beginJob(const QString& title);
    void endJob(const core::Status& status);
    void postProgress(quint64 generation, double fraction, const std::string& message);

    QThreadPool m_pool;
    core::JobContext m_job;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_routine = false;
    QString m_title;
    std::atomic<qint64> m_lastPostMs{0};
};

}  // namespace mlwb::ui
