// How mlwb-cli ends a command that went wrong: the exit code of each kind of failure (bad
// usage or input 2; runtime and internal errors and cancellation 1), the one-line messages on
// stderr, and the last resort for exceptions (out of memory, internal errors). Every command
// uses it; main() catches what escapes a command.
#pragma once

#include "core/base/status.h"

#include <exception>
#include <string>
#include <vector>

namespace mlwb::cli {

constexpr int kExitOk = 0;
constexpr int kExitRuntimeError = 1;
constexpr int kExitBadInput = 2;

// 2 for what the user can fix (invalid argument, unreadable or malformed file, unsupported
// input), 1 for cancellation and internal errors.
int exitCodeFor(const core::Status& status);

// Prints "mlwb-cli: MESSAGE" for a failed step and returns its exit code.
int fail(const core::Status& status);

// Prints "mlwb-cli COMMAND: MESSAGE" and the hint to run --help; returns 2.
int usageError(const std::string& command, const std::string& message);

// Prints each warning as "warning: ..." on stderr (text mode; --json puts them in the output).
void printWarnings(const std::vector<std::string>& warnings);

// What the command is doing ("reading data.csv", "training gbt on data.csv"), for failures
// that carry no message of their own: an exception says what failed, not during what.
void setActivity(std::string activity);
std::string currentActivity();

// The message and exit code for an exception that escaped a command: std::bad_alloc is the
// data outgrowing the machine (exit 2, with what to do), anything else an internal error
// (exit 1). `activity` is what was being done.
struct ExceptionReport {
    int exitCode = kExitRuntimeError;
    std::string message;  // one line, without the "mlwb-cli: " prefix
};
ExceptionReport describeException(std::exception_ptr error, const std::string& activity);

}  // namespace mlwb::cli
