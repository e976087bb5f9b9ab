#include "cli_exit.h"

#include "cli_progress.h"

#include <cstdio>
#include <mutex>
#include <new>
#include <stdexcept>

namespace mlwb::cli {

namespace {

std::mutex activityMutex;
std::string activityText;

}  // namespace

int exitCodeFor(const core::Status& status)
{
    switch (status.code()) {
    case core::ErrorCode::Ok: return kExitOk;
    case core::ErrorCode::InvalidArgument:
    case core::ErrorCode::IoError:
    case core::ErrorCode::ParseError:
    case core::ErrorCode::Unsupported:
    case core::ErrorCode::ResourceExhausted: return kExitBadInput;
    case core::ErrorCode::Cancelled:
    case core::ErrorCode::Internal: return kExitRuntimeError;
    }
    return kExitRuntimeError;
}

int fail(const core::Status& status)
{
    stopProgress();
    std::fprintf(stderr, "mlwb-cli: %s\n", status.message().c_str());
    return exitCodeFor(status);
}

int usageError(const std::string& command, const std::string& message)
{
    stopProgress();
    std::fprintf(stderr, "mlwb-cli %s: %s\nRun 'mlwb-cli --help' for usage.\n", command.c_str(), message.c_str());
    return kExitBadInput;
}

void printWarnings(const std::vector<std::string>& warnings)
{
    if (warnings.empty()) return;
    stopProgress();
    for (const auto& warning : warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());
}

void setActivity(std::string activity)
{
    std::lock_guard lock(activityMutex);
    activityText = std::move(activity);
}

std::string currentActivity()
{
    std::lock_guard lock(activityMutex);
    return activityText;
}

ExceptionReport describeException(std::exception_ptr error, const std::string& activity)
{
    const std::string during = activity.empty() ? std::string("running the command") : activity;
    ExceptionReport report;
    try {
        if (error) std::rethrow_exception(error);
        report.message = "internal error: unknown failure while " + during;
    } catch (const std::bad_alloc&) {
        report.exitCode = kExitBadInput;
        report.message = "out of memory: " + during +
                         "; the data needs more memory than this machine can give; use a smaller file, fewer "
                         "columns (--features) or a machine with more memory";
    } catch (const std::exception& e) {
        report.message = "internal error: " + std::string(e.what()) + " (while " + during + ")";
    } catch (...) {
        report.message = "internal error: an unknown exception (while " + during + ")";
    }
    return report;
}

}  // namespace mlwb::cli
