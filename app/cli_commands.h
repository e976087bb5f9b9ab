// The subcommands of mlwb-cli. Each returns the process exit code: 0 ok, 1 runtime error
// (including cancellation), 2 bad usage or bad input.
#pragma once

#include "cli_args.h"
#include "cli_exit.h"
#include "core/base/job_context.h"

namespace mlwb::cli {

// The job the running command reports to; SIGINT cancels it, and the progress line reads it.
core::JobContext& currentJob();

OptionSpec inspectOptions();
int runInspect(const CliArgs& args);

OptionSpec convertOptions();
int runConvert(const CliArgs& args);

}  // namespace mlwb::cli
