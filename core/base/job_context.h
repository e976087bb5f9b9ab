// JobContext: what a long-running core function reports to and hears from its caller:
// progress (fraction + message) and cooperative cancellation. Used by every job the GUI or CLI runs.
#pragma once

#include "core/base/status.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace mlwb::core {

class JobContext {
public:
    // Called from whatever thread reports progress; keep it cheap and thread-safe.
    using ProgressObserver = std::function<void(double fraction, const std::string& message)>;

    JobContext();

    // Cancellation is shared by this context and every sub-range made from it.
    void requestCancel() noexcept;
    bool isCancelled() const noexcept;

    // fraction is in this context's own [0, 1]; a sub-range maps it into its parent's span.
    void setProgress(double fraction);
    void setProgress(double fraction, const std::string& message);

    // Overall progress of the whole job, whichever sub-range reported it.
    double progress() const;
    std::string message() const;

    void setObserver(ProgressObserver observer);

    // A context for one phase of the job covering [begin, end] of this context's range.
    JobContext subRange(double begin, double end) const;

    // A context that hears this one's cancellation but keeps its own progress and message,
    // for work items running in parallel: their progress would make the shared bar jump
    // back and forth, so the caller reports their completion itself.
    JobContext withOwnProgress() const;

    // Status::cancelled() when cancel was requested, ok otherwise; for early returns.
    Status checkCancelled() const;

private:
    struct State {
        std::atomic<double> fraction{0.0};
        mutable std::mutex mutex;
        std::string message;
        ProgressObserver observer;
    };

    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<State> m_state;
    double m_begin = 0.0;
    double m_end = 1.0;
};

}  // namespace mlwb::core
