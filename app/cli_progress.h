// The progress line of mlwb-cli: while a long command runs (inspect, convert, train, tune) and
// stderr is a terminal, one line on stderr shows the job's stage, a bar, the percent done and
// the elapsed time, redrawn in place; nothing when stderr is a pipe or a file.
#pragma once

#include "core/base/job_context.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace mlwb::cli {

// "Fold 3 of 10 [##########--------------]  42%  0:07", exactly width - 1 columns (the last
// column is left free so that the terminal never wraps): the stage cut short with "..." when
// the line is too narrow, the bar between 10 and 40 columns, the percent rounded down (100%
// only when done), elapsed time as m:ss or h:mm:ss. Columns are counted as UTF-8 code points.
std::string renderProgressLine(std::string_view stage, double fraction, double elapsedSeconds, int width);

// "0:07", "12:05", "1:02:03".
std::string formatElapsed(double seconds);

// Draws `job`'s progress on stderr about 10 times a second from a thread of its own, reading
// the job's fraction and message (JobContext::progress() and message(), which any thread may
// read), until stop() or destruction, which clear the line. Does nothing when stderr is not
// a terminal, TERM is "dumb", or MLWB_VERBOSE echoes the log to stderr.
class ProgressLine {
public:
    explicit ProgressLine(const core::JobContext& job);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void stop();

private:
    void run();

    core::JobContext m_job;
    std::chrono::steady_clock::time_point m_started;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

// Stops and clears the progress line that is showing, if any, so that a message can go to
// stderr: every error and warning the CLI prints goes through this first.
void stopProgress();

}  // namespace mlwb::cli
