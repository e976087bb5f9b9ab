// Reading a model command's data file and turning a failed step into an exit code, the same
// way everywhere: train and tune use both, inspect and convert use fail().
#pragma once

#include "cli_args.h"
#include "core/base/status.h"
#include "core/io/import_types.h"

#include <optional>
#include <string>

namespace mlwb::cli {

// Prints "mlwb-cli: MESSAGE" for a failed step and returns its exit code: 1 when it was
// cancelled or an internal error, 2 for bad input.
int fail(const core::Status& status);

// Reads FILE (the first positional argument) with the shared import options. On failure
// returns nothing and sets `exitCode` after printing why: a bad option through `usage`
// (which names the subcommand), a file that cannot be read as "mlwb-cli: MESSAGE" (exit 1
// when cancelled, else 2).
std::optional<core::ImportResult> importDataFile(const CliArgs& args, int (*usage)(const std::string&), int& exitCode);

}  // namespace mlwb::cli
