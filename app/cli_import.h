// Reading a command's data file the same way everywhere: inspect, convert, train and tune take
// the same import options (importOptionSpec()), parsed once here, and report a file that
// cannot be read with the same message and exit code.
#pragma once

#include "cli_args.h"
#include "cli_exit.h"
#include "core/io/import_types.h"

#include <optional>

namespace mlwb::cli {

// Reads FILE (the first positional argument) with the shared import options. On failure
// returns nothing and sets `exitCode` after printing why: a bad option as a usage error of
// args.command (exit 2), a file that cannot be read as "mlwb-cli: MESSAGE" (exitCodeFor: 2
// for a missing or malformed file, 1 when cancelled).
std::optional<core::ImportResult> importDataFile(const CliArgs& args, int& exitCode);

}  // namespace mlwb::cli
